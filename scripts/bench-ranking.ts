/**
 * Recomputing the ranking after one score changed (as after a keystroke in the scoring grid) on
 * the generated board of 500 themes × 60 participants × 4 criteria: median over the runs after a
 * warm-up.
 *
 *   ranking.recompute.ms       in Chromium, as the renderer does it: shared/logic/ranking.ts bundled
 *                              by esbuild into the page, timed there with performance.now
 *   ranking.recompute.p95.ms   the same, 95th percentile
 *   ranking.recompute.node.ms  the same function in Node (the same V8 engine, without the page)
 */
import { chromium } from '@playwright/test'
import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'
import { rankThemes } from '../shared/logic/ranking'
import type { ProjectFile } from '../shared/model'
import { chromiumLaunchOptions } from '../tests/e2e/harness'
import type { BenchModule } from './bench'
import { percentile } from './bench-board'
import { generateBoardProject } from './generate-board'

/** What the ranking reads from the project. */
type RankingInput = Pick<ProjectFile, 'themes' | 'boardColumns' | 'participants' | 'prioritisation'>

/** The project after one score changed: a new record in a new array, as an immer edit makes it. */
function withOneChange(project: RankingInput, i: number): RankingInput {
  const scores = project.prioritisation.scores.slice()
  const index = (i * 7919) % scores.length
  scores[index] = { ...scores[index]!, urgency: (i % 5) + 1 }
  return { ...project, prioritisation: { ...project.prioritisation, scores } }
}

const WARMUP = 40

/** ranking.ts and what it imports, as one script that sets `window.werkbankRanking`. */
async function rankingBundle(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../shared/logic/ranking.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    globalName: 'werkbankRanking',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  })
  return result.outputFiles[0]!.text
}

/** Times in Chromium: the same change and the same function, run in the page. */
async function timesInChromium(input: RankingInput, runs: number): Promise<number[]> {
  const browser = await chromium.launch(chromiumLaunchOptions)
  try {
    const page = await browser.newPage()
    await page.addScriptTag({ content: await rankingBundle() })
    // The function below runs in the page, so it spells out withOneChange itself; tsx compiles this
    // file with keepNames, which makes such functions call an __name helper the page lacks.
    await page.addScriptTag({ content: 'window.__name = (fn) => fn' })
    return await page.evaluate(
      ({ project, warmup, runs }) => {
        const { rankThemes } = (window as unknown as { werkbankRanking: { rankThemes: (source: unknown) => unknown } }).werkbankRanking
        const change = (i: number) => {
          const scores = project.prioritisation.scores.slice()
          const index = (i * 7919) % scores.length
          scores[index] = { ...scores[index]!, urgency: (i % 5) + 1 }
          return { ...project, prioritisation: { ...project.prioritisation, scores } }
        }
        for (let i = 0; i < warmup; i++) rankThemes(change(i))
        const times: number[] = []
        for (let i = 0; i < runs; i++) {
          const changed = change(100 + i)
          const started = performance.now()
          rankThemes(changed)
          times.push(performance.now() - started)
        }
        return times
      },
      { project: input, warmup: WARMUP, runs },
    )
  } finally {
    await browser.close()
  }
}

function timesInNode(input: RankingInput, runs: number): number[] {
  for (let i = 0; i < WARMUP; i++) rankThemes(withOneChange(input, i))
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const changed = withOneChange(input, 100 + i)
    const started = performance.now()
    rankThemes(changed)
    times.push(performance.now() - started)
  }
  return times
}

export const rankingBench: BenchModule = {
  name: 'ranking recompute (500 themes × 60 participants)',
  async run(ctx) {
    const { themes, boardColumns, participants, prioritisation } = generateBoardProject(500, 60)
    const input: RankingInput = { themes, boardColumns, participants, prioritisation }
    const runs = Math.max(ctx.runs, 50)
    const page = await timesInChromium(input, runs)
    ctx.record('ranking.recompute.ms', percentile(page, 50))
    ctx.record('ranking.recompute.p95.ms', percentile(page, 95))
    ctx.record('ranking.recompute.node.ms', percentile(timesInNode(input, runs), 50))
  },
}
