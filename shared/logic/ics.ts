/**
 * The meeting schedule as an iCalendar file (RFC 5545) that Outlook and Google Calendar import:
 * one VEVENT per meeting with start and end in UTC (computed from the Amsterdam wall clock, so
 * summer and winter time are right), CRLF line ends, lines folded at 75 octets, text escaped.
 * Only what a calendar needs goes in: title, place, agenda titles. No names of participants.
 */
import type { Location, Meeting, ProjectFile } from '../model'
import { meetingInstants } from './meeting-time'

const CRLF = '\r\n'

/** Escape a TEXT value: backslash, semicolon, comma, newline (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n')
}

/** UTF-8 length of a string (shared/ has no TextEncoder). */
function octets(text: string): number {
  let n = 0
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
  }
  return n
}

/** Fold a content line into lines of at most 75 octets, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  if (octets(line) <= 75) return line
  const parts: string[] = []
  let current = ''
  let size = 0
  for (const char of line) {
    const width = octets(char)
    // The first line may hold 75 octets; continuation lines start with a space, so 74 more.
    const max = parts.length === 0 ? 75 : 74
    if (size + width > max) {
      parts.push(current)
      current = ''
      size = 0
    }
    current += char
    size += width
  }
  parts.push(current)
  return parts.join(`${CRLF} `)
}

/** 20181003T173000Z */
export function utcStamp(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
}

export interface IcsOptions {
  /** DTSTAMP of every event: when the file was made. */
  now: Date
  /** Calendar name shown by some apps, e.g. the community's name. */
  calendarName: string
  /** Defaults to "Bijeenkomst" for meetings without a title. */
  untitled?: string
  /** Prefix for cancelled meetings (they are exported with STATUS:CANCELLED). */
  cancelledPrefix?: string
}

function locationText(location: Location | undefined): string | null {
  if (!location) return null
  const address = location.address.replace(/\s*\n\s*/g, ', ').trim()
  return address ? `${location.name}, ${address}` : location.name
}

function description(meeting: Meeting): string | null {
  const items = meeting.agenda.map((item) => `- ${item.title}`).filter((line) => line.length > 2)
  return items.length > 0 ? `Agenda:\n${items.join('\n')}` : null
}

/** One VEVENT, as unfolded content lines. */
function eventLines(meeting: Meeting, locations: ReadonlyMap<string, Location>, options: IcsOptions): string[] {
  const { start, end } = meetingInstants(meeting)
  const cancelled = meeting.status === 'cancelled'
  const title = meeting.title.trim() || options.untitled || 'Bijeenkomst'
  const lines = [
    'BEGIN:VEVENT',
    `UID:${meeting.id}@werkbank.leergemeenschap`,
    `DTSTAMP:${utcStamp(options.now)}`,
    `DTSTART:${utcStamp(start)}`,
    `DTEND:${utcStamp(end)}`,
    `SUMMARY:${escapeText(cancelled ? `${options.cancelledPrefix ?? 'Afgelast: '}${title}` : title)}`,
  ]
  const place = locationText(meeting.locationId ? locations.get(meeting.locationId) : undefined)
  if (place) lines.push(`LOCATION:${escapeText(place)}`)
  const text = description(meeting)
  if (text) lines.push(`DESCRIPTION:${escapeText(text)}`)
  lines.push(`STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT')
  return lines
}

/** The .ics text for the given meetings (in the order given). */
export function buildIcs(
  project: Pick<ProjectFile, 'locations'>,
  meetings: readonly Meeting[],
  options: IcsOptions,
): string {
  const locations = new Map(project.locations.map((l) => [l.id, l]))
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Werkbank//Leergemeenschap//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
    'X-WR-TIMEZONE:Europe/Amsterdam',
    ...meetings.flatMap((meeting) => eventLines(meeting, locations, options)),
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join(CRLF) + CRLF
}
