import { describe, expect, it } from 'vitest'
import { EMPTY, breakLongWords, isBlank, sanitize, singleLine, textRuns } from '../../../../electron/services/export/text'

describe('export text sanitiser', () => {
  it('removes every character XML 1.0 forbids and keeps tab and newline', () => {
    const forbidden = [...Array.from({ length: 9 }, (_, i) => i), 0x0b, 0x0c, ...Array.from({ length: 18 }, (_, i) => 0x0e + i)]
    const input = `a${forbidden.map((c) => String.fromCharCode(c)).join('')}b\tc\nd\uFFFE\uFFFFe`
    expect(sanitize(input)).toBe('ab\tc\nde')
  })

  it('removes lone surrogate halves but keeps emoji (proper pairs) and Dutch characters', () => {
    expect(sanitize('x\uD800y\uDC00z')).toBe('xyz')
    expect(sanitize('Oriëntatie – café ☕ 👩🏽‍🍳 ĳ')).toBe('Oriëntatie – café ☕ 👩🏽‍🍳 ĳ')
  })

  it('normalises CRLF and CR to LF and trims', () => {
    expect(sanitize('  een\r\ntwee\rdrie  ')).toBe('een\ntwee\ndrie')
  })

  it('treats null, undefined and white space as empty', () => {
    expect(sanitize(null)).toBe('')
    expect(sanitize(undefined)).toBe('')
    expect(isBlank(' \n\t ')).toBe(true)
    expect(isBlank('\u0001')).toBe(true)
  })

  it('breaks words longer than 30 characters with zero-width spaces, by code point', () => {
    const word = 'a'.repeat(300)
    const broken = breakLongWords(`kort ${word}`)
    expect(broken.replace(/\u200B/g, '')).toBe(`kort ${word}`)
    expect(broken.split('\u200B')).toHaveLength(10)
    // 31 emoji: the break never splits a surrogate pair
    const emoji = '😀'.repeat(31)
    expect(breakLongWords(emoji)).toBe(`${'😀'.repeat(30)}\u200B😀`)
  })

  it('makes one line of multi-line text for titles', () => {
    expect(singleLine('Een\n  twee\tdrie')).toBe('Een twee drie')
  })

  it('gives a dash run for empty text, or nothing when asked', () => {
    expect(textRuns('')).toHaveLength(1)
    expect(JSON.stringify(textRuns(''))).toContain(EMPTY)
    expect(textRuns('', {}, '')).toHaveLength(0)
    expect(textRuns('a\nb\nc')).toHaveLength(3)
  })
})
