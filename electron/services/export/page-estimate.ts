/**
 * A fast page estimate for the table of contents of the Word reports.
 *
 * docx/layout lays a document out as Word does, but takes seconds for a report of twenty pages,
 * so long reports used to get a contents list without page numbers in LibreOffice and Google
 * Docs (which show the numbers written in the file). This estimator walks the formatted body
 * once: paragraphs are wrapped word by word with average Arial character widths, table rows
 * take the height of their tallest cell, headings keep with the next block, rows do not split,
 * header rows repeat, and page breaks start a new page. It is close (a heading may land one
 * page off in a rare case) and costs milliseconds; Word refreshes the numbers when the file is
 * opened (the reports ask it to update their fields), LibreOffice and Google Docs show these.
 *
 * It follows only what the house style uses: Arial, the house paragraph styles, explicit run
 * sizes, indents, spacing, line breaks, page breaks, images and fixed-width tables.
 */
import type { BookmarkListNumber, EstimatedPageNumbers, PageNumberEstimator } from 'docx'

/** A paragraph style as the estimator needs it: sizes in points. */
export interface EstimateStyle {
  /** Font size in points. */
  size: number
  /** Space before and after, in points. */
  before: number
  after: number
  /** Line spacing as a multiple of single spacing (Word's `line` / 240 for auto spacing). */
  line: number
  bold?: boolean
  keepNext?: boolean
  /** Left indent of the style, in points. */
  indent?: number
}

export interface EstimateOptions {
  /** Styles by id; `Normal` is used for paragraphs without a style (and for unknown ones). */
  styles: Readonly<Record<string, EstimateStyle>>
  /**
   * Heading styles numbered through their style (1., 1.1, 1.1.1), by style id → level (0–2), so the
   * contents list can start each entry with its number, as Word does. Leave out for unnumbered headings.
   */
  numberedHeadings?: Readonly<Record<string, number>>
}

type Xml = Readonly<Record<string, unknown>>

/** The child elements of an element's value, as [tag, value] pairs (attributes and text left out). */
function children(value: unknown): Array<[string, unknown]> {
  if (!Array.isArray(value)) return []
  const out: Array<[string, unknown]> = []
  for (const child of value) {
    if (typeof child !== 'object' || child === null) continue
    for (const [tag, inner] of Object.entries(child as Xml)) if (tag !== '_attr') out.push([tag, inner])
  }
  return out
}

function attr(value: unknown, name: string): unknown {
  const holder = Array.isArray(value) ? value.find((c): c is Xml => typeof c === 'object' && c !== null && '_attr' in c) : value
  if (typeof holder !== 'object' || holder === null) return undefined
  const attrs = (holder as Xml)._attr
  return typeof attrs === 'object' && attrs !== null ? (attrs as Xml)[name] : undefined
}

const num = (value: unknown): number | null => {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN
  return Number.isFinite(n) ? n : null
}

const child = (value: unknown, tag: string): unknown => children(value).find(([t]) => t === tag)?.[1]
const has = (value: unknown, tag: string): boolean => children(value).some(([t]) => t === tag)

/** Average advance widths of Arial (em) by kind of character; good to a few percent on Dutch text. */
function widthOf(ch: string): number {
  if (ch === ' ') return 0.278
  if ('iljtfrI.,;:!\'’‘|()[]'.includes(ch)) return 0.27
  if ('mwMW'.includes(ch)) return 0.83
  if (/[A-Z]/.test(ch)) return 0.68
  if (/[0-9]/.test(ch)) return 0.556
  if (ch === '\u200B' || ch === '\u00AD') return 0
  if (/\p{Extended_Pictographic}/u.test(ch)) return 1
  return 0.53
}

/** Widths are looked up per character many thousands of times a report: remembered after the first. */
const widths = new Map<string, number>()
function charWidth(ch: string): number {
  let width = widths.get(ch)
  if (width === undefined) {
    width = widthOf(ch)
    if (widths.size < 4096) widths.set(ch, width)
  }
  return width
}

interface Line {
  height: number
}

interface Run {
  text: string
  size: number
  bold: boolean
}

interface TabStop {
  /** Points from the start of the line. */
  at: number
  right: boolean
}

