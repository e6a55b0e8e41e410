import { describe, expect, it } from 'vitest'
import { heading, paragraph, present } from '../../../../electron/services/export/blocks'
import { TEXT_WIDTH_DXA, houseDocument } from '../../../../electron/services/export/house-style'
import { packDocument } from '../../../../electron/services/export/pack'
import { columnWidths, dataTable, detailsTable } from '../../../../electron/services/export/tables'
import { documentText, readDocx } from '../../../support/docx-xml'
import { NASTY } from './meeting-project'
import { expectExplicitTableWidths } from './table-widths'

async function sampleDocx() {
  const doc = houseDocument({
    title: 'Verslag: bijeenkomst',
    subtitle: 'woensdag 5 september 2018, 19:30–21:30',
    tableOfContents: true,
    children: present([
      heading('Agenda', 1),
      dataTable({
        columns: [
          { header: 'Tijd', weight: 1 },
          { header: 'Onderwerp', weight: 5 },
          { header: 'Wie', weight: 2 },
        ],
        rows: [
          ['19:30', NASTY.control, null],
          ['19:45', NASTY.longWord, NASTY.emoji],
        ],
      }),
      heading('Sub', 2),
      heading('Subsub', 3),
      paragraph(NASTY.multiLine),
      paragraph(''),
      detailsTable([
        ['Leeg', ''],
        ['Datum', '5 september 2018'],
      ]),
    ]),
  })
  return readDocx(await packDocument(doc))
}

describe('house style', () => {
  it('uses the built-in heading styles Heading1–3, numbered through the styles', async () => {
    const { document, styles, numbering } = await sampleDocx()
    for (const level of [1, 2, 3]) {
      expect(styles).toContain(`w:styleId="Heading${level}"`)
      expect(document).toContain(`<w:pStyle w:val="Heading${level}"/>`)
    }
    const heading1 = /<w:style [^>]*w:styleId="Heading1".*?<\/w:style>/s.exec(styles)?.[0] ?? ''
    expect(heading1).toContain('<w:numPr>')
    expect(heading1).toContain('<w:outlineLvl w:val="0"/>')
    expect(numbering).toContain('w:val="%1.%2"')
  })

  it('has a table-of-contents field over the heading styles, filled in with the headings', async () => {
    const { document } = await sampleDocx()
    expect(document).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-3&quot;<\/w:instrText>/)
    expect(document).toContain('w:fldCharType="begin"')
    // the cached entries are there, so readers that never update fields still show the contents
    const toc = document.slice(document.indexOf('TOC \\'), document.indexOf('w:fldCharType="end"', document.indexOf('TOC \\')))
    expect(documentText(toc)).toContain('Agenda')
  })

  it('writes page numbers into the contents list and asks Word to update the fields on opening', async () => {
    const { document, parts } = await sampleDocx()
    expect(parts['word/settings.xml']).toContain('<w:updateFields/>')
    // Each TOC entry ends in its PAGEREF field with a number filled in (the title page is page 1).
    const toc = document.slice(document.indexOf('TOC \\'), document.indexOf('<w:pStyle w:val="Heading1"/>'))
    const pages = [...toc.matchAll(/PAGEREF (_Toc\d+)[^<]*<\/w:instrText>.*?<w:t[^>]*>(\d+)<\/w:t>/gs)].map((m) => Number(m[2]))
    expect(pages).toEqual([1, 1, 1])
  })

  it('puts "Pagina X van Y" with PAGE and NUMPAGES fields in the footer', async () => {
    const { footers } = await sampleDocx()
    expect(footers).toContain('PAGE')
    expect(footers).toContain('NUMPAGES')
    expect(documentText(footers)).toContain('Pagina')
  })

  it('A4 with explicit text width; fonts and sizes in the styles', async () => {
    const { document, styles } = await sampleDocx()
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"')
    expect(styles).toContain('w:ascii="Arial"')
  })

  it('gives every table an explicit width, grid and cell widths in DXA that add up', async () => {
    const { document } = await sampleDocx()
    expect(expectExplicitTableWidths(document).length).toBe(2)
  })

  it('writes sanitised text: no control characters, emoji kept, long words wrappable, empty fields a dash or left out', async () => {
    const { document } = await sampleDocx()
    // eslint-disable-next-line no-control-regex
    expect(document).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/)
    expect(document).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
    const text = documentText(document)
    expect(text).toContain('Besluit met stuurtekens en een losse helft')
    expect(text).toContain('🎂')
    expect(text).toContain('👩🏽‍🍳')
    const runs = [...document.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '')
    for (const run of runs) expect(run).not.toMatch(/[^\s\u200B]{31,}/u)
    expect(text.replace(/\u200B/g, '')).toContain('a'.repeat(300))
    expect(text).toContain('–') // the empty "Wie" cell
    expect(text).not.toContain('Leeg') // empty detail rows are left out
    expect(document).toContain('<w:br/>') // newlines in user text are line breaks
  })

  it('splits widths exactly, whatever the weights', () => {
    expect(columnWidths([1, 1, 1], 100)).toEqual([34, 33, 33])
    expect(columnWidths([0, 0], 100)).toEqual([50, 50])
    expect(columnWidths([], 100)).toEqual([])
    expect(columnWidths([5, 8, 47, 13, 10, 17]).reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH_DXA)
  })
})
