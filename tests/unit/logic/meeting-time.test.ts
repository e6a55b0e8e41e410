import { describe, expect, it } from 'vitest'
import { amsterdamClock, amsterdamIsoAt, clockOf, minutesOf, scheduledEndNear } from '../../../shared/logic/meeting-time'

// These tests run in the computer's own time zone, whatever it is (often UTC on a build machine):
// every expectation is written as an Amsterdam instant, so none depends on it.
const at = (iso: string) => Date.parse(iso)

describe('wall-clock times', () => {
  it('converts clock times, and refuses what is not one', () => {
    expect(minutesOf('19:30')).toBe(1170)
    expect(minutesOf('7:05')).toBe(425)
    expect(clockOf(1170)).toBe('19:30')
    expect(clockOf(24 * 60 + 5)).toBe('00:05')
    expect(clockOf(-10)).toBe('23:50')
    expect(Number.isNaN(minutesOf('7.30'))).toBe(true)
    expect(Number.isNaN(minutesOf(''))).toBe(true)
  })
})

describe('Amsterdam instants', () => {
  it('writes instants with the Amsterdam offset, winter and summer', () => {
    expect(amsterdamIsoAt(at('2019-03-27T14:30:00Z'))).toBe('2019-03-27T15:30:00.000+01:00')
    expect(amsterdamIsoAt(at('2019-07-01T12:00:00.250Z'))).toBe('2019-07-01T14:00:00.250+02:00')
    expect(Date.parse(amsterdamIsoAt(at('2019-10-27T01:30:00Z')))).toBe(at('2019-10-27T01:30:00Z'))
  })

  it('reads the wall clock in Amsterdam, not on the computer', () => {
    expect(amsterdamClock(at('2019-03-27T14:30:00Z'))).toBe('15:30')
    expect(amsterdamClock(at('2019-07-01T22:15:00Z'))).toBe('00:15')
  })
})

describe('the scheduled end the chairing view compares with', () => {
  const evening = { startTime: '19:30', endTime: '21:30' }

  it('is the end time in Amsterdam on the day of the meeting, winter and summer time', () => {
    expect(scheduledEndNear(evening, at('2019-03-27T19:40:00+01:00'))).toBe(at('2019-03-27T21:30:00+01:00'))
    expect(scheduledEndNear(evening, at('2019-07-03T19:40:00+02:00'))).toBe(at('2019-07-03T21:30:00+02:00'))
    // A chair who starts a few minutes early or runs late is still judged by that evening.
    expect(scheduledEndNear(evening, at('2019-03-27T19:20:00+01:00'))).toBe(at('2019-03-27T21:30:00+01:00'))
    expect(scheduledEndNear(evening, at('2019-03-27T23:55:00+01:00'))).toBe(at('2019-03-27T21:30:00+01:00'))
  })

  it('uses the Amsterdam day, also where the UTC day is another one', () => {
    // 00:20 in Amsterdam is 23:20 UTC the day before; the meeting runs 22:00–00:30.
    const late = { startTime: '22:00', endTime: '00:30' }
    expect(scheduledEndNear(late, at('2019-03-28T00:20:00+01:00'))).toBe(at('2019-03-28T00:30:00+01:00'))
    expect(scheduledEndNear(late, at('2019-03-27T22:10:00+01:00'))).toBe(at('2019-03-28T00:30:00+01:00'))
    // An early meeting at 08:30 in summer: 06:35 UTC, the same day in both.
    expect(scheduledEndNear({ startTime: '08:30', endTime: '10:00' }, at('2019-07-03T08:35:00+02:00'))).toBe(at('2019-07-03T10:00:00+02:00'))
  })

  it('keeps the hour across the change to summer time (31 March 2019)', () => {
    expect(scheduledEndNear({ startTime: '01:00', endTime: '04:00' }, at('2019-03-31T01:10:00+01:00'))).toBe(at('2019-03-31T04:00:00+02:00'))
  })
})
