/** Paragraph-level building blocks in the house style; all user text goes through ./text. */
import { HeadingLevel, Paragraph, TextRun } from 'docx'
import { COLORS } from './house-style'
import { isBlank, singleLine, textRuns } from './text'

const LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const

/** A heading in Word's built-in style Heading1–3 (numbered by the style). Empty titles show "(zonder titel)". */
export function heading(text: unknown, level: 1 | 2 | 3 = 1): Paragraph {
  const clean = singleLine(text)
  return new Paragraph({ heading: LEVELS[level], children: [new TextRun(clean === '' ? '(zonder titel)' : clean)] })
}

/** A body paragraph of user text; newlines become line breaks. Null when the text is empty (leave it out). */
export function paragraph(text: unknown): Paragraph | null {
  if (isBlank(text)) return null
  return new Paragraph({ children: textRuns(text, {}, '') })
}

/** "Label: value" on one paragraph, with the label bold; null when the value is empty. */
export function labelled(label: string, value: unknown): Paragraph | null {
  if (isBlank(value)) return null
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), ...textRuns(value, {}, '')] })
}

/** A muted line of (user) text, e.g. the kind and owner under an item heading; null when empty. */
export function muted(text: unknown): Paragraph | null {
  if (isBlank(text)) return null
  return new Paragraph({ children: textRuns(text, { color: COLORS.muted }, '') })
}

/** A muted note, e.g. "Geen besluiten genomen." */
export function note(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, italics: true, color: COLORS.muted })] })
}

/** A bulleted line (a simple en-dash bullet with hanging indent, no numbering definition needed). */
export function bullet(text: unknown): Paragraph | null {
  if (isBlank(text)) return null
  return new Paragraph({
    indent: { left: 360, hanging: 240 },
    spacing: { after: 60 },
    children: [new TextRun('•\t'), ...textRuns(text, {}, '')],
    tabStops: [{ type: 'left', position: 360 }],
  })
}

/** Drop the nulls (left-out empty blocks) from a list of blocks. */
export const present = <T>(blocks: readonly (T | null | undefined | false)[]): T[] =>
  blocks.filter((block): block is T => block !== null && block !== undefined && block !== false)

/** A small bold run-in label on its own line, kept with what follows ("Besluiten", "Acties"). */
export function label(text: string): Paragraph {
  return new Paragraph({ keepNext: true, spacing: { before: 120, after: 40 }, children: [new TextRun({ text, bold: true })] })
}
