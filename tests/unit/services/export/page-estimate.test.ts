/**
 * The fast page estimate behind the contents lists: every report, whatever its size, gets page
 * numbers in its contents list, and they are the pages LibreOffice puts the headings on.
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Paragraph, TextRun } from 'docx'
import { describe, expect, it } from 'vitest'
import { heading, paragraph, present } from '../../../../electron/services/export/blocks'
import { buildCommunityPlans } from '../../../../electron/services/export/documents/plan-report'
import { defaultReportContext } from '../../../../electron/services/export/documents/report-common'
import { houseDocument } from '../../../../electron/services/export/house-style'
import { packDocument } from '../../../../electron/services/export/pack'
import { dataTable } from '../../../../electron/services/export/tables'
import { buildHeerlenExample } from '../../../../shared/examples/heerlen'
import { documentText, readDocx } from '../../../support/docx-xml'
import { openInLibreOffice } from '../../../support/libreoffice'
import { generatePlanCommunity } from '../../../../scripts/generate-plans'

/** The contents list's entries as [title, page]: the text before the PAGEREF field and the number in it. */
function tocEntries(documentXml: string): Array<[string, number]> {
  const toc = documentXml.slice(0, documentXml.indexOf('</w:sdtContent>'))
  return [...toc.matchAll(/<w:p>(.*?)<\/w:p>/gs)].flatMap((m) => {
    const xml = m[1] ?? ''
    const page = /PAGEREF [^<]*<\/w:instrText>.*?<w:t[^>]*>(\d*)<\/w:t>/s.exec(xml)
    if (!page) return []
    const title = documentText(xml.slice(0, xml.indexOf('PAGEREF')))
    return [[title, Number(page[1] || NaN)] as [string, number]]
  })
}

const filler = (n: number) => Array.from({ length: n }, (_, i) => paragraph(`Alinea ${i + 1}: ${'tekst die een hele regel vult en nog wat verder loopt '.repeat(3)}`))

describe('page numbers in the contents list', () => {
  it('counts the title page, the contents page and the pages of the body', async () => {
    const doc = houseDocument({
      title: 'Proef',
      titlePage: true,
      tableOfContents: true,
      children: present([heading('Een', 1), ...filler(40), heading('Twee', 1), ...filler(2), heading('Drie', 2)]),
    })
    const entries = tocEntries(readDocx(await packDocument(doc)).document)
    expect(entries.map(([title]) => title)).toEqual(['1.Een', '2.Twee', '2.1Drie'])
    // Title page 1, contents 2, "Een" opens the body on 3; forty three-line paragraphs fill more than a page.
    expect(entries.map(([, page]) => page)).toEqual([3, 5, 5])
  })

  it('moves a heading to the next page with what follows it, and repeats nothing for a short table', async () => {
    const doc = houseDocument({
      title: 'Proef',
      titlePage: true,
      tableOfContents: true,
      children: present([
        heading('Begin', 1),
        // Fills the page to just above its end: the next heading and a line would not fit.
        ...Array.from({ length: 47 }, () => new Paragraph({ children: [new TextRun('regel')] })),
        heading('Na de tabel', 1),
        dataTable({ columns: [{ header: 'A', weight: 1 }], rows: [['x'], ['y']] }),
      ]),
    })
    const entries = tocEntries(readDocx(await packDocument(doc)).document)
    expect(entries.map(([, page]) => page)).toEqual([3, 4])
  })

  it('gives every entry of a long report a number (the two-year community’s combined plans)', async () => {
    const project = generatePlanCommunity()
    const entries = tocEntries(readDocx(await packDocument(buildCommunityPlans(project, defaultReportContext(project)))).document)
    expect(entries.length).toBeGreaterThan(60)
    for (const [title, page] of entries) expect(Number.isInteger(page) && page >= 3, title).toBe(true)
    const pages = entries.map(([, page]) => page)
    expect(pages).toEqual([...pages].sort((a, b) => a - b))
  })

  it('puts the Heerlen combined plan’s chapters on the pages LibreOffice shows them on', async () => {
    const project = buildHeerlenExample()
    const bytes = await packDocument(buildCommunityPlans(project, defaultReportContext(project)))
    const dir = await mkdtemp(join(tmpdir(), 'toc-'))
    const path = join(dir, 'plannen.docx')
    await writeFile(path, bytes)
    const opened = await openInLibreOffice(path, { outDir: dir })
    const pages = opened.text.split('\f')
    const chapters = tocEntries(readDocx(bytes).document).filter(([title]) => /^\d+\.\D/.test(title))
    expect(chapters.length).toBe(4)
    for (const [title, page] of chapters) {
      const name = title.replace(/^\d+\./, '')
      // The contents page lists the chapter with its page number...
      expect(pages[1]?.replace(/\s+/g, ' '), name).toMatch(new RegExp(`${name.slice(0, 20).replace(/[()]/g, '.')}[^]*?\\.{3,}\\s*${page}\\b`))
      // ...and the chapter heading is on that page.
      const number = title.slice(0, title.indexOf('.') + 1)
      const body = pages.findIndex((text, index) => index > 1 && text.split('\n').some((line) => line.trim().startsWith(number) && line.includes(name.slice(0, 25))))
      expect(body + 1, name).toBe(page)
    }
  }, 120_000)
})
