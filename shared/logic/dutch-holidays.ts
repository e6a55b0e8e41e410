/**
 * Dutch public holidays (feestdagen) for a year, computed: the fixed days and the ones that hang
 * on Easter (Goede Vrijdag, Pasen, Hemelvaart, Pinksteren). Used to flag a planned meeting that
 * falls on such a day; the app never moves a meeting by itself.
 */
import { addDaysIso, isoDate as iso, weekdayOf } from './iso-dates'

export interface PublicHoliday {
  /** `YYYY-MM-DD` */
  date: string
  /** Dutch name, e.g. "Tweede Paasdag". */
  name: string
}

/** Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return iso(year, month, day)
}

/** King's Day: 27 April (26 when the 27th is a Sunday); before 2014 Queen's Day on 30 April (29 when Sunday). */
function kingsDay(year: number): PublicHoliday {
  if (year < 2014) {
    const date = iso(year, 4, 30)
    return { date: weekdayOf(date) === 0 ? iso(year, 4, 29) : date, name: 'Koninginnedag' }
  }
  const date = iso(year, 4, 27)
  return { date: weekdayOf(date) === 0 ? iso(year, 4, 26) : date, name: 'Koningsdag' }
}

/** The public holidays of a year in date order. Bevrijdingsdag is listed every year (many organisations close). */
export function dutchPublicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year)
  const list: PublicHoliday[] = [
    { date: iso(year, 1, 1), name: 'Nieuwjaarsdag' },
    { date: addDaysIso(easter, -2), name: 'Goede Vrijdag' },
    { date: easter, name: 'Eerste Paasdag' },
    { date: addDaysIso(easter, 1), name: 'Tweede Paasdag' },
    kingsDay(year),
    { date: iso(year, 5, 5), name: 'Bevrijdingsdag' },
    { date: addDaysIso(easter, 39), name: 'Hemelvaartsdag' },
    { date: addDaysIso(easter, 49), name: 'Eerste Pinksterdag' },
    { date: addDaysIso(easter, 50), name: 'Tweede Pinksterdag' },
    { date: iso(year, 12, 25), name: 'Eerste Kerstdag' },
    { date: iso(year, 12, 26), name: 'Tweede Kerstdag' },
  ]
  return list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))
}

const cache = new Map<number, Map<string, string>>()

/** The name of the public holiday on `date`, or null. */
export function publicHolidayOn(date: string): string | null {
  const year = Number(date.slice(0, 4))
  let byDate = cache.get(year)
  if (!byDate) {
    byDate = new Map(dutchPublicHolidays(year).map((h) => [h.date, h.name]))
    cache.set(year, byDate)
  }
  return byDate.get(date) ?? null
}
