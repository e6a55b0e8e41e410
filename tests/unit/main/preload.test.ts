import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { BridgeEvent, WerkbankBridge } from '../../../shared/api'
import { EVENT_CHANNEL, methodNames } from '../../../shared/methods'

type Listener = (...args: unknown[]) => void

const fake = vi.hoisted(() => {
  const exposed = new Map<string, unknown>()
  const channels = new Map<string, Set<Listener>>()
  const ipcRenderer = {
    invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: 'from main' })),
    on: vi.fn((channel: string, listener: Listener) => {
      const set = channels.get(channel) ?? new Set<Listener>()
      set.add(listener)
      channels.set(channel, set)
      return ipcRenderer
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      channels.get(channel)?.delete(listener)
      return ipcRenderer
    }),
    send: vi.fn(),
    sendSync: vi.fn(),
  }
  const contextBridge = {
    exposeInMainWorld: vi.fn((key: string, api: unknown) => {
      exposed.set(key, api)
    }),
  }
  /** What main's webContents.send(EVENT_CHANNEL, payload) does on this side. */
  const emit = (channel: string, payload: unknown) => {
    const ipcEvent = { sender: ipcRenderer, senderId: 0, ports: [] }
    for (const listener of channels.get(channel) ?? []) listener(ipcEvent, payload)
  }
  const reset = () => {
    exposed.clear()
    channels.clear()
    ipcRenderer.invoke.mockClear()
    ipcRenderer.on.mockClear()
    ipcRenderer.removeListener.mockClear()
    contextBridge.exposeInMainWorld.mockClear()
  }
  return { exposed, ipcRenderer, contextBridge, emit, reset }
})

vi.mock('electron', () => ({ contextBridge: fake.contextBridge, ipcRenderer: fake.ipcRenderer }))

async function loadPreload(): Promise<WerkbankBridge> {
  vi.resetModules()
  fake.reset()
  await import('../../../electron/preload/index')
  return fake.exposed.get('werkbank') as WerkbankBridge
}

const flush = () => new Promise<void>((r) => setTimeout(r, 0))

