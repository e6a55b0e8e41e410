import type { IpcMainInvokeEvent, WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { contract, methods, type ErrorCode } from '../../../shared/api'
import { methodNames } from '../../../shared/methods'
import { err, ok, type Result } from '../../../shared/result'
import { ipcChannel, registerIpc, trustedSender, type InvokableService, type SenderCheck } from '../../../electron/main/ipc'
import { isAppUrl } from '../../../electron/main/security'

const APP = 'file:///opt/werkbank/out/renderer/index.html'

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown

/** Records everything that is registered, by any registration method. */
class FakeIpcMain {
  handlers = new Map<string, Handler>()
  duplicates: string[] = []
  listeners: string[] = []
  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel)) this.duplicates.push(channel)
    this.handlers.set(channel, handler)
  }
  handleOnce(channel: string): void {
    this.listeners.push(`handleOnce:${channel}`)
  }
  on(channel: string): this {
    this.listeners.push(`on:${channel}`)
    return this
  }
  once(channel: string): this {
    this.listeners.push(`once:${channel}`)
    return this
  }
  addListener(channel: string): this {
    this.listeners.push(`addListener:${channel}`)
    return this
  }
  call(channel: string, event: IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel)
    if (!handler) throw new Error(`no handler on ${channel}`)
    return Promise.resolve(handler(event, ...args))
  }
}

/** Mimics the storage service's own checks: unknown methods and contract validation. */
function validatingService() {
  const invoke = vi.fn(async (method: string, input: unknown): Promise<Result<unknown, ErrorCode>> => {
    if (!(methods as string[]).includes(method)) return err('UNKNOWN_METHOD', method)
    const schema = contract[method as keyof typeof contract].input
    const parsed = schema.safeParse(input)
    if (!parsed.success) return err('BAD_INPUT', parsed.error.message)
    return ok({ method, input: parsed.data })
  })
  const service: InvokableService = { invoke }
  return { service, invoke }
}

const MAIN_CONTENTS_ID = 7

interface FakeFrame {
  url: string
  parent: FakeFrame | null
}

function eventFrom(frame: FakeFrame | null, contentsId = MAIN_CONTENTS_ID): IpcMainInvokeEvent {
  return { senderFrame: frame, sender: { id: contentsId } } as unknown as IpcMainInvokeEvent
}

const appFrame: FakeFrame = { url: APP, parent: null }
const goodEvent = eventFrom(appFrame)

const check: SenderCheck = trustedSender(
  (url) => isAppUrl(url, APP),
  (contents: WebContents) => contents.id === MAIN_CONTENTS_ID,
)

function setUp(senderCheck: SenderCheck = check) {
  const ipc = new FakeIpcMain()
  const { service, invoke } = validatingService()
  registerIpc(ipc, service, senderCheck)
  return { ipc, invoke }
}

