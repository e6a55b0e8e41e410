/** Geometry of the phase timeline: the time span shown and where a date falls on it. */

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

/** A scale from dates to x between left and right. */
export function dateScale(span: Span, left: number, right: number): (iso: string) => number {
  const a = dayNumber(span.from)
  const b = dayNumber(span.to)
  return (iso) => left + ((dayNumber(iso) - a) / Math.max(1, b - a)) * (right - left)
}

/** The first day of each month inside the span (axis ticks), with every `step`-th labelled. */
export function monthTicks(span: Span): Array<{ date: string; month: number }> {
  const ticks: Array<{ date: string; month: number }> = []
  let year = Number(span.from.slice(0, 4))
  let month = Number(span.from.slice(5, 7))
  for (;;) {
    month += 1
    if (month > 12) {
      month = 1
      year += 1
    }
    const date = `${year}-${String(month).padStart(2, '0')}-01`
    if (date > span.to) break
    ticks.push({ date, month })
  }
  return ticks
}
