/**
 * The Werkbank house style for Word documents: one place for fonts, colours, page size,
 * heading styles and numbering, the table of contents and the footer.
 *
 * Decisions:
 * - Headings use Word's built-in styles Heading1–3 (ids `Heading1`…), so users can restyle
 *   a whole document in Word, and Word's navigation pane and TOC understand them. Their
 *   numbering (1, 1.1, 1.1.1) hangs on the styles, not on each paragraph.
 * - Font: Arial. Source Sans 3 is the app's screen font but is rarely installed where the
 *   documents are read (municipalities' Word); a missing font makes Word substitute
 *   unpredictably, while Arial is everywhere and LibreOffice maps it to the metric-compatible
 *   Liberation Sans. Emoji fall back to the system's emoji font in Word and LibreOffice.
 * - A4 with 2.5 cm margins: TEXT_WIDTH_DXA is the width tables are laid out against.
 * - The TOC field is filled in when written (docx fills it from the headings, with page numbers
 *   from the fast estimate in ./page-estimate, for every size of report), so it is readable with
 *   page numbers in LibreOffice and Google Docs; Word is asked to update the fields on opening,
 *   which makes its numbers exact.
 */
import {
  AlignmentType,
  Document,
  Footer,
  ImageRun,
  LevelFormat,
  LineRuleType,
  PageNumber,
  SectionType,
  Paragraph,
  TableOfContents,
  TextRun,
  type FileChild,
  type ISectionOptions,
} from 'docx'
import { fastPageEstimator, type EstimateStyle } from './page-estimate'
import { singleLine } from './text'

export const FONT = 'Arial'
/** The app's accent (a calm dark teal) and greys, as hex without '#'. */
export const COLORS = { accent: '1F5F6B', text: '1A1A1A', muted: '5A5F66', rule: 'B8BEC6', headerFill: 'E6EEF0', warn: '9A3412' } as const

/** Sizes in half-points (Word's unit for font size). */
export const SIZES = { body: 21, small: 18, title: 48, subtitle: 28, h1: 32, h2: 26, h3: 22 } as const

/** A4 in twentieths of a point (DXA), 2.5 cm margins. */
export const PAGE = { width: 11906, height: 16838, margin: 1418 } as const
/** The width between the margins: tables are exactly this wide. */
export const TEXT_WIDTH_DXA = PAGE.width - 2 * PAGE.margin

const HEADING_NUMBERING = 'werkbank-headings'

const headingLevel = (level: number, text: string) => ({
  level,
  format: LevelFormat.DECIMAL,
  text,
  alignment: AlignmentType.LEFT,
  // The number hangs in front of the heading text: a tab after it, no indent of the text.
  style: { paragraph: { indent: { left: 0, hanging: 0 } } },
})

const heading = (id: string, name: string, size: number, level: number, before: number) => ({
  id,
  name,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run: { font: FONT, size, bold: true, color: COLORS.accent },
  paragraph: {
    spacing: { before, after: 120 },
    keepNext: true,
    keepLines: true,
    outlineLevel: level,
    numbering: { reference: HEADING_NUMBERING, level },
  },
})

export interface HouseDocumentOptions {
  /** The document title (first page, properties, footer). */
  title: string
  /** A line under the title, e.g. the meeting's date and place. */
  subtitle?: string
  /** Extra lines under the subtitle (muted), e.g. "Leergemeenschap Heerlen STAND-BY!". */
  meta?: string[]
  /** Include a table-of-contents field after the title block. */
  tableOfContents?: boolean
  /** Number the headings 1, 1.1, 1.1.1 (default true). */
  numberedHeadings?: boolean
  children: FileChild[]
  /** Shown in the document properties. */
  creator?: string
  /**
   * A title page of its own (reports): the title block lower on the page, an optional logo above it,
   * and the table of contents (or the body) starting on the next page.
   */
  titlePage?: boolean
  /** A logo above the title (already checked: PNG or JPEG, with its size in pixels at 96 dpi). */
  logo?: { data: Uint8Array; type: 'png' | 'jpg'; width: number; height: number; name?: string }
}

function titleBlock(options: HouseDocumentOptions): Paragraph[] {
  const blocks: Paragraph[] = []
  if (options.logo) {
    const { data, type, width, height, name } = options.logo
    blocks.push(
      new Paragraph({
        spacing: { after: 480 },
        children: [new ImageRun({ type, data, transformation: { width, height }, altText: { name: 'Logo', description: singleLine(name ?? 'Logo'), title: 'Logo' } })],
      }),
    )
  }
  // On a title page the title sits about a third down the page (after the logo, if any).
  if (options.titlePage) blocks.push(new Paragraph({ spacing: { before: options.logo ? 1200 : 2800, after: 0 }, children: [] }))
  blocks.push(new Paragraph({ style: 'Title', children: [new TextRun(singleLine(options.title))] }))
  if (options.subtitle) blocks.push(new Paragraph({ style: 'Subtitle', children: [new TextRun(singleLine(options.subtitle))] }))
  const meta = (options.meta ?? []).map(singleLine).filter((line) => line !== '')
  meta.forEach((line, index) =>
    blocks.push(
      new Paragraph({
        spacing: { after: index === meta.length - 1 ? 280 : 0 },
        children: [new TextRun({ text: line, color: COLORS.muted })],
      }),
    ),
  )
  return blocks
}

function footer(title: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        border: { top: { style: 'single', size: 4, color: COLORS.rule, space: 6 } },
        tabStops: [{ type: 'right', position: TEXT_WIDTH_DXA }],
        children: [
          new TextRun({ text: singleLine(title), size: SIZES.small, color: COLORS.muted }),
          new TextRun({ children: ['\tPagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES], size: SIZES.small, color: COLORS.muted }),
        ],
      }),
    ],
  })
}

