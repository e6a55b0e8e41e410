import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildMeetingAgenda } from '../../../../electron/services/export/documents/meeting-agenda'
import { buildMeetingMinutes } from '../../../../electron/services/export/documents/meeting-minutes'
import { packDocument } from '../../../../electron/services/export/pack'
import { documentText, readDocx } from '../../../support/docx-xml'
import { openInLibreOffice } from '../../../support/libreoffice'
import { meetingProject } from './meeting-project'

/** Artifacts (docx, PDF, PNG) of these tests: looked at, never committed. */
const OUT = resolve('test-results/export-unit')

const meetingOf = (project: ReturnType<typeof meetingProject>) => project.meetings[0]!

describe('agenda (uitnodiging)', () => {
  it('has the title, Dutch date, place, roles and every item with start time, duration and owner', async () => {
    const project = meetingProject()
    const { document } = readDocx(await packDocument(buildMeetingAgenda(project, meetingOf(project))))
    const text = documentText(document)
    expect(text).toContain('Uitnodiging: Plenaire bijeenkomst september')
    expect(text).toContain('woensdag 5 september 2018, 19:30–21:30')
    expect(text).toContain('Buurthuis De Kissel, Kisselstraat 12, 6413 AB Heerlen')
    expect(text).toContain('Voorzitter: Anja Smeets')
    expect(text).toContain('Notulist: Jeroen Hendriks')
    // start times follow from the durations: 19:30, 19:45, 20:15 (a zero-minute item keeps its place)
    expect(text).toMatch(/1\s*19:30\s*Opening en check-in\s*Informeren\s*15 min\s*Anja Smeets/)
    expect(text).toMatch(/2\s*19:45\s*Terugkoppeling werkgroepen\s*Bespreken\s*30 min\s*Jeroen Hendriks/)
    expect(text).toMatch(/3\s*20:15\s*Rondvraag\s*Informeren\s*0 min\s*–/)
    expect(text).toContain('Lees het plan van aanpak van werkgroep Preventie.')
    expect(document).toContain('w:val="Heading1"')
  })
})

describe('minutes (verslag)', () => {
  it('has attendance, planned and actual time, notes, decisions and the meeting’s own actions', async () => {
    const project = meetingProject()
    const { document } = readDocx(await packDocument(buildMeetingMinutes(project, meetingOf(project))))
    const text = documentText(document)
    expect(text).toContain('Verslag: Plenaire bijeenkomst september')
    expect(text).toContain('AanwezigAnja Smeets, Jeroen Hendriks')
    expect(text).toContain('Afwezig met berichtFatima el Amrani')
    expect(text).toContain('AfwezigLoes Vermeulen')
    expect(text).toMatch(/Gepland\s*Werkelijk/)
    expect(text).toMatch(/15 min\s*17 min/)
    expect(text).toContain('De werkgroep Preventie heeft drie buurtteams gesproken.')
    expect(text).toContain('Werkgroep Preventie start in oktober met de pilot.')
    expect(text).toMatch(/Uitnodiging buurtteams versturen\s*Fatima el Amrani\s*19-9-2018\s*Open/)
    expect(text).toMatch(/Zaal reserveren\s*–\s*–\s*Afgerond/)
    expect(text).not.toContain('Actie van een andere bijeenkomst')
    expect(document).toContain('TOC \\h')
  })

  it('opens in LibreOffice with pasted control characters, emoji, long words and empty fields', async () => {
    const project = meetingProject(true)
    const bytes = await packDocument(buildMeetingMinutes(project, meetingOf(project)))
    const { document } = readDocx(bytes)
    // eslint-disable-next-line no-control-regex
    expect(document).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/)
    const path = join(OUT, 'verslag-lastige-tekst.docx')
    await writeFile(path, bytes).catch(async () => {
      const { mkdir } = await import('node:fs/promises')
      await mkdir(OUT, { recursive: true })
      await writeFile(path, bytes)
    })
    const opened = await openInLibreOffice(path, { outDir: OUT, renderPages: 2 })
    expect(opened.flatText).toContain('Verslag: Plenaire bijeenkomst september')
    expect(opened.flatText).toContain('Besluit met stuurtekens en een losse helft')
    expect(opened.flatText).toContain('woensdag 5 september 2018')
    expect(opened.pageCount).toBeGreaterThan(0)
    expect(opened.pngPaths.length).toBeGreaterThan(0)
  })
})
