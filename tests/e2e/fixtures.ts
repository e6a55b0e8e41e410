/**
 * The e2e fixture: the built renderer in Debian's Chromium, its bridge bound to the
 * real Werkbank service running in the test process on a temporary folder. Only the
 * IPC transport and the native file dialogs are stand-ins (see ARCHITECTURE.md).
 *
 *   import { test, expect } from './fixtures'
 *   test('…', async ({ app }) => { await app.start(); … })
 */
import { test as base, expect, type Page } from '@playwright/test'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { extname, join, normalize, resolve } from 'node:path'
import type { BridgeEvent } from '../../shared/api'
import type { Dialogs } from '../../electron/services/types'
import { createWerkbankService } from '../../electron/services/werkbank-service'

const RENDERER_DIR = resolve(process.env.WERKBANK_OUT_DIR ?? 'out', 'renderer')
const APP_ORIGIN = 'http://werkbank.test'
const SCREENSHOT_DIR = resolve('tests/e2e/screenshots')

/** File dialogs answered by the test: queue the path the "user" picks, or null to cancel. */
export class ScriptedDialogs implements Dialogs {
  readonly openAnswers: Array<string | null> = []
  readonly saveAnswers: Array<string | null> = []
  readonly asked: Array<{ kind: 'open' | 'save'; suggestedName?: string }> = []
  async chooseOpenPath(): Promise<string | null> {
    this.asked.push({ kind: 'open' })
    return this.openAnswers.shift() ?? null
  }
  async chooseSavePath(suggestedName: string): Promise<string | null> {
    this.asked.push({ kind: 'save', suggestedName })
    return this.saveAnswers.shift() ?? null
  }
}

export interface WerkbankApp {
  page: Page
  /** The app's data folder (settings, recent files, backups, the example copy). */
  dataDir: string
  /** A folder for the test's project files ("Documenten"). */
  docsDir: string
  dialogs: ScriptedDialogs
  externalUrls: string[]
  /** Load the app in the current page. */
  start(): Promise<void>
  /** Close the page and start again with a fresh service on the same folders. */
  reopen(): Promise<void>
  /** Send a main-process event (menu item, second instance) to the renderer. */
  emit(event: BridgeEvent): Promise<void>
  /** Save a screenshot of the current screen as tests/e2e/screenshots/<name>.png. */
  screenshot(name: string): Promise<void>
  /** Console errors and CSP violations seen so far (the fixture fails the test on any). */
  consoleErrors: string[]
}

async function wire(page: Page, dataDir: string, dialogs: ScriptedDialogs, externalUrls: string[], consoleErrors: string[]) {
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
  await page.addInitScript(() => {
    const listeners = new Set<(event: unknown) => void>()
    const w = window as unknown as {
      werkbank: unknown
      __werkbankInvoke: (method: string, input: unknown) => Promise<unknown>
      __werkbankEmit: (event: unknown) => void
    }
    // Exactly the shape the preload exposes: invoke and onEvent, nothing else.
    w.werkbank = Object.freeze({
      invoke: (method: string, input: unknown) => w.__werkbankInvoke(method, input),
      onEvent: (listener: (event: unknown) => void) => {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
    })
    w.__werkbankEmit = (event) => listeners.forEach((listener) => listener(event))
  })
}

export const test = base.extend<{ app: WerkbankApp }>({
  app: async ({ browser, page }, use, testInfo) => {
    const root = await mkdtemp(join(tmpdir(), 'werkbank-e2e-'))
    const dataDir = join(root, 'appdata')
    const docsDir = join(root, 'Documenten')
    await mkdir(dataDir, { recursive: true })
    await mkdir(docsDir, { recursive: true })
    const dialogs = new ScriptedDialogs()
    const externalUrls: string[] = []
    const consoleErrors: string[] = []
    const context = page.context()
    await wire(page, dataDir, dialogs, externalUrls, consoleErrors)

    const app: WerkbankApp = {
      page,
      dataDir,
      docsDir,
      dialogs,
      externalUrls,
      consoleErrors,
      async start() {
        await app.page.goto(`${APP_ORIGIN}/`)
        await expect(app.page.locator('#root > *')).toBeVisible()
      },
      async reopen() {
        await app.page.close()
        const fresh = await context.newPage()
        await wire(fresh, dataDir, dialogs, externalUrls, consoleErrors)
        app.page = fresh
        await app.start()
      },
      async emit(event) {
        await app.page.evaluate((e) => (window as unknown as { __werkbankEmit: (x: unknown) => void }).__werkbankEmit(e), event)
      },
      async screenshot(name) {
        await app.page.evaluate(() => document.fonts.ready)
        await app.page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) })
      },
    }
    void browser
    await use(app)
    await rm(root, { recursive: true, force: true })
    if (consoleErrors.length > 0) {
      await testInfo.attach('renderer console errors', { body: consoleErrors.join('\n'), contentType: 'text/plain' })
      console.error(`[${testInfo.title}] renderer console errors:\n${consoleErrors.join('\n')}`)
    }
    if (testInfo.status === testInfo.expectedStatus) {
      expect(consoleErrors, 'console errors or CSP violations in the renderer').toEqual([])
    }
  },
})

export { expect }
