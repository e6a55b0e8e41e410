/** Dutch (or English) dates and times as people write them: "wo 3 okt 2018, 15:30–17:30". */
import i18n from 'i18next'

const cache = new Map<string, Intl.DateTimeFormat>()

function formatter(kind: 'short' | 'long' | 'compact'): Intl.DateTimeFormat {
  const locale = i18n.language === 'en' ? 'en-GB' : 'nl-NL'
  const key = `${locale}:${kind}`
  let found = cache.get(key)
  if (!found) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'long'
        ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
        : kind === 'short'
          ? { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
          : { day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' }
    found = new Intl.DateTimeFormat(locale, options)
    cache.set(key, found)
  }
  return found
}

const asDate = (iso: string): Date => new Date(`${iso}T12:00:00Z`)

/** Intl writes "okt." in Dutch; people write "okt". */
const tidy = (text: string): string => text.replace(/\./g, '').replace(/,(?= \d)/, '')

/** "wo 3 okt 2018" */
export const shortDate = (iso: string): string => tidy(formatter('short').format(asDate(iso)))
/** "woensdag 3 oktober 2018" */
export const longDate = (iso: string): string => formatter('long').format(asDate(iso)).replace(/,(?= \d)/, '')
/** "3 okt 18", for column headers. */
export const compactDate = (iso: string): string => tidy(formatter('compact').format(asDate(iso)))
/** "wo 3 okt 2018, 15:30–17:30" */
export const dateAndTimes = (m: { date: string; startTime: string; endTime: string }): string =>
  `${shortDate(m.date)}, ${m.startTime}–${m.endTime}`
