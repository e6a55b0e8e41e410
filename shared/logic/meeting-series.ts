/**
 * Planning meetings: the dates of a series (every N weeks from a start date), the flags a date
 * gets (public holiday, a school-holiday period the facilitator marked), past/upcoming, and
 * duplicating a meeting. A flagged date is shown, never silently moved.
 */
import type { AgendaItem, HolidayPeriod, Meeting, MeetingSeries } from '../model'
import { publicHolidayOn } from './dutch-holidays'
import { addDaysIso } from './iso-dates'

/** Upper bound on the meetings one series makes (10 years of 2-weekly meetings). */
export const MAX_SERIES_MEETINGS = 260
/** Meetings in a series that has neither a count nor an end date. */
export const DEFAULT_SERIES_COUNT = 10

/** The dates of a series, in order: `count` of them, or every one up to and including `untilDate`. */
export function seriesDates(series: Pick<MeetingSeries, 'startDate' | 'intervalWeeks' | 'count' | 'untilDate'>): string[] {
  const step = Math.max(1, Math.round(series.intervalWeeks)) * 7
  const limit = Math.min(series.count ?? (series.untilDate ? MAX_SERIES_MEETINGS : DEFAULT_SERIES_COUNT), MAX_SERIES_MEETINGS)
  const dates: string[] = []
  for (let date = series.startDate; dates.length < limit; date = addDaysIso(date, step)) {
    if (series.untilDate && date > series.untilDate) break
    dates.push(date)
  }
  return dates
}

export type DateFlag =
  | { kind: 'publicHoliday'; name: string }
  | { kind: 'schoolHoliday'; name: string; periodId: string }

/** Why a date deserves a second look. Empty when nothing is wrong. */
export function dateFlags(date: string, holidayPeriods: readonly HolidayPeriod[]): DateFlag[] {
  const flags: DateFlag[] = []
  const holiday = publicHolidayOn(date)
  if (holiday) flags.push({ kind: 'publicHoliday', name: holiday })
  for (const period of holidayPeriods) {
    if (period.startDate <= date && date <= period.endDate) {
      flags.push({ kind: 'schoolHoliday', name: period.name, periodId: period.id })
    }
  }
  return flags
}

/** The meetings of a new series, each planned and independent after creation. */
export function buildSeriesMeetings(series: MeetingSeries, newId: () => string): Meeting[] {
  return seriesDates(series).map((date) => ({
    id: newId(),
    kind: series.kind,
    title: series.title,
    seriesId: series.id,
    workGroupId: series.workGroupId,
    date,
    startTime: series.startTime,
    endTime: series.endTime,
    locationId: series.locationId,
    status: 'planned',
    notes: '',
    roles: [],
    agenda: [],
    attendance: [],
    chairing: null,
  }))
}

/** Chronological order: date, then start time, then id (stable). */
export function compareMeetings(a: Pick<Meeting, 'date' | 'startTime' | 'id'>, b: Pick<Meeting, 'date' | 'startTime' | 'id'>): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1
  if (a.startTime !== b.startTime) return a.startTime < b.startTime ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** Upcoming (today and later, soonest first) and past (most recent first). */
export function splitMeetings<M extends Pick<Meeting, 'date' | 'startTime' | 'id'>>(
  meetings: readonly M[],
  today: string,
): { upcoming: M[]; past: M[] } {
  const sorted = [...meetings].sort(compareMeetings)
  return {
    upcoming: sorted.filter((m) => m.date >= today),
    past: sorted.filter((m) => m.date < today).reverse(),
  }
}

/**
 * A copy of a meeting on another date: same kind, title, times, location and agenda (fresh ids,
 * without minutes, decisions or recorded times); no roles, attendance or chairing; not part of
 * the series (a duplicate is a meeting of its own).
 */
export function duplicateMeeting(meeting: Meeting, date: string, newId: () => string): Meeting {
  return {
    ...meeting,
    id: newId(),
    seriesId: null,
    date,
    status: 'planned',
    notes: '',
    roles: [],
    agenda: meeting.agenda.map(
      (item): AgendaItem => ({ ...item, id: newId(), notes: '', decisions: [], actualSeconds: null }),
    ),
    attendance: [],
    chairing: null,
  }
}
