import { format, parseISO } from 'date-fns'
import { enGB, nl } from 'date-fns/locale'
import i18n from 'i18next'

const locale = () => (i18n.language === 'en' ? enGB : nl)

/** "5 september 2018" (nl) / "5 September 2018" (en); '' for null. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return ''
  return format(parseISO(iso), 'd MMMM yyyy', { locale: locale() })
}

/** "wo 5 sep 2018" */
export function formatDateShort(iso: string | null | undefined): string {
  if (!iso) return ''
  return format(parseISO(iso), 'EEEEEE d MMM yyyy', { locale: locale() }).replace(/\./g, '')
}

/** "5 sep 2018 – 31 dec 2019", or one side when the other is missing. */
export function formatPeriod(start: string | null, end: string | null): string {
  if (start && end) return `${formatDate(start)} – ${formatDate(end)}`
  return formatDate(start ?? end)
}

/** "14:05" */
export function formatTime(date: Date): string {
  return format(date, 'HH:mm', { locale: locale() })
}

/** Today as YYYY-MM-DD in the user's time zone. */
export function todayIso(): string {
  return format(new Date(), 'yyyy-MM-dd')
}
