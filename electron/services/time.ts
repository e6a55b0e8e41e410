/** Times are stored as ISO strings with the offset of Europe/Amsterdam, e.g. 2018-09-05T19:30:00+02:00. */
export const TIME_ZONE = 'Europe/Amsterdam'

const pad = (value: number, width = 2): string => String(Math.trunc(Math.abs(value))).padStart(width, '0')

function offsetMinutes(date: Date, timeZone: string): number {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    }).formatToParts(date)
    const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value)
    const wallClockAsUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'))
    const whole = Math.floor(date.getTime() / 1000) * 1000
    return Math.round((wallClockAsUtc - whole) / 60_000)
  } catch {
    // No time-zone data (a stripped-down ICU): use the machine's own offset.
    return -date.getTimezoneOffset()
  }
}

/** `date` as local time in `timeZone` with its offset, to the second. */
export function isoWithOffset(date: Date, timeZone = TIME_ZONE): string {
  const offset = offsetMinutes(date, timeZone)
  const local = new Date(Math.floor(date.getTime() / 1000) * 1000 + offset * 60_000)
  const sign = offset < 0 ? '-' : '+'
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  )
}
