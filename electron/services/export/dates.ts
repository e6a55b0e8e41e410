/**
 * Dutch dates and times for documents: "woensdag 5 september 2018", "19:30".
 * Instants are shown in Europe/Amsterdam whatever the computer's zone, so a document
 * made abroad (or on a CI machine in UTC) says the time the meeting really starts.
 */
import { TZDate } from '@date-fns/tz'
import { format, isValid, parseISO } from 'date-fns'
import { nl } from 'date-fns/locale'

export const DOCUMENT_TIME_ZONE = 'Europe/Amsterdam'

function parseDay(iso: string | null | undefined): Date | null {
  if (!iso) return null
  const date = parseISO(iso.slice(0, 10))
  return isValid(date) ? date : null
}

function parseInstant(iso: string | null | undefined): TZDate | null {
  if (!iso) return null
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? null : new TZDate(date.getTime(), DOCUMENT_TIME_ZONE)
}

/** "woensdag 5 september 2018"; '' when missing or invalid. Takes `YYYY-MM-DD` (or an ISO instant: its calendar day in Amsterdam). */
export function dutchLongDate(iso: string | null | undefined): string {
  const day = iso && iso.length > 10 ? parseInstant(iso) : parseDay(iso)
  return day ? format(day, 'EEEE d MMMM yyyy', { locale: nl }) : ''
}

/** "5 september 2018"; '' when missing. */
export function dutchDate(iso: string | null | undefined): string {
  const day = iso && iso.length > 10 ? parseInstant(iso) : parseDay(iso)
  return day ? format(day, 'd MMMM yyyy', { locale: nl }) : ''
}

/** "5-9-2018" for narrow table cells (deadlines); '' when missing. */
export function dutchShortDate(iso: string | null | undefined): string {
  const day = iso && iso.length > 10 ? parseInstant(iso) : parseDay(iso)
  return day ? format(day, 'd-M-yyyy', { locale: nl }) : ''
}

/** "19:30" in Amsterdam time for an ISO instant; '' when missing. */
export function dutchTime(iso: string | null | undefined): string {
  const instant = parseInstant(iso)
  return instant ? format(instant, 'HH:mm') : ''
}

/** "19:30–21:30", or one side. */
export function dutchTimeRange(start: string | null | undefined, end: string | null | undefined): string {
  const from = dutchTime(start)
  const to = dutchTime(end)
  return from && to ? `${from}–${to}` : from || to
}

/** "1 uur 30 min", "45 min", "0 min". */
export function dutchDuration(minutes: number): string {
  const total = Math.max(0, Math.round(minutes))
  const hours = Math.floor(total / 60)
  const rest = total % 60
  if (hours === 0) return `${rest} min`
  return rest === 0 ? `${hours} uur` : `${hours} uur ${rest} min`
}
