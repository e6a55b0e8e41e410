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
import { join, resolve } from 'node:path'
import type { BridgeEvent } from '../../shared/api'
import { APP_ORIGIN, ScriptedDialogs, wireApp } from './harness'

export { ScriptedDialogs } from './harness'

const SCREENSHOT_DIR = resolve('tests/e2e/screenshots')

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
    const services = [await wireApp(page, dataDir, dialogs, externalUrls, consoleErrors)]

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
        services.push(await wireApp(fresh, dataDir, dialogs, externalUrls, consoleErrors))
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
    // No more calls once the page is gone; then let a save or copy still in flight finish, so
    // removing the folder never races a write into it.
    await app.page.close()
    await Promise.all(services.map((service) => service.idle()))
    await rm(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 })
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
