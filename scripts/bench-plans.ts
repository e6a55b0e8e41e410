/**
 * export.planAndEvaluation.ms: the combined plans of approach plus the evaluation report of a
 * two-year community (3 work groups with 40 actions and 12 cycles each, 200 quotes), built and
 * packed as .docx, median over runs. Once, both documents are opened in LibreOffice (when it is
 * installed): a document it cannot open fails the module.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { buildEvaluationReport } from '../electron/services/export/documents/evaluation-report'
import { buildCommunityPlans } from '../electron/services/export/documents/plan-report'
import { defaultReportContext } from '../electron/services/export/documents/report-common'
import { packDocument } from '../electron/services/export/pack'
import { openInLibreOffice } from '../tests/support/libreoffice'
import type { BenchModule } from './bench'
import { generatePlanCommunity } from './generate-plans'

export const plansBench: BenchModule = {
  name: 'plans and evaluation export',
  async run(ctx) {
    const project = generatePlanCommunity()
    const context = defaultReportContext(project)
    const both = async () => [await packDocument(buildCommunityPlans(project, context)), await packDocument(buildEvaluationReport(project, context))] as const
    const times: number[] = []
    let last: readonly [Uint8Array, Uint8Array] | null = null
    for (let i = 0; i < 2 + Math.min(ctx.runs, 10); i++) {
      const started = performance.now()
      last = await both()
      if (i >= 2) times.push(performance.now() - started)
    }
    times.sort((a, b) => a - b)
    ctx.record('export.planAndEvaluation.ms', times[Math.floor(times.length / 2)]!)
    if (!last) return
    const [plans, evaluation] = last
    ctx.record('export.planAndEvaluation.bytes', plans.byteLength + evaluation.byteLength)
    for (const [name, bytes] of [['plannen', plans], ['evaluatie', evaluation]] as const) {
      const path = join(ctx.dir, `${name}.docx`)
      await writeFile(path, bytes)
      try {
        const opened = await openInLibreOffice(path, { outDir: ctx.dir })
        ctx.record(`export.planAndEvaluation.${name}.pages`, opened.pageCount)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') console.warn('bench: soffice not installed; LibreOffice check skipped')
        else throw error
      }
    }
  },
}