describe('preload', () => {
  let bridge: WerkbankBridge
  beforeEach(async () => {
    bridge = await loadPreload()
  })

  it('exposes exactly window.werkbank = { invoke, onEvent } and nothing else', () => {
    expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce()
    expect([...fake.exposed.keys()]).toEqual(['werkbank'])
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onEvent'])
    expect(typeof bridge.invoke).toBe('function')
    expect(typeof bridge.onEvent).toBe('function')
    expect(Object.values(bridge)).not.toContain(fake.ipcRenderer)
  })

  it('forwards an allow-listed method to werkbank:<method> with its input', async () => {
    const input = { path: '/tmp/a.werkbank.json' }
    await expect(bridge.invoke('project.open', input)).resolves.toEqual({ ok: true, value: 'from main' })
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith('werkbank:project.open', input)
  })

  it('every contract method is allowed', async () => {
    for (const method of methodNames) await bridge.invoke(method, {})
    expect(fake.ipcRenderer.invoke.mock.calls.map(([channel]) => channel)).toEqual(methodNames.map((m) => `werkbank:${m}`))
  })

  it.each(['fs.readFile', 'invoke', 'event', '', 'project.open ', '__proto__', 'constructor', 'toString'])(
    'the unknown method %j never reaches ipcRenderer and resolves to UNKNOWN_METHOD',
    async (method) => {
      const result = await bridge.invoke(method, {})
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } })
      expect(fake.ipcRenderer.invoke).not.toHaveBeenCalled()
    },
  )

  it('a non-string method is refused the same way', async () => {
    const invoke = bridge.invoke as (method: unknown, input: unknown) => Promise<unknown>
    for (const method of [undefined, null, 1, { toString: () => 'app.getState' }, ['app.getState']]) {
      expect(await invoke(method, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } })
    }
    expect(fake.ipcRenderer.invoke).not.toHaveBeenCalled()
  })

  it('listeners get the event payload only, never the IpcRendererEvent', () => {
    const listener = vi.fn()
    bridge.onEvent(listener)
    const event: BridgeEvent = { type: 'menu.undo' }
    fake.emit(EVENT_CHANNEL, event)
    expect(listener).toHaveBeenCalledOnce()
    expect(listener.mock.calls[0]).toEqual([event])
  })

  it('listens on EVENT_CHANNEL only', () => {
    expect(fake.ipcRenderer.on.mock.calls.map(([channel]) => channel)).toEqual([EVENT_CHANNEL])
    const listener = vi.fn()
    bridge.onEvent(listener)
    fake.emit('werkbank:other', { type: 'menu.undo' })
    expect(listener).not.toHaveBeenCalled()
  })

  it('unsubscribe stops delivery to that listener only', () => {
    const a = vi.fn()
    const b = vi.fn()
    const offA = bridge.onEvent(a)
    bridge.onEvent(b)
    fake.emit(EVENT_CHANNEL, { type: 'menu.redo' })
    offA()
    offA()
    fake.emit(EVENT_CHANNEL, { type: 'menu.open' })
    expect(a.mock.calls).toEqual([[{ type: 'menu.redo' }]])
    expect(b.mock.calls).toEqual([[{ type: 'menu.redo' }], [{ type: 'menu.open' }]])
  })

  it('a throwing listener does not stop the others', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const good = vi.fn()
    bridge.onEvent(() => {
      throw new Error('boom')
    })
    bridge.onEvent(good)
    fake.emit(EVENT_CHANNEL, { type: 'menu.new' })
    expect(good).toHaveBeenCalledOnce()
    error.mockRestore()
  })

  it('holds events sent before anyone subscribed and hands them to the first subscriber', async () => {
    const event: BridgeEvent = { type: 'project.openRequested', path: '/tmp/a.werkbank.json' }
    fake.emit(EVENT_CHANNEL, event)
    const listener = vi.fn()
    bridge.onEvent(listener)
    await flush()
    expect(listener.mock.calls).toEqual([[event]])
    // Delivered once only.
    const later = vi.fn()
    bridge.onEvent(later)
    await flush()
    expect(later).not.toHaveBeenCalled()
  })

  it('keeps held events when the first subscriber leaves at once (React StrictMode)', async () => {
    const event: BridgeEvent = { type: 'project.openRequested', path: '/tmp/b.werkbank.json' }
    fake.emit(EVENT_CHANNEL, event)
    const first = vi.fn()
    bridge.onEvent(first)()
    const second = vi.fn()
    bridge.onEvent(second)
    await flush()
    expect(first).not.toHaveBeenCalled()
    expect(second.mock.calls).toEqual([[event]])
  })

  it('holds at most 20 events', async () => {
    for (let i = 0; i < 50; i++) fake.emit(EVENT_CHANNEL, { type: 'menu.undo' })
    const listener = vi.fn()
    bridge.onEvent(listener)
    await flush()
    expect(listener).toHaveBeenCalledTimes(20)
  })
})

describe('preload bundle stays small', () => {
  const read = (path: string) => readFileSync(resolve(import.meta.dirname, '../../..', path), 'utf8')
  /** Imports that are not `import type`: those end up in the bundle. */
  const valueImports = (source: string) =>
    [...source.matchAll(/^import\s+(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1])

  it('imports at run time only electron and the zod-free shared modules', () => {
    expect(valueImports(read('electron/preload/index.ts')).sort()).toEqual([
      '../../shared/methods',
      '../../shared/result',
      'electron',
    ])
  })

  it('those shared modules import nothing', () => {
    expect(read('shared/methods.ts')).not.toMatch(/^\s*import\s/m)
    expect(read('shared/result.ts')).not.toMatch(/^\s*import\s/m)
  })
})