describe('registerIpc', () => {
  it('registers exactly one handle per contract method, on werkbank:<method>, and nothing else', () => {
    const { ipc } = setUp()
    expect([...ipc.handlers.keys()].sort()).toEqual(methods.map((m) => `werkbank:${m}`).sort())
    expect(ipc.handlers.size).toBe(Object.keys(contract).length)
    expect(ipc.duplicates).toEqual([])
    expect(ipc.listeners).toEqual([])
  })

  it('the zod-free method list (preload allow-list) equals the contract', () => {
    expect([...methodNames].sort()).toEqual(Object.keys(contract).sort())
    expect(ipcChannel('project.open')).toBe('werkbank:project.open')
  })

  it('passes a trusted call to the service with its input, and returns its result', async () => {
    const { ipc, invoke } = setUp()
    const result = await ipc.call('werkbank:project.open', goodEvent, { path: '/tmp/a.werkbank.json' })
    expect(invoke).toHaveBeenCalledExactlyOnceWith('project.open', { path: '/tmp/a.werkbank.json' })
    expect(result).toEqual(ok({ method: 'project.open', input: { path: '/tmp/a.werkbank.json' } }))
  })

  it('each channel calls the service with its own method name', async () => {
    const { ipc, invoke } = setUp()
    for (const method of methods) await ipc.call(`werkbank:${method}`, goodEvent, {})
    expect(invoke.mock.calls.map(([m]) => m)).toEqual(methods)
  })

  it('invalid input comes back as BAD_INPUT data, not as a throw', async () => {
    const { ipc } = setUp()
    for (const input of [{ path: '' }, { path: 42 }, { path: '/a', extra: true }, null, 'x']) {
      const result = await ipc.call('werkbank:project.open', goodEvent, input)
      expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    }
    const lang = await ipc.call('werkbank:settings.setLanguage', goodEvent, { language: 'fr' })
    expect(lang).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
  })

  it('an unknown method has no channel at all', async () => {
    const { ipc } = setUp()
    expect(ipc.handlers.has('werkbank:fs.readFile')).toBe(false)
    expect(ipc.handlers.has('werkbank:invoke')).toBe(false)
    expect(() => ipc.call('werkbank:fs.readFile', goodEvent, {})).toThrow(/no handler/)
  })

  describe('refuses untrusted senders without calling the service', () => {
    const cases: [string, IpcMainInvokeEvent][] = [
      ['a frame showing another URL', eventFrom({ url: 'https://evil.example/', parent: null })],
      ['another local file', eventFrom({ url: 'file:///etc/passwd', parent: null })],
      ['a subframe, even with the app URL', eventFrom({ url: APP, parent: appFrame })],
      ['a null senderFrame (navigated or destroyed)', eventFrom(null)],
      ['another webContents showing the app URL', eventFrom(appFrame, 99)],
    ]
    it.each(cases)('%s', async (_name, event) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
      const { ipc, invoke } = setUp()
      const result = await ipc.call('werkbank:project.open', event, { path: '/tmp/a.werkbank.json' })
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect(invoke).not.toHaveBeenCalled()
      warn.mockRestore()
    })
  })

  it('a sender check that throws counts as untrusted', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const { ipc, invoke } = setUp(() => {
      throw new Error('frame gone')
    })
    const result = await ipc.call('werkbank:app.getState', goodEvent, {})
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(invoke).not.toHaveBeenCalled()
    warn.mockRestore()
  })

  it('a throwing service gives the renderer a generic error, without internal details', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const ipc = new FakeIpcMain()
    registerIpc(
      ipc,
      {
        invoke: async () => {
          throw new Error('EACCES: /home/anna/secret/path')
        },
      },
      check,
    )
    await expect(ipc.call('werkbank:app.getState', goodEvent, {})).rejects.toThrow(/^Werkbank: app.getState failed unexpectedly$/)
    error.mockRestore()
  })
})

describe('registerIpc with the real storage service', () => {
  it('validates input (BAD_INPUT) and answers a good call', async () => {
    const { mkdtemp, rm } = await import('node:fs/promises')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const { createWerkbankService } = await import('../../../electron/services/werkbank-service')
    const dataDir = await mkdtemp(join(tmpdir(), 'werkbank-ipc-'))
    try {
      const service = createWerkbankService({
        dataDir,
        dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => null, chooseExportPath: async () => null, chooseImagePath: async () => null },
        shell: { openExternal: async () => undefined },
        appVersion: '9.9.9',
      })
      const ipc = new FakeIpcMain()
      registerIpc(ipc, service, check)
      expect(ipc.handlers.size).toBe(methods.length)

      expect(await ipc.call('werkbank:project.open', goodEvent, { path: 42 })).toMatchObject({
        ok: false,
        error: { code: 'BAD_INPUT' },
      })
      expect(await ipc.call('werkbank:settings.setLanguage', goodEvent, { language: 'fr' })).toMatchObject({
        ok: false,
        error: { code: 'BAD_INPUT' },
      })
      expect(await ipc.call('werkbank:app.getState', goodEvent, {})).toMatchObject({
        ok: true,
        value: { version: '9.9.9' },
      })
      const forbidden = await ipc.call('werkbank:app.getState', eventFrom({ url: 'https://evil.example/', parent: null }), {})
      expect(forbidden).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  })
})
