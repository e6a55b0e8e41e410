/**
 * Tables with explicit widths. LibreOffice and Google Docs lay a table out from its grid
 * and squash it to nothing when widths are missing, so every table here gets the table
 * width, the grid (column widths) and each cell's width, all in DXA, always summing to
 * exactly the text width (or the width asked for).
 */
import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from 'docx'
import { COLORS, TEXT_WIDTH_DXA } from './house-style'
import { EMPTY, textRuns } from './text'

export interface Column {
  header: string
  /** Relative width: columns share the table width in proportion to their weights. */
  weight: number
  /** Right-align the column (numbers, times). */
  alignRight?: boolean
}

/** A cell: user text (cleaned, newlines become breaks, empty gives a dash) or text with run options. */
export type Cell = string | number | null | undefined | { text: string; bold?: boolean; color?: string; italics?: boolean }

/** Split `total` DXA over the weights; the rounding rest goes to the widest column, so the sum is exact. */
export function columnWidths(weights: readonly number[], total = TEXT_WIDTH_DXA): number[] {
  const sum = weights.reduce((a, b) => a + Math.max(0, b), 0)
  if (weights.length === 0) return []
  const widths = weights.map((w) => (sum > 0 ? Math.floor((Math.max(0, w) / sum) * total) : Math.floor(total / weights.length)))
  const rest = total - widths.reduce((a, b) => a + b, 0)
  const widest = widths.indexOf(Math.max(...widths))
  widths[widest] = (widths[widest] ?? 0) + rest
  return widths
}

const border = { style: BorderStyle.SINGLE, size: 4, color: COLORS.rule }
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border }
const cellMargins = { top: 60, bottom: 60, left: 100, right: 100 }

function cellParagraph(cell: Cell, alignRight: boolean, run: Omit<IRunOptions, 'text'>): Paragraph {
  const value = typeof cell === 'object' && cell !== null ? cell : { text: cell === null || cell === undefined ? '' : String(cell) }
  const runOptions = {
    ...run,
    ...('bold' in value && value.bold ? { bold: true } : {}),
    ...('italics' in value && value.italics ? { italics: true } : {}),
    ...('color' in value && value.color ? { color: value.color } : {}),
  }
  return new Paragraph({
    style: 'TableText',
    ...(alignRight ? { alignment: 'right' as const } : {}),
    children: textRuns(value.text, runOptions, EMPTY),
  })
}

export interface DataTableOptions {
  columns: readonly Column[]
  rows: readonly (readonly Cell[])[]
  /** Total width in DXA; the text width by default. */
  width?: number
}

/** A table with a repeated, shaded header row and fixed column widths. */
export function dataTable({ columns, rows, width = TEXT_WIDTH_DXA }: DataTableOptions): Table {
  const widths = columnWidths(
    columns.map((c) => c.weight),
    width,
  )
  const cell = (content: Cell, index: number, header: boolean) =>
    new TableCell({
      width: { size: widths[index] ?? 0, type: WidthType.DXA },
      margins: cellMargins,
      verticalAlign: VerticalAlign.TOP,
      ...(header ? { shading: { fill: COLORS.headerFill, type: 'clear' as const, color: 'auto' } } : {}),
      children: [cellParagraph(content, columns[index]?.alignRight ?? false, header ? { bold: true } : {})],
    })
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((column, index) => cell({ text: column.header, bold: true }, index, true)),
  })
  const bodyRows = rows.map(
    (row) => new TableRow({ cantSplit: true, children: columns.map((_, index) => cell(row[index], index, false)) }),
  )
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
    rows: [headerRow, ...bodyRows],
  })
}

/** A two-column label/value table without header, for a block of details ("Datum", "Locatie"…). Empty values are left out. */
export function detailsTable(pairs: readonly (readonly [label: string, value: string | null | undefined])[], width = TEXT_WIDTH_DXA): Table | null {
  const kept = pairs.filter(([, value]) => value !== null && value !== undefined && value.trim() !== '')
  if (kept.length === 0) return null
  const widths = columnWidths([1, 3], width)
  // The last row keeps the text after the block at a paragraph's distance (a table has no space after).
  const last = (index: number) => (index === kept.length - 1 ? { spacing: { before: 20, after: 160 } } : {})
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' }
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: kept.map(
      ([label, value], index) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: widths[0] ?? 0, type: WidthType.DXA },
              margins: { top: 20, bottom: 20, left: 0, right: 100 },
              children: [new Paragraph({ style: 'TableText', ...last(index), children: [new TextRun({ text: label, bold: true, color: COLORS.muted })] })],
            }),
            new TableCell({
              width: { size: widths[1] ?? 0, type: WidthType.DXA },
              margins: { top: 20, bottom: 20, left: 100, right: 0 },
              children: [new Paragraph({ style: 'TableText', ...last(index), children: textRuns(value) })],
            }),
          ],
        }),
    ),
  })
}
