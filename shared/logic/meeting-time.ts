/**
 * Meeting times: dates are `YYYY-MM-DD` and times 'HH:mm' on the wall clock in Europe/Amsterdam.
 * These helpers turn them into instants with @date-fns/tz, so 19:30 stays 19:30 across the
 * change to and from summer time (UTC+2 in summer, UTC+1 in winter).
 */
import { TZDate } from '@date-fns/tz'
import { addDaysIso } from './iso-dates'

export const MEETING_TIME_ZONE = 'Europe/Amsterdam'

/** Minutes since midnight of an 'HH:mm' time. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number]
  return h * 60 + m
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
