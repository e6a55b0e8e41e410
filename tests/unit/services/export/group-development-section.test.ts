/**
 * The group-development chapter of the evaluation report: per group the current phase, the phase
 * periods, the observations (signals and notes), the reflections per level and their agreements;
 * a note for a group that never reflected; names in notes anonymised.
 */
import { describe, expect, it } from 'vitest'
import { buildEvaluationReport } from '../../../../electron/services/export/documents/evaluation-report'
import { defaultReportContext } from '../../../../electron/services/export/documents/report-common'
import { packDocument } from '../../../../electron/services/export/pack'
import { buildHeerlenExample } from '../../../../shared/examples/heerlen'
import type { ProjectFile } from '../../../../shared/model'
import { documentText, readDocx } from '../../../support/docx-xml'

const heerlen = buildHeerlenExample()

/** The chapter as lines: one per paragraph, one per table row (cells joined with " | "). */
async function chapter(project: ProjectFile, anonymise: 'none' | 'initials' = 'none'): Promise<string[]> {
  const ctx = defaultReportContext(project, { sections: ['groupDevelopment'], anonymise })
  const xml = readDocx(await packDocument(buildEvaluationReport(project, ctx))).document
  const body = xml.slice(xml.indexOf('</w:sdtContent>'))
  return [...body.matchAll(/<w:tr>.*?<\/w:tr>|<w:p>.*?<\/w:p>/gs)]
    .map((m) => (m[0].startsWith('<w:tr>') ? [...m[0].matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((c) => documentText(c[0])).join(' | ') : documentText(m[0])))
    .filter((line) => line.trim() !== '')
}

/** The lines from one group's heading up to the next group's. */
function groupLines(lines: string[], name: string, next?: string): string[] {
  const from = lines.indexOf(name)
  const to = next ? lines.indexOf(next) : lines.length
  expect(from, name).toBeGreaterThan(-1)
  return lines.slice(from, to)
}

describe('the group-development chapter', () => {
  it('gives the community’s current phase and its phases with their periods', async () => {
    const lines = await chapter(heerlen)
    const community = groupLines(lines, 'Leergemeenschap Heerlen STAND-BY!', 'Erkenning en facilitering van burgerinitiatieven')
    expect(community).toContain('Laatst waargenomen fase: afsluitingsfase (sinds 27 november 2019).')
    expect(community.slice(community.indexOf('Fase | Van | Tot'), community.indexOf('Fase | Van | Tot') + 6)).toEqual([
      'Fase | Van | Tot',
      'Voorfase | 5 september 2018 | 3 oktober 2018',
      'Oriëntatiefase | 3 oktober 2018 | 12 december 2018',
      'Controle- en affectiefase | 12 december 2018 | 27 maart 2019',
      'Autonome groep | 27 maart 2019 | 27 november 2019',
      'Afsluitingsfase | 27 november 2019 | heden',
    ])
  })

  it('lists each observation with its date, phase, note and the signals seen (own signals included)', async () => {
    const lines = await chapter(heerlen)
    const community = groupLines(lines, 'Leergemeenschap Heerlen STAND-BY!', 'Erkenning en facilitering van burgerinitiatieven')
    expect(community).toContain('Waarnemingen')
    const november = community.find((line) => line.startsWith('7-11-2018 | Oriëntatiefase | '))
    expect(november).toContain('Bewoners en beroepskrachten zitten nog apart.')
    expect(november).toContain('Signalen: ')
    expect(november).toContain('Bewoners vinden het jargon van beroepskrachten lastig')
    expect(community.filter((line) => /^\d+-\d+-\d{4} \| /.test(line))).toHaveLength(7)
  })

  it('gives each reflection per level with its agreements, and says when a group never reflected', async () => {
    const lines = await chapter(heerlen)
    const community = groupLines(lines, 'Leergemeenschap Heerlen STAND-BY!', 'Erkenning en facilitering van burgerinitiatieven')
    const march = community.indexOf('Reflectie van 27 maart 2019')
    expect(march).toBeGreaterThan(-1)
    expect(community.slice(march + 1, march + 6)).toEqual([
      'Inhoud | De drie thema’s sluiten goed aan bij de praktijk; het thema SBT voelt voor bewoners nog ver weg.',
      'Procedure | De bijeenkomsten lopen uit; de agenda is te vol en er is geen tijdbewaker.',
      'Interactie | Sinds we in tweetallen beginnen, komen bewoners meer aan het woord.',
      'Bestaan | Een paar beroepskrachten twijfelen of ze de tijd kunnen blijven vrijmaken.',
      'Context | De klankbordgroep weet nog weinig van wat de werkgroepen doen.',
    ])
    expect(community.slice(march + 6, march + 10)).toEqual([
      'Afspraken:',
      '•\tElke bijeenkomst een vaste tijdbewaker, bij toerbeurt.',
      '•\tWe beginnen elke bijeenkomst met een korte check-in.',
      '•\tDe kartrekkers sturen de klankbordgroep na elke plenaire bijeenkomst een korte stand van zaken.',
    ])
    const prevention = groupLines(lines, 'Preventie en vroegsignalering', 'Functioneren van de sociale buurtteams (SBT’s)')
    expect(prevention).toContain('Laatst waargenomen fase: autonome groep (sinds 15 mei 2019).')
    expect(prevention).toContain('Deze groep heeft nog niet gereflecteerd op de eigen samenwerking.')
    const teams = groupLines(lines, 'Functioneren van de sociale buurtteams (SBT’s)')
    expect(teams).toContain('Reflectie van 19 juni 2019')
    expect(teams).toContain('•\tDe kartrekker zit de werkgroep voortaan vast voor.')
  })

  it('anonymises names in notes, reflections and agreements', async () => {
    const gd = heerlen.groupDevelopment
    const named: ProjectFile = {
      ...heerlen,
      groupDevelopment: {
        ...gd,
        observations: gd.observations.map((o) => (o.id === 'po-11' ? { ...o, note: 'Annie Kleijnen neemt voorzichtig het voortouw.' } : o)),
        reflections: gd.reflections.map((r) =>
          r.id === 'rf-02' ? { ...r, levels: { ...r.levels, interaction: 'Mevrouw Jacobs houdt zich terug.' }, agreements: [{ id: 'x', text: 'Roy zit voor.' }] } : r,
        ),
      },
    }
    const text = (await chapter(named, 'initials')).join('\n')
    expect(text).toContain('A.K. neemt voorzichtig het voortouw.')
    expect(text).toContain('Interactie | R.J. houdt zich terug.')
    expect(text).toContain('•\tR.C. zit voor.')
    expect(text).not.toMatch(/Kleijnen|Jacobs|Roy/)
  })

  it('says so when no phases were recorded', async () => {
    const empty: ProjectFile = { ...heerlen, groupDevelopment: { ...heerlen.groupDevelopment, observations: [], reflections: [] } }
    expect(await chapter(empty)).toEqual(['Groepsontwikkeling', 'Er zijn geen groepsfasen vastgelegd.'])
  })
})
