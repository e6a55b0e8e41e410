/**
 * The plan and evaluation reports: structure (built-in numbered headings, TOC field, tables with
 * explicit widths, page numbers, Dutch dates), anonymisation (no participant or stakeholder name
 * anywhere in the package), options (sections left out, logo), and hostile text.
 */
import { describe, expect, it } from 'vitest'
import { buildEvaluationReport } from '../../../../electron/services/export/documents/evaluation-report'
import { buildCommunityPlans, buildWorkGroupPlan } from '../../../../electron/services/export/documents/plan-report'
import { defaultReportContext, prepareReport, type ReportContext } from '../../../../electron/services/export/documents/report-common'
import { packDocument } from '../../../../electron/services/export/pack'
import { buildHeerlenExample } from '../../../../shared/examples/heerlen'
import { NAME_WORDS, SENTENCE_WORDS } from '../../../../shared/logic/name-words'
import type { ProjectFile } from '../../../../shared/model'
import { type DocxParts, documentText, readDocx } from '../../../support/docx-xml'
import { expectExplicitTableWidths } from './table-widths'
import { TINY_PNG } from './tiny-png'

const project = buildHeerlenExample()

async function parts(document: ReturnType<typeof buildCommunityPlans> | null) {
  if (!document) throw new Error('no document')
  return readDocx(await packDocument(document))
}

const headingTexts = (xml: string, style: string) =>
  [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="(Heading\d)"\/>(?:(?!<\/w:p>).)*?<\/w:p>/gs)]
    .filter((m) => m[1] === style)
    .map((m) => documentText(m[0]))

/**
 * What every report has: numbered built-in headings, a filled-in TOC field with a page number for
 * every heading, the footer's page fields, and tables with a fixed layout whose grid and cells add
 * up to the text width.
 */
function expectHouseStructure(docx: DocxParts): void {
  expect(docx.styles).toMatch(/<w:style[^>]*w:styleId="Heading1"[\s\S]*?<w:numPr>/)
  expect(docx.document).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-3&quot;<\/w:instrText>/)
  const toc = docx.document.slice(0, docx.document.indexOf('</w:sdtContent>'))
  const headings = (docx.document.match(/<w:pStyle w:val="Heading[123]"\/>/g) ?? []).length
  const numbered = [...toc.matchAll(/PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t[^>]*>(\d+)<\/w:t>/g)]
  expect(numbered.length).toBe(headings)
  expect(docx.parts['word/settings.xml']).toContain('<w:updateFields/>')
  expect(docx.footers).toContain('PAGE')
  expect(docx.footers).toContain('NUMPAGES')
  expect(expectExplicitTableWidths(docx.document).length).toBeGreaterThan(0)
}

describe('title page', () => {
  it('shows the title, subtitle, author, Dutch date and the anonymisation note before the contents; the author is the document’s creator', async () => {
    const ctx = prepareReport(project, { title: 'Plan Preventie', subtitle: 'Voor de stuurgroep', author: 'Anja Smeets', date: '2019-12-11', anonymise: 'initials' })
    if (!ctx.ok) throw new Error(ctx.error.message)
    const docx = await parts(buildWorkGroupPlan(project, 'wg-02', ctx.value))
    const titlePage = documentText(docx.document.slice(0, docx.document.indexOf('<w:pStyle w:val="TOCHeading"/>')))
    expect(titlePage).toBe('Plan PreventieVoor de stuurgroepAuteur: Anja Smeets11 december 2019Deelnemers zijn aangeduid met initialen.')
    expect(docx.parts['docProps/core.xml']).toContain('<dc:creator>Anja Smeets</dc:creator>')
    expect(docx.parts['docProps/core.xml']).toContain('<dc:title>Plan Preventie</dc:title>')
    // The footer repeats the title next to the page numbers.
    expect(documentText(docx.footers)).toContain('Plan Preventie')
  })

  it('falls back to the default title and leaves out an empty author and date', async () => {
    const docx = await parts(buildEvaluationReport(project, defaultReportContext(project)))
    const titlePage = documentText(docx.document.slice(0, docx.document.indexOf('<w:pStyle w:val="TOCHeading"/>')))
    expect(titlePage).toBe('EvaluatieverslagLeergemeenschap Heerlen STAND-BY!')
    expect(docx.parts['docProps/core.xml']).toContain('<dc:creator>Werkbank</dc:creator>')
  })
})

