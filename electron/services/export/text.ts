/**
 * Text from the project as it may go into a Word document.
 *
 * Users paste anything: control characters (XML 1.0 forbids most of them, and one of
 * them makes Word refuse the whole file), lone surrogate halves from a broken copy,
 * emoji, 300-character URLs. Every builder passes user text through these helpers, so
 * no builder has to think about it.
 */
import { TextRun, type IRunOptions } from 'docx'

/** The dash shown for an empty field in tables and lists. */
export const EMPTY = '–'

/**
 * Characters XML 1.0 does not allow: U+0000–U+0008, U+000B, U+000C, U+000E–U+001F,
 * U+FFFE, U+FFFF, and surrogate halves that are not part of a pair. Tab, newline and
 * carriage return are allowed (and handled below); emoji (proper pairs) are kept.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** A word longer than this gets invisible break opportunities, so it wraps instead of widening a table. */
const LONG_WORD = 30
const LONG_WORD_RE = new RegExp(`[^\\s]{${LONG_WORD + 1},}`, 'gu')
/** U+200B ZERO WIDTH SPACE: lets Word and LibreOffice wrap inside a word without showing anything. */
const WRAP_OPPORTUNITY = '\u200B'

/** Remove what XML forbids, normalise line ends to \n and trim the whole text. Never throws. */
export function sanitize(value: unknown): string {
  if (value === null || value === undefined) return ''
  const text = typeof value === 'string' ? value : String(value)
  return text.replace(FORBIDDEN, '').replace(/\r\n?/g, '\n').trim()
}

/** Insert wrap opportunities every LONG_WORD characters in words longer than that (by code point, so emoji stay whole). */
export function breakLongWords(text: string): string {
  return text.replace(LONG_WORD_RE, (word) => {
    const chars = Array.from(word)
    const parts: string[] = []
    for (let i = 0; i < chars.length; i += LONG_WORD) parts.push(chars.slice(i, i + LONG_WORD).join(''))
    return parts.join(WRAP_OPPORTUNITY)
  })
}

/** Clean text for one line (titles, table cells without breaks): newlines become spaces. */
export function singleLine(value: unknown): string {
  return breakLongWords(sanitize(value).replace(/\s*\n\s*/g, ' ').replace(/\t/g, ' '))
}

/** True when the text has nothing to show after cleaning. */
export const isBlank = (value: unknown): boolean => sanitize(value) === ''

/**
 * Runs for a piece of user text: cleaned, long words made wrappable, and each newline
 * a line break in the same paragraph. Empty text gives `fallback` (a dash by default;
 * pass '' to leave it out).
 */
export function textRuns(value: unknown, options: Omit<IRunOptions, 'text' | 'children' | 'break'> = {}, fallback = EMPTY): TextRun[] {
  const clean = sanitize(value)
  if (clean === '') return fallback === '' ? [] : [new TextRun({ ...options, text: fallback })]
  return breakLongWords(clean)
    .split('\n')
    .map((line, index) => new TextRun({ ...options, text: line.replace(/\t/g, ' '), ...(index > 0 ? { break: 1 } : {}) }))
}
