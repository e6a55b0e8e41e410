/** Numbers and places as the facilitator reads them, in the UI language: "3,75", "2e" (nl) or "3.75", "2nd" (en). */
import i18n from 'i18next'

const formatters = new Map<string, Intl.NumberFormat>()

/** A number with a fixed number of decimals in the UI language: 3,75 (nl) / 3.75 (en). */
export function formatNumber(value: number, decimals: number): string {
  const locale = i18n.language === 'en' ? 'en-GB' : 'nl-NL'
  const key = `${locale}:${decimals}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    formatters.set(key, formatter)
  }
  return formatter.format(value)
}

const englishSuffix = (n: number) => {
  const tens = n % 100
  if (tens >= 11 && tens <= 13) return 'th'
  return n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th'
}

/** A place: "2e" (nl), "2nd" (en). */
export function ordinal(n: number): string {
  return i18n.language === 'en' ? `${n}${englishSuffix(n)}` : `${n}e`
}
