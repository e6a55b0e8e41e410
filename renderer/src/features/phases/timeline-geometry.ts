/**
 * Geometry of the phase timeline: the time span shown, where a date falls on it, the month ticks
 * of the axis, and per lane (group) the phase bands, observation dots, reflection marks and
 * meeting ticks. Pure functions; PhaseTimeline only draws what they return.
 */
import type { PhasePeriod } from '../../../../shared/logic/group-phases'

const DAY = 86_400_000
export const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY

export interface Span {
  from: string
  to: string
}

/** The span to show: the community's period widened to include every date recorded; null without any date. */
export function timelineSpan(period: { start: string | null; end: string | null }, dates: readonly string[]): Span | null {
  const all = [...dates, ...(period.start ? [period.start] : []), ...(period.end ? [period.end] : [])].sort()
  if (all.length === 0) return null
  let from = all[0]!
  let to = all[all.length - 1]!
  if (from === to) to = isoPlusDays(from, 30)
  // A little air at the ends so dots on the first and last date are not cut off.
  from = isoPlusDays(from, -7)
  to = isoPlusDays(to, 7)
  return { from, to }
}

export function isoPlusDays(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * DAY).toISOString().slice(0, 10)
}

export type Scale = (iso: string) => number

/** A scale from dates to x between left and right. */
export function dateScale(span: Span, left: number, right: number): Scale {
  const a = dayNumber(span.from)
  const b = dayNumber(span.to)
  return (iso) => left + ((dayNumber(iso) - a) / Math.max(1, b - a)) * (right - left)
}

export interface MonthTick {
  /** The first day of the month. */
  date: string
  /** 1–12. */
  month: number
  /** Carries a label under the axis (every month on a short span, else every quarter or half year). */
  labelled: boolean
  /** The label shows the year: on January and on the first label. */
  withYear: boolean
}

/** The first day of each month inside the span (grid lines), with a readable subset labelled. */
export function monthTicks(span: Span): MonthTick[] {
  const dates: Array<{ date: string; month: number }> = []
  let year = Number(span.from.slice(0, 4))
  let month = Number(span.from.slice(5, 7))
  for (;;) {
    const date = `${year}-${String(month).padStart(2, '0')}-01`
    if (date > span.to) break
    if (date >= span.from) dates.push({ date, month })
    month += 1
    if (month > 12) {
      month = 1
      year += 1
    }
  }
  const step = dates.length <= 8 ? 1 : dates.length <= 30 ? 3 : 6
  let first = true
  return dates.map(({ date, month: m }) => {
    const labelled = (m - 1) % step === 0
    const withYear = labelled && (m === 1 || first)
    if (labelled) first = false
    return { date, month: m, labelled, withYear }
  })
}

export interface Band {
  phase: PhasePeriod['phase']
  from: string
  x: number
  width: number
  /** Wide enough to carry the phase number. */
  numbered: boolean
  /** Where the phase number sits (near the start of a long band, centred in a short one). */
  labelX: number
}

const MIN_BAND = 2
const NUMBER_MIN_WIDTH = 22

/** The coloured bands of a group's phase periods; a period that still lasts runs to the end of the span. */
export function phaseBands(periods: readonly PhasePeriod[], span: Span, x: Scale): Band[] {
  return periods.map((period) => {
    const x1 = x(period.from)
    const width = Math.max(MIN_BAND, x(period.to ?? span.to) - x1)
    return { phase: period.phase, from: period.from, x: x1, width, numbered: width >= NUMBER_MIN_WIDTH, labelX: x1 + Math.min(width / 2, 14) }
  })
}

export interface Mark {
  id: string
  date: string
  x: number
}

/** Dots, diamonds or ticks on their dates. */
export const marksAt = (items: ReadonlyArray<{ id: string; date: string }>, x: Scale): Mark[] => items.map(({ id, date }) => ({ id, date, x: x(date) }))

export interface LaneInput {
  periods: readonly PhasePeriod[]
  observations: ReadonlyArray<{ id: string; date: string }>
  reflections: ReadonlyArray<{ id: string; date: string }>
  meetings: ReadonlyArray<{ id: string; date: string }>
}

export interface LaneLayout {
  bands: Band[]
  observations: Mark[]
  reflections: Mark[]
  meetings: Mark[]
}

export interface TimelineLayout {
  span: Span
  ticks: MonthTick[]
  x: Scale
  lanes: LaneLayout[]
}

/**
 * The whole picture between left and right: one lane per group, in the order given. Null while
 * no group has an observation (meetings alone make no timeline of phases).
 */
export function timelineLayout(
  lanes: readonly LaneInput[],
  period: { start: string | null; end: string | null },
  left: number,
  right: number,
): TimelineLayout | null {
  if (!lanes.some((lane) => lane.observations.length > 0)) return null
  const dates = lanes.flatMap((lane) => [...lane.observations, ...lane.reflections, ...lane.meetings].map((item) => item.date))
  const span = timelineSpan(period, dates)
  if (!span) return null
  const x = dateScale(span, left, right)
  return {
    span,
    ticks: monthTicks(span),
    x,
    lanes: lanes.map((lane) => ({
      bands: phaseBands(lane.periods, span, x),
      observations: marksAt(lane.observations, x),
      reflections: marksAt(lane.reflections, x),
      meetings: marksAt(lane.meetings, x),
    })),
  }
}