/** Word-wrap runs into lines of `width` points ('\n' is a line break, tabs go to the stops); the font size of each line. */
function wrap(runs: readonly Run[], width: number, stops: readonly TabStop[] = []): number[] {
  // Each line's tallest font size.
  const lines: number[] = []
  let x = 0
  let lineSize = 0
  let pending = 0 // width of the word being built
  let pendingSize = 0
  const flushWord = () => {
    if (pending === 0) return
    if (x > 0 && x + pending > width) {
      lines.push(lineSize)
      x = 0
      lineSize = 0
    }
    // A word wider than the line wraps over several lines.
    while (pending > width) {
      lines.push(Math.max(lineSize, pendingSize))
      pending -= width
      lineSize = 0
    }
    x += pending
    lineSize = Math.max(lineSize, pendingSize)
    pending = 0
    pendingSize = 0
  }
  for (const run of runs) {
    const factor = run.size * (run.bold ? 1.06 : 1)
    for (const ch of run.text) {
      if (ch === '\n') {
        flushWord()
        lines.push(Math.max(lineSize, run.size))
        x = 0
        lineSize = 0
        continue
      }
      if (ch === ' ' || ch === '\t' || ch === '\u200B') {
        flushWord()
        if (ch === '\t') {
          const stop = stops.find((t) => t.at > x + 1)
          // A right tab (the page number of a contents entry) leaves room for the text after it.
          x = stop ? (stop.right ? Math.max(x + 6, stop.at - 2.5 * run.size) : stop.at) : x + Math.max(18, 36 - (x % 36))
        } else x += charWidth(ch) * factor
        lineSize = Math.max(lineSize, run.size)
        continue
      }
      pending += charWidth(ch) * factor
      pendingSize = Math.max(pendingSize, run.size)
    }
  }
  flushWord()
  if (x > 0 || lineSize > 0 || lines.length === 0) lines.push(lineSize || runs[0]?.size || 0)
  return lines
}

/** A single line of Arial (Liberation Sans) as LibreOffice lays it out: 1.15 em (measured). */
const SINGLE = 1.15

interface Block {
  kind: 'paragraph'
  lines: Line[]
  before: number
  after: number
  keepNext: boolean
  pageBreakBefore: boolean
  /** A hard page break inside the paragraph (before its remaining lines). */
  breakAt: number | null
  /** The paragraph ends a section that the next starts on a new page. */
  pageBreakAfter: boolean
  bookmarks: string[]
}

interface Row {
  height: number
  header: boolean
  bookmarks: string[]
}

interface TableBlock {
  kind: 'table'
  rows: Row[]
}

const DXA = 20 // twentieths of a point

function styleOf(options: EstimateOptions, id: unknown): EstimateStyle {
  const styles = options.styles
  return (typeof id === 'string' ? styles[id] : undefined) ?? styles.Normal ?? { size: 11, before: 0, after: 8, line: 1.15 }
}

function bookmarksIn(value: unknown, into: string[]): void {
  for (const [tag, inner] of children(value)) {
    if (tag === 'w:bookmarkStart') {
      const name = attr(inner, 'w:name')
      if (typeof name === 'string') into.push(name)
    } else if (tag === 'w:hyperlink' || tag === 'w:ins' || tag === 'w:smartTag' || tag === 'w:sdt' || tag === 'w:sdtContent') bookmarksIn(inner, into)
  }
}

/** The runs of a paragraph (text, breaks, tabs, images as tall "characters"). */
function paragraphRuns(value: unknown, style: EstimateStyle, images: number[]): { runs: Run[]; pageBreak: number | null } {
  const runs: Run[] = []
  let pageBreak: number | null = null
  const visit = (node: unknown) => {
    for (const [tag, inner] of children(node)) {
      if (tag === 'w:r') {
        const rPr = child(inner, 'w:rPr')
        const sz = num(attr(child(rPr, 'w:sz'), 'w:val'))
        const size = sz !== null ? sz / 2 : style.size
        const bold = has(rPr, 'w:b') || (style.bold ?? false)
        for (const [runTag, part] of children(inner)) {
          if (runTag === 'w:t') {
            const text = Array.isArray(part) ? part.filter((p): p is string => typeof p === 'string').join('') : ''
            runs.push({ text, size, bold })
          } else if (runTag === 'w:tab') runs.push({ text: '\t', size, bold })
          else if (runTag === 'w:br') {
            if (attr(part, 'w:type') === 'page') pageBreak = runs.length
            else runs.push({ text: '\n', size, bold })
          } else if (runTag === 'w:drawing') images.push(drawingHeight(part))
        }
      } else if (tag === 'w:hyperlink' || tag === 'w:ins' || tag === 'w:smartTag') visit(inner)
    }
  }
  visit(value)
  return { runs, pageBreak }
}

/** The height of an inline image in points (wp:extent cy is in EMU: 12700 to a point). */
function drawingHeight(value: unknown): number {
  let found = 0
  const visit = (node: unknown) => {
    for (const [tag, inner] of children(node)) {
      if (tag === 'wp:extent') found = Math.max(found, (num(attr(inner, 'cy')) ?? 0) / 12700)
      else visit(inner)
    }
  }
  visit(value)
  return found
}

