/**
 * ranking.recompute.ms: recomputing the ranking after one score changed (as after a keystroke in
 * the scoring grid) on the generated board of 500 themes × 60 participants × 4 criteria. Median
 * over the runs after a warm-up, in Node (the same V8 engine as the renderer).
 */
import { rankThemes } from '../shared/logic/ranking'
import type { ProjectFile } from '../shared/model'
import type { BenchModule } from './bench'
import { percentile } from './bench-board'
import { generateBoardProject } from './generate-board'

/** The project after one score changed: a new record in a new array, as an immer edit makes it. */
function withOneChange(project: ProjectFile, i: number): ProjectFile {
  const scores = project.prioritisation.scores.slice()
  const index = (i * 7919) % scores.length
  scores[index] = { ...scores[index]!, urgency: (i % 5) + 1 }
  return { ...project, prioritisation: { ...project.prioritisation, scores } }
}

export const rankingBench: BenchModule = {
  name: 'ranking recompute (500 themes × 60 participants)',
  async run(ctx) {
    const project = generateBoardProject(500, 60)
    for (let i = 0; i < 40; i++) rankThemes(withOneChange(project, i))
    const times: number[] = []
    for (let i = 0; i < Math.max(ctx.runs, 50); i++) {
      const changed = withOneChange(project, 100 + i)
      const started = performance.now()
      rankThemes(changed)
      times.push(performance.now() - started)
    }
    ctx.record('ranking.recompute.ms', percentile(times, 50))
    ctx.record('ranking.recompute.p95.ms', percentile(times, 95))
  },
}
