import { expect } from 'vitest'
import { TEXT_WIDTH_DXA } from '../../../../electron/services/export/house-style'

/**
 * Every table in the document XML has an explicit width, a fixed layout, a grid that adds up to the
 * text width, and first-row cell widths equal to the grid (LibreOffice and Google Docs squash tables
 * without them). Returns the tables found.
 */
export function expectExplicitTableWidths(documentXml: string): string[] {
  const tables = [...documentXml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((m) => m[0])
  for (const table of tables) {
    expect(table).toContain(`<w:tblW w:type="dxa" w:w="${TEXT_WIDTH_DXA}"/>`)
    expect(table).toContain('<w:tblLayout w:type="fixed"/>')
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))
    expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH_DXA)
    const firstRow = /<w:tr>.*?<\/w:tr>/s.exec(table)?.[0] ?? ''
    expect([...firstRow.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))).toEqual(grid)
  }
  return tables
}