describe('plan van aanpak of one work group', () => {
  it('uses built-in numbered headings, a TOC field, tables with explicit widths, page numbers and Dutch dates', async () => {
    const docx = await parts(buildWorkGroupPlan(project, 'wg-03', defaultReportContext(project)))
    expectHouseStructure(docx)
    const text = documentText(docx.document)
    expect(text).toContain('Plan van aanpak Functioneren van de sociale buurtteams (SBT’s)')
    expect(headingTexts(docx.document, 'Heading1')).toEqual([
      'Aanleiding',
      'Doelstelling',
      'Leervragen',
      'Beoogde resultaten en producten',
      'Acties',
      'Cycli van actieonderzoek',
      'Betrokkenen en stakeholders',
      'Planning en mijlpalen',
      'Evaluatie van het plan',
      'Versiegeschiedenis',
    ])
    expect(headingTexts(docx.document, 'Heading2')).toEqual(['Cyclus 1: QuickScan en observaties', 'Cyclus 2: Vaste voorzitter in twee SBT’s'])
    // Numbering hangs on the heading styles; the TOC is a field; the footer has PAGE and NUMPAGES.
    expect(docx.styles).toMatch(/<w:style[^>]*w:styleId="Heading1"[\s\S]*?<w:numPr>/)
    expect(docx.document).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-3&quot;<\/w:instrText>/)
    expect(docx.footers).toContain('PAGE')
    expect(docx.footers).toContain('NUMPAGES')
    // Every table has a fixed layout with a width and a grid.
    const tables = docx.document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []
    expect(tables.length).toBeGreaterThanOrEqual(5)
    for (const table of tables) {
      expect(table).toMatch(/<w:tblW w:type="dxa" w:w="\d+"\/>/)
      expect(table).toMatch(/<w:gridCol w:w="\d+"\/>/)
    }
    // The actions: the plan's own and those agreed in meetings, with status in Dutch.
    expect(text).toMatch(/QuickScan interprofessionele samenwerking afnemen in vier SBT’s\s*Mohamed El Amrani\s*28-2-2019\s*Afgerond/)
    expect(text).toContain('Werkwijze spinnenweb vastleggen voor alle SBT’s')
    expect(text).toContain('Vastgesteld (versie 2, 23 oktober 2019)')
    expect(text).toContain('16 januari 2019')
    expect(text).toMatch(/Uitproberen\s*28-2-2019/)
  })

  it('leaves out sections that are not chosen and says when a group has no plan', async () => {
    const ctx = prepareReport(project, { sections: ['objective', 'actions'] })
    if (!ctx.ok) throw new Error(ctx.error.message)
    const docx = await parts(buildWorkGroupPlan(project, 'wg-02', ctx.value))
    expect(headingTexts(docx.document, 'Heading1')).toEqual(['Doelstelling', 'Acties'])
    expect(buildWorkGroupPlan({ ...project, plans: [] }, 'wg-02', ctx.value)).toBeNull()
  })

  it('puts a checked logo on the title page and refuses a file that is not an image', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const dir = await mkdtemp(join(tmpdir(), 'logo-'))
    await writeFile(join(dir, 'logo.png'), TINY_PNG)
    await writeFile(join(dir, 'logo.png.txt'), 'geen plaatje')
    const ctx = prepareReport(project, { logoPath: join(dir, 'logo.png') })
    if (!ctx.ok) throw new Error(ctx.error.message)
    const docx = await parts(buildWorkGroupPlan(project, 'wg-01', ctx.value))
    expect(Object.keys(docx.parts).some((p) => p.startsWith('word/_rels/'))).toBe(true)
    expect(docx.document).toContain('<wp:docPr')
    const bad = prepareReport(project, { logoPath: join(dir, 'logo.png.txt') })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.error.code).toBe('BAD_IMAGE')
    const gone = prepareReport(project, { logoPath: join(dir, 'weg.png') })
    expect(!gone.ok && gone.error.code).toBe('NOT_FOUND')
  })
})

describe('combined plans and the evaluation report', () => {
  it('has an overview and a chapter per work group, each plan’s sections one level down', async () => {
    const docx = await parts(buildCommunityPlans(project, defaultReportContext(project)))
    expectHouseStructure(docx)
    expect(headingTexts(docx.document, 'Heading1')).toEqual([
      'Inleiding',
      'Erkenning en facilitering van burgerinitiatieven',
      'Preventie en vroegsignalering',
      'Functioneren van de sociale buurtteams (SBT’s)',
    ])
    expect(headingTexts(docx.document, 'Heading2').filter((h) => h === 'Acties')).toHaveLength(3)
    const text = documentText(docx.document)
    expect(text).toContain('Concept (gewijzigd na versie 1, vastgesteld 16 januari 2019)')
  })

  it('has quotes in the stored category order, the success factors with marks, challenges and group development', async () => {
    const reordered: ProjectFile = { ...project, evaluation: { ...project.evaluation, categoryOrder: ['groupDynamics', 'learningYield', 'structure'] } }
    const docx = await parts(buildEvaluationReport(reordered, defaultReportContext(reordered)))
    expectHouseStructure(docx)
    expect(headingTexts(docx.document, 'Heading1')).toEqual([
      'Inleiding',
      'Resultaten per werkgroep',
      'Ervaringen van deelnemers',
      'Kritische succesfactoren',
      'Uitdagingen en borging',
      'Groepsontwikkeling',
      'Conclusie',
    ])
    const h2 = headingTexts(docx.document, 'Heading2')
    expect(h2.slice(3, 6)).toEqual(['Groepsdynamiek, interactie en werkklimaat', 'Leerrendement en opbrengst', 'Structuur en organisatie'])
    expect(h2).toContain('Investeer in gedegen vooronderzoek')
    const text = documentText(docx.document)
    expect(text).toContain('‘Ondanks dat ik 75 ben, leerde ik elke keer opnieuw.’ — Lei Bemelmans')
    expect(text).toContain('‘Resultaatgericht.’')
    expect(text).toMatch(/Richt een klankbordgroep op[^]*?Aandacht nodig\s*De communicatie en afstemming met de klankbordgroep kan beter/)
    expect(text).toContain('11 december 2019')
    expect(text).toContain('Borging')
  })
})

