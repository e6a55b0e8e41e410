/** Calendar arithmetic on `YYYY-MM-DD` strings, in UTC so the computer's time zone never matters. */

const pad = (n: number): string => String(n).padStart(2, '0')

export const isoDate = (year: number, month: number, day: number): string => `${year}-${pad(month)}-${pad(day)}`

function parts(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number]
}

/** The date `days` after `date` (negative: before). */
export function addDaysIso(date: string, days: number): string {
  const [y, m, d] = parts(date)
  const shifted = new Date(Date.UTC(y, m - 1, d + days))
  return isoDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate())
}

/** Day of the week: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  const [y, m, d] = parts(date)
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay()
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from)
  const [y2, m2, d2] = parts(to)
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000)
}
