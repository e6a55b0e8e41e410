/**
 * Meeting times: dates are `YYYY-MM-DD` and times 'HH:mm' on the wall clock in Europe/Amsterdam.
 * These helpers turn them into instants with @date-fns/tz, so 19:30 stays 19:30 across the
 * change to and from summer time (UTC+2 in summer, UTC+1 in winter).
 */
import { TZDate, tzOffset } from '@date-fns/tz'
import { addDaysIso } from './iso-dates'

export const MEETING_TIME_ZONE = 'Europe/Amsterdam'

/** Minutes since midnight of an 'HH:mm' (or 'H:mm') time; NaN for anything that is not a time. */
export function minutesOf(time: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time)
  if (!match) return Number.NaN
  return Number(match[1]) * 60 + Number(match[2])
}

/** 'HH:mm' of minutes since midnight (wraps past midnight). */
export function clockOf(minutes: number): string {
  const wrapped = ((Math.round(minutes) % 1440) + 1440) % 1440
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`
}

/** The instant of a wall-clock time on a date in Amsterdam. */
export function amsterdamInstant(date: string, time: string): TZDate {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number]
  const [h, mi] = time.split(':').map(Number) as [number, number]
  return new TZDate(y, mo - 1, d, h, mi, MEETING_TIME_ZONE)
}

/** ISO string with the Amsterdam offset, e.g. 2018-09-05T19:30:00+02:00. */
export function amsterdamIso(date: string, time: string): string {
  return amsterdamInstant(date, time).toISOString().replace('.000', '')
}

/** Start and end instants of a meeting; an end before the start is taken to be after midnight. */
export function meetingInstants(meeting: { date: string; startTime: string; endTime: string }): { start: Date; end: Date } {
  const start = amsterdamInstant(meeting.date, meeting.startTime)
  let end = amsterdamInstant(meeting.date, meeting.endTime)
  if (end.getTime() <= start.getTime()) end = amsterdamInstant(addDaysIso(meeting.date, 1), meeting.endTime)
  return { start: new Date(start.getTime()), end: new Date(end.getTime()) }
}

/**
 * An instant as an ISO string with the Amsterdam offset, as the model stores instants:
 * "2019-03-27T15:30:00.000+01:00". Built from the offset alone (no Date subclass), so it is the
 * same under any Date implementation, a test's controlled clock included.
 */
export function amsterdamIsoAt(ms: number): string {
  const offset = tzOffset(MEETING_TIME_ZONE, new Date(ms))
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 23)
  const sign = offset < 0 ? '-' : '+'
  const abs = Math.abs(offset)
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}

/** The wall-clock time 'HH:mm' in Amsterdam of an instant, whatever the computer's own time zone. */
export function amsterdamClock(ms: number): string {
  return amsterdamIsoAt(ms).slice(11, 16)
}

/**
 * The scheduled end (ms) of the occurrence of a meeting's times nearest to `atMs`: its end time on
 * the Amsterdam day whose start time lies closest to `atMs` (the day before, that day or the
 * next), the next day when it runs past midnight. The chairing view compares its projected end
 * with this, so the meeting is judged by its own wall-clock times in Amsterdam, whatever the
 * computer's time zone, also when it is chaired past midnight or on another day than planned.
 */
export function scheduledEndNear(meeting: { startTime: string; endTime: string }, atMs: number): number {
  const day = amsterdamToday(new Date(atMs))
  const on = (date: string) => meetingInstants({ date, startTime: meeting.startTime, endTime: meeting.endTime })
  const distance = (occurrence: { start: Date }) => Math.abs(occurrence.start.getTime() - atMs)
  let best = on(day)
  for (const other of [on(addDaysIso(day, -1)), on(addDaysIso(day, 1))]) if (distance(other) < distance(best)) best = other
  return best.end.getTime()
}

/** Today's date in Amsterdam as `YYYY-MM-DD`. */
export function amsterdamToday(now: Date): string {
  const local = new TZDate(now.getTime(), MEETING_TIME_ZONE)
  return `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`
}

/** Scheduled length in minutes (end before start: past midnight). */
export function scheduledMinutes(meeting: { startTime: string; endTime: string }): number {
  const diff = minutesOf(meeting.endTime) - minutesOf(meeting.startTime)
  return diff > 0 ? diff : diff + 1440
}
