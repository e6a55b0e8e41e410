import { describe, expect, it } from 'vitest'
import { actualVersusPlanned, agendaTiming } from '../../../shared/logic/agenda-timing'

const items = (...durations: number[]) => durations.map((durationMinutes, i) => ({ id: `a${i + 1}`, durationMinutes }))

describe('agenda timing', () => {
  it('computes start times from the meeting start (the standard plenary agenda, 15+10+25+40+15+10+5 = 120 min, in a meeting of 135 min)', () => {
    const timing = agendaTiming('19:30', '21:45', items(15, 10, 25, 40, 15, 10, 5))
    expect(timing.items.map((i) => i.startTime)).toEqual(['19:30', '19:45', '19:55', '20:20', '21:00', '21:15', '21:25'])
    expect(timing.items.at(-1)?.endTime).toBe('21:30')
    expect(timing.totalMinutes).toBe(120)
    expect(timing.plannedEnd).toBe('21:30')
    expect(timing.availableMinutes).toBe(135)
    expect(timing.differenceMinutes).toBe(-15)
    expect(timing.overrun).toBe(false)
    expect(timing.items.some((i) => i.pastScheduledEnd)).toBe(false)
  })

  it('flags an overrun and the items that end after the scheduled end', () => {
    const timing = agendaTiming('19:30', '21:30', items(60, 45, 30))
    expect(timing.plannedEnd).toBe('21:45')
    expect(timing.overrun).toBe(true)
    expect(timing.differenceMinutes).toBe(15)
    expect(timing.items.map((i) => i.pastScheduledEnd)).toEqual([false, false, true])
  })

  it('ending exactly on time is not an overrun', () => {
    const timing = agendaTiming('14:00', '16:00', items(60, 60))
    expect(timing.overrun).toBe(false)
    expect(timing.differenceMinutes).toBe(0)
    expect(timing.items[1]?.pastScheduledEnd).toBe(false)
  })

  it('keeps zero-duration items in place, sharing their start with the next item', () => {
    const timing = agendaTiming('09:00', '10:00', items(0, 30, 0))
    expect(timing.items.map((i) => [i.startTime, i.endTime])).toEqual([
      ['09:00', '09:00'],
      ['09:00', '09:30'],
      ['09:30', '09:30'],
    ])
  })

  it('handles an empty agenda and bad input without throwing', () => {
    const empty = agendaTiming('19:30', '21:30', [])
    expect(empty.plannedEnd).toBe('19:30')
    expect(empty.overrun).toBe(false)
    const odd = agendaTiming('x', 'y', [{ id: 'a', durationMinutes: Number.NaN }, { id: 'b', durationMinutes: -5 }])
    expect(odd.totalMinutes).toBe(0)
  })

  it('compares actual with planned time in seconds', () => {
    expect(actualVersusPlanned({ durationMinutes: 15, actualSeconds: 17 * 60 })).toBe(120)
    expect(actualVersusPlanned({ durationMinutes: 15, actualSeconds: 14 * 60 + 30 })).toBe(-30)
    expect(actualVersusPlanned({ durationMinutes: 15, actualSeconds: null })).toBeNull()
  })
})
