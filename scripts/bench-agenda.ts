/**
 * export.agenda.ms: exporting a meeting's invitation (agenda) as .docx through the service, as
 * the Uitnodiging button does — validate the whole project, build, pack, write atomically — on
 * the generated project of 150 meetings, 2,000 agenda items and 1,500 actions, for the meeting
 * with the longest agenda. Also export.minutes.ms for the minutes of the same meeting. Medians
 * after warm-up; the first document of each kind is opened in LibreOffice once, when available.
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { createWerkbankService } from '../electron/services/werkbank-service'
import type { BenchModule } from './bench'
import { percentile } from './bench-board'
import { generateMeetingsProject } from './generate-meetings'

export const agendaExportBench: BenchModule = {
  name: 'agenda and minutes export (150 meetings, 2,000 agenda items, 1,500 actions)',
  async run(ctx) {
    const project = generateMeetingsProject(150, 2000, 1500)
    const meeting = [...project.meetings].sort((a, b) => b.agenda.length - a.agenda.length)[0]!
    let target = ''
    const service = createWerkbankService({
      dataDir: join(ctx.dir, 'agenda-data'),
      dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => null, chooseExportPath: async () => target, chooseImagePath: async () => null },
      shell: { openExternal: async () => undefined },
      appVersion: 'bench',
    })
    const document = project as unknown as Record<string, unknown>
    const measure = async (kind: 'meeting.agenda' | 'meeting.minutes', name: string) => {
      const times: number[] = []
      for (let i = 0; i < 5 + ctx.runs; i++) {
        target = join(ctx.dir, `${name}-${i}.docx`)
        const started = performance.now()
        const result = await service.invoke('export.document', { kind, document, meetingId: meeting.id })
        const took = performance.now() - started
        if (!result.ok) throw new Error(`${kind}: ${result.error.message}`)
        if (i >= 5) times.push(took)
      }
      return percentile(times, 50)
    }
    ctx.record('export.agenda.ms', await measure('meeting.agenda', 'uitnodiging'))
    ctx.record('export.minutes.ms', await measure('meeting.minutes', 'verslag'))
    // The documents must open: a quick LibreOffice conversion of the last ones, when soffice exists.
    try {
      for (const name of ['uitnodiging', 'verslag']) {
        execFileSync('soffice', [`-env:UserInstallation=file://${join(ctx.dir, `lo-${name}`)}`, '--headless', '--convert-to', 'pdf', '--outdir', ctx.dir, join(ctx.dir, `${name}-${4 + ctx.runs}.docx`)], { stdio: 'ignore', timeout: 120_000 })
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  },
}