function paragraphBlock(value: unknown, width: number, options: EstimateOptions): Block {
  const pPr = child(value, 'w:pPr')
  const style = styleOf(options, attr(child(pPr, 'w:pStyle'), 'w:val'))
  const spacing = child(pPr, 'w:spacing')
  const before = num(attr(spacing, 'w:before'))
  const after = num(attr(spacing, 'w:after'))
  const line = num(attr(spacing, 'w:line'))
  const ind = child(pPr, 'w:ind')
  const left = ind === undefined ? (style.indent ?? 0) : (num(attr(ind, 'w:left')) ?? num(attr(ind, 'w:start')) ?? 0) / DXA
  const indent = left + (num(attr(ind, 'w:right')) ?? num(attr(ind, 'w:end')) ?? 0) / DXA
  const stops = children(child(pPr, 'w:tabs'))
    .map(([, tab]) => ({ at: (num(attr(tab, 'w:pos')) ?? 0) / DXA - left, right: attr(tab, 'w:val') === 'right' }))
    .filter((t) => t.at > 0)
    .sort((a, b) => a.at - b.at)
  const images: number[] = []
  const { runs, pageBreak } = paragraphRuns(value, style, images)
  const multiple = line !== null ? line / 240 : style.line
  const textRuns = pageBreak === null ? runs : runs.slice(pageBreak)
  const lines: Line[] = wrap(textRuns, Math.max(36, width - indent), stops).map((size) => ({ height: (size || style.size) * SINGLE * multiple }))
  for (const height of images) lines.unshift({ height })
  const bookmarks: string[] = []
  bookmarksIn(value, bookmarks)
  return {
    kind: 'paragraph',
    lines,
    before: before !== null ? before / DXA : style.before,
    after: after !== null ? after / DXA : style.after,
    keepNext: has(pPr, 'w:keepNext') || (style.keepNext ?? false),
    pageBreakBefore: has(pPr, 'w:pageBreakBefore'),
    breakAt: pageBreak === null ? null : 0,
    pageBreakAfter: has(pPr, 'w:sectPr'),
    bookmarks,
  }
}

function blockHeight(block: Block): number {
  return block.before + block.lines.reduce((sum, l) => sum + l.height, 0) + block.after
}

function tableBlock(value: unknown, options: EstimateOptions): TableBlock {
  const grid = children(child(value, 'w:tblGrid')).filter(([t]) => t === 'w:gridCol').map(([, g]) => (num(attr(g, 'w:w')) ?? 0) / DXA)
  const tblPr = child(value, 'w:tblPr')
  const mar = child(tblPr, 'w:tblCellMar')
  const tableMargin = (side: string) => (num(attr(child(mar, side), 'w:w')) ?? (side === 'w:left' || side === 'w:right' ? 108 : 0)) / DXA
  const rows: Row[] = []
  for (const [tag, tr] of children(value)) {
    if (tag !== 'w:tr') continue
    const trPr = child(tr, 'w:trPr')
    let column = 0
    let height = 0
    const bookmarks: string[] = []
    for (const [cellTag, tc] of children(tr)) {
      if (cellTag !== 'w:tc') continue
      const tcPr = child(tc, 'w:tcPr')
      const span = num(attr(child(tcPr, 'w:gridSpan'), 'w:val')) ?? 1
      const tcW = num(attr(child(tcPr, 'w:tcW'), 'w:w'))
      const cellWidth = tcW !== null ? tcW / DXA : grid.slice(column, column + span).reduce((a, b) => a + b, 0)
      column += span
      const tcMar = child(tcPr, 'w:tcMar')
      const margin = (side: string) => {
        const own = num(attr(child(tcMar, side), 'w:w'))
        return own !== null ? own / DXA : tableMargin(side)
      }
      let cell = margin('w:top') + margin('w:bottom')
      const inner = cellWidth - margin('w:left') - margin('w:right')
      for (const [blockTag, p] of children(tc)) {
        if (blockTag !== 'w:p') continue
        const block = paragraphBlock(p, inner, options)
        cell += blockHeight(block)
        bookmarks.push(...block.bookmarks)
      }
      height = Math.max(height, cell)
    }
    rows.push({ height, header: has(trPr, 'w:tblHeader'), bookmarks })
  }
  return { kind: 'table', rows }
}

function blocksOf(body: unknown, width: number, options: EstimateOptions): Array<Block | TableBlock> {
  const blocks: Array<Block | TableBlock> = []
  for (const [tag, value] of children(body)) {
    if (tag === 'w:p') blocks.push(paragraphBlock(value, width, options))
    else if (tag === 'w:tbl') blocks.push(tableBlock(value, options))
    else if (tag === 'w:sdt') blocks.push(...blocksOf(child(value, 'w:sdtContent'), width, options))
  }
  return blocks
}