describe('anonymised reports', () => {
  const names = [...project.participants.map((p) => p.name), ...project.stakeholders.map((s) => s.name)]
  const PARTICLE_WORDS = new Set(['van', 'der', 'op', 'den', 'de', 'el'])
  // Every word of every name: first names of any length, surnames on their own.
  const nameWords = [...new Set(names.flatMap((n) => n.split(/\s+/)).filter((w) => w.length > 1 && !PARTICLE_WORDS.has(w.toLowerCase())))]
  // Free text that names people the way notes do: surnames alone, other case, without accents.
  const wg01 = project.workGroups.find((g) => g.id === 'wg-01')!
  const noisy: ProjectFile = {
    ...project,
    plans: project.plans.map((plan) =>
      plan.workGroupId === wg01.id ? { ...plan, background: `${plan.background}\nOverleg met mevrouw Kleijnen, ÖZTÜRK, ozturk en van der Meer; Lei’s idee en Yvonnes voorstel.` } : plan,
    ),
    evaluation: { ...project.evaluation, introduction: `${project.evaluation.introduction}\nDank aan dhr. Notermans, fatma en mevrouw Op den Kamp.` },
  }
  const builders: [string, (ctx: ReportContext) => ReturnType<typeof buildCommunityPlans> | null][] = [
    ['plan', (ctx) => buildWorkGroupPlan(noisy, 'wg-01', ctx)],
    ['combined plans', (ctx) => buildCommunityPlans(noisy, ctx)],
    ['evaluation report', (ctx) => buildEvaluationReport(noisy, ctx)],
  ]
  for (const mode of ['initials', 'role'] as const) {
    for (const [label, build] of builders) {
      it(`${label} with ${mode}: no participant or stakeholder name anywhere in the package`, async () => {
        const ctx = prepareReport(noisy, { anonymise: mode, author: 'Maud Vossen (procesbegeleider)', title: 'Verslag voor Maud' })
        if (!ctx.ok) throw new Error(ctx.error.message)
        const docx = await parts(build(ctx.value))
        const xml = Object.values(docx.parts).join('\n')
        for (const name of names) expect(xml, name).not.toContain(name)
        // Any word of a name, in any case, in any text of the package (the theme part names a script "Hans").
        // A name that is also a Dutch word (Lei, Iris, Bas, Frank) only counts with its capital, and one
        // that often opens a sentence (Meer) only after a lower-case word ("Meer dan dertig…" stays).
        const texts = Object.entries(docx.parts)
          .filter(([path]) => !path.includes('theme'))
          .map(([, part]) => part)
          .join('\n')
        for (const word of nameWords) {
          const ordinary = NAME_WORDS.has(word.toLowerCase())
          const before = SENTENCE_WORDS.has(word.toLowerCase()) ? '(?<=\\p{Ll}\\s)' : '(?<![\\p{L}])'
          expect(texts, word).not.toMatch(new RegExp(`${before}${word}(?![\\p{L}])`, ordinary ? 'u' : 'iu'))
        }
        expect(texts).not.toMatch(/ozturk|van der meer|op den kamp/i)
        if (mode === 'initials') expect(documentText(docx.document)).toContain('A.K.')
      })
    }
  }

  it('shows roles for quotes and actions when anonymised by role', async () => {
    const ctx = prepareReport(project, { anonymise: 'role' })
    if (!ctx.ok) throw new Error(ctx.error.message)
    const text = documentText((await parts(buildEvaluationReport(project, ctx.value))).document)
    expect(text).toContain('‘Ondanks dat ik 75 ben, leerde ik elke keer opnieuw.’ — buurtbewoner')
  })
})
