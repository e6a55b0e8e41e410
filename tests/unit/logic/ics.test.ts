import { describe, expect, it } from 'vitest'
import { Meeting } from '../../../shared/model'
import { buildIcs, escapeText, foldLine } from '../../../shared/logic/ics'

const locations = [{ id: 'l1', name: "Buurtcentrum 't Heitje", address: 'Heerlerheide, Heerlen', notes: '' }]
const meetings = [
  Meeting.parse({ id: 'm1', date: '2019-10-23', title: 'Plenaire bijeenkomst', locationId: 'l1', agenda: [{ id: 'a', title: 'Opening; check-in' }] }),
  Meeting.parse({ id: 'm2', date: '2019-11-27', title: '', status: 'cancelled' }),
]
const now = new Date('2019-10-01T08:00:00Z')

/** Unfold (RFC 5545 §3.1) and split into lines. */
const unfold = (text: string): string[] => text.replace(/\r\n[ \t]/g, '').split('\r\n')

describe('iCalendar export', () => {
  const text = buildIcs({ locations }, meetings, { now, calendarName: 'Leergemeenschap Heerlen STAND-BY!' })

  it('uses CRLF everywhere and ends with one', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('writes UTC start and end: 19:30 is 17:30Z in summer time and 18:30Z in winter time', () => {
    const lines = unfold(text)
    expect(lines.filter((l) => l.startsWith('DTSTART'))).toEqual(['DTSTART:20191023T173000Z', 'DTSTART:20191127T183000Z'])
    expect(lines.filter((l) => l.startsWith('DTEND'))).toEqual(['DTEND:20191023T193000Z', 'DTEND:20191127T203000Z'])
  })

  it('gives each meeting a stable UID, a title, the place and its status', () => {
    const lines = unfold(text)
    expect(lines).toContain('UID:m1@werkbank.leergemeenschap')
    expect(lines).toContain('SUMMARY:Plenaire bijeenkomst')
    expect(lines).toContain("LOCATION:Buurtcentrum 't Heitje\\, Heerlerheide\\, Heerlen")
    expect(lines).toContain('DESCRIPTION:Agenda:\\n- Opening\\; check-in')
    expect(lines).toContain('SUMMARY:Afgelast: Bijeenkomst')
    expect(lines.filter((l) => l.startsWith('STATUS:'))).toEqual(['STATUS:CONFIRMED', 'STATUS:CANCELLED'])
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2)
  })

  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\r\ne')).toBe('a\\\\b\\;c\\,d\\ne')
  })

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'é'.repeat(60)}`
    const folded = foldLine(line)
    const parts = folded.split('\r\n')
    expect(parts.length).toBeGreaterThan(1)
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75)
    expect(folded.replace(/\r\n /g, '')).toBe(line)
  })
})