const pt = (halfPoints: number) => halfPoints / 2
/** The house paragraph styles as the page estimate needs them (sizes in points; spacing as in the styles below). */
const ESTIMATE_STYLES: Record<string, EstimateStyle> = {
  Normal: { size: pt(SIZES.body), before: 0, after: 6, line: 1.15 },
  Title: { size: pt(SIZES.title), before: 0, after: 6, line: 1, bold: true },
  Subtitle: { size: pt(SIZES.subtitle), before: 0, after: 8, line: 1.15 },
  TOCHeading: { size: pt(SIZES.h2), before: 18, after: 6, line: 1.15, bold: true },
  Heading1: { size: pt(SIZES.h1), before: 18, after: 6, line: 1.15, bold: true, keepNext: true },
  Heading2: { size: pt(SIZES.h2), before: 14, after: 6, line: 1.15, bold: true, keepNext: true },
  Heading3: { size: pt(SIZES.h3), before: 10, after: 6, line: 1.15, bold: true, keepNext: true },
  TableText: { size: pt(SIZES.small + 1), before: 1, after: 1, line: 1.05 },
  // docx's contents-list entry styles: Normal with 5 pt after.
  TOC1: { size: pt(SIZES.body), before: 0, after: 5, line: 1.15 },
  TOC2: { size: pt(SIZES.body), before: 0, after: 5, line: 1.15, indent: 10.5 },
  TOC3: { size: pt(SIZES.body), before: 0, after: 5, line: 1.15, indent: 21 },
}

const HEADING_LEVELS = { Heading1: 0, Heading2: 1, Heading3: 2 } as const
const numberedEstimator = fastPageEstimator({ styles: ESTIMATE_STYLES, numberedHeadings: HEADING_LEVELS })
const plainEstimator = fastPageEstimator({ styles: ESTIMATE_STYLES })

/** A Word document in the house style. Builders pass their body; this adds title, TOC, footer, styles. */
export function houseDocument(options: HouseDocumentOptions): Document {
  const numbered = options.numberedHeadings ?? true
  const tocBlock: FileChild[] = options.tableOfContents
    ? [
        new Paragraph({ style: 'TOCHeading', pageBreakBefore: options.titlePage === true, children: [new TextRun('Inhoud')] }),
        new TableOfContents('Inhoud', { hyperlink: true, headingStyleRange: '1-3' }),
      ]
    : []
  const properties = {
    page: {
      size: { width: PAGE.width, height: PAGE.height },
      margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, footer: 708, header: 708 },
    },
  }
  const footers = { default: footer(options.title) }
  // A title page (and the contents list after it) is a section of its own, and the body starts with
  // a new section on the next page. A page-break paragraph after the contents list left a blank page
  // whenever the list filled its last page.
  const sections: ISectionOptions[] = options.titlePage
    ? [
        { properties, footers, children: [...titleBlock(options), ...tocBlock] },
        { properties: { ...properties, type: SectionType.NEXT_PAGE }, footers, children: options.children },
      ]
    : [{ properties, footers, children: [...titleBlock(options), ...tocBlock, ...options.children] }]
  const headingStyles = [
    heading('Heading1', 'heading 1', SIZES.h1, 0, 360),
    heading('Heading2', 'heading 2', SIZES.h2, 1, 280),
    heading('Heading3', 'heading 3', SIZES.h3, 2, 200),
  ].map((style) => (numbered ? style : { ...style, paragraph: { ...style.paragraph, numbering: undefined } }))

  return new Document({
    title: singleLine(options.title),
    creator: options.creator ?? 'Werkbank',
    // Page numbers are only needed to fill the TOC (the footer's PAGE/NUMPAGES fields are computed by
    // the reader). Word is asked to update the fields on opening, which makes its numbers exact.
    ...(options.tableOfContents ? { pageNumbers: numbered ? numberedEstimator : plainEstimator, features: { updateFields: true } } : {}),
    numbering: {
      config: [
        {
          reference: HEADING_NUMBERING,
          levels: [headingLevel(0, '%1.'), headingLevel(1, '%1.%2'), headingLevel(2, '%1.%2.%3')],
        },
      ],
    },
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZES.body, color: COLORS.text },
          paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
      },
      paragraphStyles: [
        {
          id: 'Normal',
          name: 'Normal',
          quickFormat: true,
          run: { font: FONT, size: SIZES.body, color: COLORS.text },
          paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
        {
          id: 'Title',
          name: 'Title',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font: FONT, size: SIZES.title, bold: true, color: COLORS.accent },
          paragraph: { spacing: { after: 120, line: 240, lineRule: LineRuleType.AUTO } },
        },
        {
          id: 'Subtitle',
          name: 'Subtitle',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font: FONT, size: SIZES.subtitle, color: COLORS.text },
          paragraph: { spacing: { after: 160 } },
        },
        {
          id: 'TOCHeading',
          name: 'TOC Heading',
          basedOn: 'Normal',
          next: 'Normal',
          run: { font: FONT, size: SIZES.h2, bold: true, color: COLORS.accent },
          paragraph: { spacing: { before: 360, after: 120 } },
        },
        ...headingStyles,
        {
          id: 'TableText',
          name: 'Table Text',
          basedOn: 'Normal',
          run: { font: FONT, size: SIZES.small + 1 },
          paragraph: { spacing: { before: 20, after: 20, line: 252, lineRule: LineRuleType.AUTO } },
        },
      ],
    },
    sections,
  })
}
