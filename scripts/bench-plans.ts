/**
 * export.planAndEvaluation.ms: exporting the combined plans of approach plus the evaluation report
 * of a two-year community (3 work groups with 40 actions and 12 cycles each, 200 quotes) through
 * the service, as the export dialog does: validate the whole project, check the options, build
 * (with the contents lists' page numbers), pack, write atomically. Both documents per run; median
 * after warm-up. Once, both documents are opened in LibreOffice (when it is installed): a document
 * it cannot open fails the module.
 */
import { join } from 'node:path'
import type { ExportKind } from '../shared/api'
import { createWerkbankService } from '../electron/services/werkbank-service'
import { openInLibreOffice } from '../tests/support/libreoffice'
import type { BenchModule } from './bench'
import { percentile } from './bench-board'
import { generatePlanCommunity } from './generate-plans'

export const plansBench: BenchModule = {
  name: 'plans and evaluation export',
  async run(ctx) {
    const project = generatePlanCommunity()
    let target = ''
    const service = createWerkbankService({
      dataDir: join(ctx.dir, 'plans-data'),
      dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => null, chooseExportPath: async () => target, chooseImagePath: async () => null },
      shell: { openExternal: async () => undefined },
      appVersion: 'bench',
    })
    const document = project as unknown as Record<string, unknown>
    const exportTo = async (kind: ExportKind, path: string) => {
      target = path
      const result = await service.invoke('export.document', { kind, document, options: { author: 'Bench', date: '2020-06-30' } })
      if (!result.ok) throw new Error(`${kind}: ${result.error.message}`)
    }
    const times: number[] = []
    const warmup = 2
    const runs = Math.min(ctx.runs, 10)
    for (let i = 0; i < warmup + runs; i++) {
      const started = performance.now()
      await exportTo('plan.community', join(ctx.dir, `plannen-${i}.docx`))
      await exportTo('evaluation.report', join(ctx.dir, `evaluatie-${i}.docx`))
      if (i >= warmup) times.push(performance.now() - started)
    }
    ctx.record('export.planAndEvaluation.ms', percentile(times, 50))
    const last = warmup + runs - 1
    for (const name of ['plannen', 'evaluatie'] as const) {
      try {
        const opened = await openInLibreOffice(join(ctx.dir, `${name}-${last}.docx`), { outDir: ctx.dir })
        ctx.record(`export.planAndEvaluation.${name}.pages`, opened.pageCount)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') console.warn('bench: soffice not installed; LibreOffice check skipped')
        else throw error
      }
    }
  },
}