/** Lay the blocks on pages of `height` points; the page (from 1) each bookmark starts on, and the page count. */
export function layOutBlocks(blocks: ReadonlyArray<Block | TableBlock>, height: number): { bookmarks: Map<string, number>; pages: number } {
  const bookmarks = new Map<string, number>()
  let page = 1
  let y = 0
  const newPage = () => {
    page++
    y = 0
  }
  const note = (names: readonly string[]) => names.forEach((name) => bookmarks.has(name) || bookmarks.set(name, page))
  blocks.forEach((block, index) => {
    if (block.kind === 'table') {
      const header = block.rows.filter((r) => r.header).reduce((sum, r) => sum + r.height, 0)
      for (const row of block.rows) {
        if (y > 0 && y + row.height > height) {
          newPage()
          if (!row.header) y += header
        }
        note(row.bookmarks)
        y += row.height
      }
      return
    }
    if ((block.pageBreakBefore || block.breakAt !== null) && y > 0) newPage()
    const before = y === 0 ? 0 : block.before
    // Widow and orphan control: a paragraph starts with at least two of its lines on a page.
    const opening = (b: Block) => b.lines.slice(0, 2).reduce((sum, l) => sum + l.height, 0)
    // Keep with next: this paragraph and the start of what follows on one page.
    let needed = before + (block.keepNext ? blockHeight(block) - block.before : opening(block))
    if (block.keepNext) {
      const next = blocks[index + 1]
      if (next) needed += next.kind === 'table' ? (next.rows[0]?.height ?? 0) + (next.rows[1]?.height ?? 0) : next.before + opening(next)
    }
    if (y > 0 && y + needed > height) newPage()
    y += y === 0 ? 0 : block.before
    note(block.bookmarks)
    block.lines.forEach((line, at) => {
      const left = block.lines.length - at
      // Never one last line alone at the top of the next page: take two lines over.
      const widow = left === 2 && block.lines.length > 2 && y + line.height <= height && y + line.height + (block.lines[at + 1]?.height ?? 0) > height
      if (y > 0 && (y + line.height > height || widow)) newPage()
      y += line.height
    })
    y += block.after
    if (block.pageBreakAfter && index < blocks.length - 1) newPage()
  })
  return { bookmarks, pages: page }
}

const NUMBER_ROOM = [420, 560, 760]

/** The numbers of the bookmarked headings ("2.", "2.3"), counted through the body as Word numbers them. */
export function headingNumbers(body: unknown, levels: Readonly<Record<string, number>>): Map<string, BookmarkListNumber> {
  const found = new Map<string, BookmarkListNumber>()
  const counters: number[] = []
  const visit = (node: unknown) => {
    for (const [tag, value] of children(node)) {
      if (tag === 'w:sdt') {
        visit(child(value, 'w:sdtContent'))
        continue
      }
      if (tag !== 'w:p') continue
      const style = attr(child(child(value, 'w:pPr'), 'w:pStyle'), 'w:val')
      const level = typeof style === 'string' ? levels[style] : undefined
      if (level === undefined) continue
      counters.length = level + 1
      for (let i = 0; i < level; i++) counters[i] ??= 1
      counters[level] = (counters[level] ?? 0) + 1
      const text = level === 0 ? `${counters[0]}.` : counters.slice(0, level + 1).join('.')
      const names: string[] = []
      bookmarksIn(value, names)
      // The room for the number in the entry (in twips), the same for every entry of a level, so
      // the titles of a level line up ("2.6.10" included) whatever the number's own width.
      for (const name of names) found.set(name, { text, separator: 'tab', width: NUMBER_ROOM[level] ?? 900 })
    }
  }
  visit((body as Xml)['w:body'])
  return found
}

/** A docx PageNumberEstimator with the house style's paragraph styles. */
export function fastPageEstimator(options: EstimateOptions): PageNumberEstimator {
  const estimate = (body: unknown): EstimatedPageNumbers => {
    const root = (body as Xml)['w:body']
    const sectPr = child(root, 'w:sectPr')
    const pgSz = child(sectPr, 'w:pgSz')
    const pgMar = child(sectPr, 'w:pgMar')
    const m = (side: string) => (num(attr(pgMar, side)) ?? 1440) / DXA
    const width = (num(attr(pgSz, 'w:w')) ?? 11906) / DXA - m('w:left') - m('w:right')
    const height = (num(attr(pgSz, 'w:h')) ?? 16838) / DXA - m('w:top') - m('w:bottom')
    const { bookmarks, pages } = layOutBlocks(blocksOf(root, width, options), height)
    return {
      bookmarks: new Map([...bookmarks].map(([name, page]) => [name, String(page)])),
      bookmarkPageNumbers: bookmarks,
      pageCount: pages,
    }
  }
  const levels = options.numberedHeadings
  return levels ? Object.assign(estimate, { listNumbers: (body: unknown) => headingNumbers(body, levels) }) : estimate
}
