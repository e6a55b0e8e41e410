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
 *   estimated by docx/layout), so it is readable in LibreOffice and Google Docs without
 *   "update fields"; Word updates it as usual.
 */
import {
  AlignmentType,
  Document,
  Footer,
  ImageRun,
  LevelFormat,
  LineRuleType,
  PageBreak,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
  type FileChild,
  type ISectionOptions,
} from 'docx'
import { estimatePageNumbers } from 'docx/layout'
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
  /** Work out page numbers for the TOC when writing (default true; costs some time on very long documents). */
  estimatePages?: boolean
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

/** A Word document in the house style. Builders pass their body; this adds title, TOC, footer, styles. */
export function houseDocument(options: HouseDocumentOptions): Document {
  const numbered = options.numberedHeadings ?? true
  const tocBlock: FileChild[] = options.tableOfContents
    ? [
        new Paragraph({ style: 'TOCHeading', pageBreakBefore: options.titlePage === true, children: [new TextRun('Inhoud')] }),
        new TableOfContents('Inhoud', { hyperlink: true, headingStyleRange: '1-3' }),
      ]
    : []
  const section: ISectionOptions = {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, footer: 708, header: 708 },
      },
    },
    footers: { default: footer(options.title) },
    children: [
      ...titleBlock(options),
      ...tocBlock,
      // Without a TOC, a title page still ends with a page break.
      ...(options.titlePage && !options.tableOfContents ? [new Paragraph({ children: [new PageBreak()] })] : []),
      ...options.children,
    ],
  }
  const headingStyles = [
    heading('Heading1', 'heading 1', SIZES.h1, 0, 360),
    heading('Heading2', 'heading 2', SIZES.h2, 1, 280),
    heading('Heading3', 'heading 3', SIZES.h3, 2, 200),
  ].map((style) => (numbered ? style : { ...style, paragraph: { ...style.paragraph, numbering: undefined } }))

  return new Document({
    title: singleLine(options.title),
    creator: options.creator ?? 'Werkbank',
    // Page numbers are only needed to fill the TOC; the footer's PAGE/NUMPAGES fields are computed by the reader.
    ...(options.tableOfContents && options.estimatePages !== false ? { pageNumbers: estimatePageNumbers } : {}),
    // Without estimated page numbers the contents list has headings only: Word then offers to update
    // the fields on opening, which fills in the page numbers.
    ...(options.tableOfContents && options.estimatePages === false ? { features: { updateFields: true } } : {}),
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
    sections: [section],
  })
}
