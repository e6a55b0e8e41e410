/**
 * Theme-board benchmarks, in Chromium on the built renderer (the same wiring as the e2e
 * tests): a generated board of 500 themes and 60 participants.
 *
 *   board.firstUsable.ms       click on Thema's until the board's cards are rendered and painted (median)
 *   board.keyboardMove.p95.ms  drop key of a keyboard move until the card is painted in its new place (p95 of 50)
 *
 * The 50 keyboard moves are ten rounds of five, each round with a card from the top of Ingebracht:
 * one place down within Ingebracht, right into Gekozen, right into Geparkeerd (a parked theme is
 * not ranked, so every card's place may change), left back into Gekozen (ranked again), and left
 * back into Ingebracht. BENCH_MOVES sets how many moves (default 50); BENCH_VERBOSE=1 prints each one.
 */
import { chromium } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type ProjectFile, serializeProject } from '../shared/model'
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

      // Keyboard moves: pick up (Space), one arrow key, drop (Space). Timed in the page from the drop
      // key's keydown until the first frame in which the card sits at its new place has been
      // rendered (the animation frame that first shows it, then a task queued from there).
      const moves: number[] = []
      const board = page.getByTestId('theme-board')
      const moveCount = Number(process.env.BENCH_MOVES ?? 50)
      const round = ['ArrowDown', 'ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowLeft'] as const
      let id: string | null = null
      for (let i = 0; i < moveCount; i++) {
        const key = round[i % round.length]!
        if (i % round.length === 0) id = await page.locator('[data-column-id="col-candidate"] [data-theme-id]').nth((i / round.length) * 2).getAttribute('data-theme-id')
        if (!id) throw new Error('no card to move')
        await page.locator(`[data-theme-id="${id}"]`).focus()
        // Keys at a person's pace: each one after the board has shown the previous one (the sensor
        // starts listening a moment after the pick-up; keys pressed before that are not a move).
        await page.keyboard.press('Space')
        await board.and(page.locator('[data-dragging]')).waitFor()
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)))
        await page.keyboard.press(key)
        await board.and(page.locator('[data-dragging="insert"]')).waitFor()
        await page.evaluate((themeId) => {
          const w = window as unknown as { __moveDone: Promise<number> }
          w.__moveDone = new Promise<number>((resolve) => {
            /** The card's column and index there: what a move changes. */
            const place = () => {
              const card = document.querySelector(`[data-theme-id="${themeId}"]`)
              const column = card?.closest<HTMLElement>('[data-column-id]')
              if (!card || !column) return ''
              return `${column.dataset.columnId}:${[...column.querySelectorAll('[data-theme-id]')].indexOf(card)}`
            }
            const before = place()
            let started = 0
            document.addEventListener('keydown', (event) => { if (event.code === 'Space') started = performance.now() }, { capture: true, once: true })
            const check = () => {
              const now = place()
              if (started > 0 && now !== '' && now !== before) {
                // This frame shows the card at its new place; a task posted now runs once the frame
                // has been rendered (style, layout, paint), not a whole frame later.
                const channel = new MessageChannel()
                channel.port1.onmessage = () => resolve(performance.now() - started)
                channel.port2.postMessage(null)
              } else requestAnimationFrame(check)
            }
            requestAnimationFrame(check)
            setTimeout(() => resolve(Number.NaN), 5000)
          })
        }, id)
        await page.keyboard.press('Space')
        const ms = await page.evaluate(() => (window as unknown as { __moveDone: Promise<number> }).__moveDone)
        if (Number.isNaN(ms)) throw new Error(`keyboard move ${i + 1} (${key}) did not move the card`)
        moves.push(ms)
        if (process.env.BENCH_VERBOSE) console.log(`  move ${i + 1} ${key}: ${ms.toFixed(1)} ms`)
        await board.and(page.locator(':not([data-dragging])')).waitFor()
        // The autosave after a move sends the whole project through Playwright's binding, whose
        // serialiser costs ~150 ms for this file (Electron's IPC clones it natively); let it finish
        // so it does not land inside the next move's measurement.
        await page.locator('[data-testid="save-status"][data-kind="saved"]').waitFor()
      }
      const onDisk = JSON.parse(await readFile(path, 'utf8')) as ProjectFile
      const sizes = onDisk.boardColumns.map((column) => column.themeIds.length)
      if (moveCount % round.length === 0 && sizes.join() !== '440,10,50') throw new Error(`the moves did not go as planned: columns of ${sizes.join(', ')}`)
      ctx.record('board.keyboardMove.p95.ms', percentile(moves, 95))
      ctx.record('board.keyboardMove.median.ms', percentile(moves, 50))
      if (errors.length > 0) throw new Error(`renderer errors during the board benchmark:\n${errors.join('\n')}`)
    } finally {
      await browser.close()
    }
  },
}
