/**
 * Theme-board benchmarks, in Chromium on the built renderer (the same wiring as the e2e
 * tests): a generated board of 500 themes and 60 participants.
 *
 *   board.firstUsable.ms       click on Thema's until the board's cards are rendered and painted (median)
 *   board.keyboardMove.p95.ms  drop key of a keyboard move until the card is painted in its new place (p95 of 50)
 */
import { chromium } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { serializeProject } from '../shared/model'
import { RENDERER_DIR, ScriptedDialogs, wireApp, APP_ORIGIN, chromiumLaunchOptions } from '../tests/e2e/harness'
import type { BenchModule } from './bench'
import { generateBoardProject } from './generate-board'

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

export const boardBench: BenchModule = {
  name: 'theme board in Chromium (500 themes, 60 participants)',
  async run(ctx) {
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) execFileSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' })
    const project = generateBoardProject(500, 60)
    const dataDir = join(ctx.dir, 'data')
    const docs = join(ctx.dir, 'docs')
    await Promise.all([mkdir(dataDir), mkdir(docs)])
    const path = join(docs, 'Groot themabord.werkbank.json')
    await writeFile(path, serializeProject(project))

    const browser = await chromium.launch(chromiumLaunchOptions)
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' })
      const dialogs = new ScriptedDialogs()
      const errors: string[] = []
      await wireApp(page, dataDir, dialogs, [], errors)
      // tsx compiles this script with keepNames, so the functions passed to page.evaluate below call
      // an __name helper; give the page a no-op one.
      await page.addInitScript({ content: 'window.__name = (fn) => fn' })
      await page.goto(`${APP_ORIGIN}/`)
      dialogs.openAnswers.push(path)
      await page.getByRole('button', { name: 'Project openen…' }).click()
      await page.getByTestId('project-name').waitFor()
      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' })

      // First usable: from the click on "Thema's" until all 500 cards exist and a frame is painted.
      const firstUsable: number[] = []
      for (let i = 0; i < Math.min(ctx.runs, 15); i++) {
        await nav.getByRole('button', { name: /^Overzicht/ }).click()
        await page.getByTestId('overview-screen').waitFor()
        const ms = await page.evaluate(async () => {
          const button = [...document.querySelectorAll<HTMLButtonElement>('nav button')].find((b) => b.textContent?.startsWith("Thema's"))!
          const started = performance.now()
          button.click()
          const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))
          // Usable: the board is there with its cards (it renders a window of cards per column, not all
          // 500), the count is stable over a frame, and that frame has been painted.
          const count = () => document.querySelectorAll('[data-testid="theme-board"] [data-theme-id]').length
          let previous = -1
          while (count() === 0 || count() !== previous) {
            previous = count()
            await frame()
          }
          return performance.now() - started
        })
        firstUsable.push(ms)
      }
      ctx.record('board.firstUsable.ms', [...firstUsable].sort((a, b) => a - b)[Math.floor(firstUsable.length / 2)]!)

      // Keyboard moves: pick up (Space), one step down (ArrowDown), drop (Space). Timed in the page from the
      // drop key's keydown to the first painted frame in which the card sits at its new index.
      const moves: number[] = []
      const board = page.getByTestId('theme-board')
      const moveCount = Number(process.env.BENCH_MOVES ?? 50)
      for (let i = 0; i < moveCount; i++) {
        const card = page.locator('[data-column-id="col-candidate"] [data-theme-id]').nth(i % 20)
        const id = await card.getAttribute('data-theme-id')
        await card.focus()
        // Keys at a person's pace: each one after the board has shown the previous one (the sensor
        // starts listening a moment after the pick-up; keys pressed before that are not a move).
        await page.keyboard.press('Space')
        await board.and(page.locator('[data-dragging]')).waitFor()
        await page.keyboard.press('ArrowDown')
        await board.and(page.locator('[data-dragging="insert"]')).waitFor()
        await page.evaluate((themeId) => {
          const w = window as unknown as { __moveDone: Promise<number> }
          w.__moveDone = new Promise<number>((resolve) => {
            const indexOf = () => [...document.querySelectorAll('[data-column-id="col-candidate"] [data-theme-id]')].findIndex((el) => el.getAttribute('data-theme-id') === themeId)
            const before = indexOf()
            let started = 0
            document.addEventListener('keydown', (event) => { if (event.code === 'Space') started = performance.now() }, { capture: true, once: true })
            const check = () => {
              if (started > 0 && indexOf() !== before) requestAnimationFrame(() => resolve(performance.now() - started))
              else requestAnimationFrame(check)
            }
            requestAnimationFrame(check)
          })
        }, id)
        await page.keyboard.press('Space')
        moves.push(await page.evaluate(() => (window as unknown as { __moveDone: Promise<number> }).__moveDone))
        await board.and(page.locator(':not([data-dragging])')).waitFor()
        // The autosave after a move sends the whole project through Playwright's binding, whose
        // serialiser costs ~150 ms for this file (Electron's IPC clones it natively); let it finish
        // so it does not land inside the next move's measurement.
        await page.locator('[data-testid="save-status"][data-kind="saved"]').waitFor()
      }
      ctx.record('board.keyboardMove.p95.ms', percentile(moves, 95))
      ctx.record('board.keyboardMove.median.ms', percentile(moves, 50))
      if (errors.length > 0) throw new Error(`renderer errors during the board benchmark:\n${errors.join('\n')}`)
    } finally {
      await browser.close()
    }
  },
}
