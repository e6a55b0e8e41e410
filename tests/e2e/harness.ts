/**
 * The app wired for a browser page: the built renderer served from disk, and its
 * bridge bound to the real Werkbank service on a folder. Shared by the e2e fixture
 * and the benchmark. Only the IPC transport and the native file dialogs are stand-ins.
 */
import type { Page } from '@playwright/test'
import { extname, join, normalize, resolve } from 'node:path'
import type { Dialogs } from '../../electron/services/types'
import { type WerkbankService, createWerkbankService } from '../../electron/services/werkbank-service'

export const RENDERER_DIR = resolve(process.env.WERKBANK_OUT_DIR ?? 'out', 'renderer')
export const APP_ORIGIN = 'http://werkbank.test'

export { chromiumLaunchOptions } from './chromium'

/** File dialogs answered by the test: queue the path the "user" picks, or null to cancel. */
/** Defines window.werkbank exactly as the preload does: invoke and onEvent, nothing else. */
const BRIDGE_INIT_SCRIPT = `(() => {
  const listeners = new Set()
  window.werkbank = Object.freeze({
    invoke: (method, input) => window.__werkbankInvoke(method, input),
    onEvent: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  })
  window.__werkbankEmit = (event) => listeners.forEach((listener) => listener(event))
})()`

export class ScriptedDialogs implements Dialogs {
  readonly openAnswers: Array<string | null> = []
  readonly saveAnswers: Array<string | null> = []
  readonly asked: Array<{ kind: 'open' | 'save' | 'export'; suggestedName?: string }> = []
  async chooseOpenPath(): Promise<string | null> {
    this.asked.push({ kind: 'open' })
    return this.openAnswers.shift() ?? null
  }
  async chooseSavePath(suggestedName: string): Promise<string | null> {
    this.asked.push({ kind: 'save', suggestedName })
    return this.saveAnswers.shift() ?? null
  }
  /** Exports (Word, .ics) are answered from the same saveAnswers queue; asked records "name.ext". */
  async chooseExportPath({ suggestedName, extension }: { suggestedName: string; extension: string }): Promise<string | null> {
    this.asked.push({ kind: 'export', suggestedName: `${suggestedName}.${extension}` })
    return this.saveAnswers.shift() ?? null
  }
  /** A logo for a report is answered from the openAnswers queue. */
  async chooseImagePath(): Promise<string | null> {
    this.asked.push({ kind: 'open' })
    return this.openAnswers.shift() ?? null
  }
}

export async function wireApp(
  page: Page,
  dataDir: string,
  dialogs: ScriptedDialogs,
  externalUrls: string[],
  consoleErrors: string[],
): Promise<WerkbankService> {
  const service = createWerkbankService({
    dataDir,
    dialogs,
    shell: { openExternal: async (url) => void externalUrls.push(url) },
    appVersion: '0.1.0-test',
  })
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => consoleErrors.push(String(error)))
  await page.route(`${APP_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url())
    const relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '')
    const file = normalize(join(RENDERER_DIR, relative))
    if (!file.startsWith(RENDERER_DIR)) return route.fulfill({ status: 403 })
    const type = extname(file) === '.woff2' ? 'font/woff2' : undefined
    return route.fulfill({ path: file, ...(type ? { contentType: type } : {}) })
  })
  // Anything not the app (a CDN, the internet) must never be asked for: the app is offline.
  await page.route(/^(?!http:\/\/werkbank\.test\/).*/, (route) => {
    consoleErrors.push(`unexpected request: ${route.request().url()}`)
    return route.abort()
  })
  await page.exposeBinding('__werkbankInvoke', (_source, method: string, input: unknown) => service.invoke(method, input))
  // Given as source text, not a function: a function would be serialised with whatever helpers
  // the TypeScript loader added to it (tsx adds __name), which do not exist in the page.
  await page.addInitScript({ content: BRIDGE_INIT_SCRIPT })
  return service
}

