import { describe, expect, it } from 'vitest'
import {
  formatCountdown,
  goTo,
  itemElapsedMs,
  pause,
  projectedEndMs,
  remainingMs,
  resume,
  startClock,
  visitElapsedMs,
} from '../../../shared/logic/chairing-timer'

const T0 = Date.parse('2018-09-05T19:30:00+02:00')
const MIN = 60_000
const items = [
  { id: 'a1', durationMinutes: 15 },
  { id: 'a2', durationMinutes: 30 },
  { id: 'a3', durationMinutes: 10 },
]

/** A deterministic pseudo-random sequence, so the simulated tick jitter is the same every run. */
function jitter(seed: number) {
  let x = seed
  return () => {
    x = (x * 1103515245 + 12345) % 2 ** 31
    return x / 2 ** 31
  }
}

describe('chairing timer', () => {
  it('stays within 100 ms of the real time over 30 minutes of irregular ticks (late, skipped, bunched)', () => {
    const random = jitter(42)
    const item = { id: 'long', durationMinutes: 45 }
    const clock = startClock(T0)
    let now = T0
    let worst = 0
    while (now < T0 + 30 * MIN) {
      // Ticks between 1 ms and 3 s apart, like a timer on a busy or throttled laptop.
      now += 1 + Math.floor(random() * (random() < 0.05 ? 3000 : 300))
      const expected = 45 * MIN - (now - T0)
      worst = Math.max(worst, Math.abs(remainingMs(clock, item, now) - expected))
    }
    expect(worst).toBeLessThanOrEqual(100)
    expect(remainingMs(clock, item, T0 + 30 * MIN)).toBe(15 * MIN)
  })

  it('leaves paused time out, however long the pause', () => {
    let clock = startClock(T0)
    clock = pause(clock, T0 + 5 * MIN)
    expect(remainingMs(clock, items[0]!, T0 + 20 * MIN)).toBe(10 * MIN)
    clock = resume(clock, T0 + 20 * MIN)
    expect(remainingMs(clock, items[0]!, T0 + 22 * MIN)).toBe(8 * MIN)
    expect(visitElapsedMs(clock, T0 + 22 * MIN)).toBe(7 * MIN)
  })

  it('goes negative when an item runs over, and formats the countdown', () => {
    const clock = startClock(T0)
    const left = remainingMs(clock, items[0]!, T0 + 16 * MIN + 30_000)
    expect(left).toBe(-90_000)
    expect(formatCountdown(left)).toBe('-01:30')
    expect(formatCountdown(15 * MIN)).toBe('15:00')
    expect(formatCountdown(14 * MIN + 59_001)).toBe('15:00')
    expect(formatCountdown(61 * MIN)).toBe('1:01:00')
  })

  it('records each visit when moving on, and adds a second visit to the same item', () => {
    let clock = startClock(T0)
    const first = goTo(clock, items, 1, T0 + 17 * MIN)
    expect(first.finished).toEqual({ itemId: 'a1', startedAt: T0, endedAt: T0 + 17 * MIN, elapsedMs: 17 * MIN, totalMs: 17 * MIN })
    clock = first.clock
    expect(clock.index).toBe(1)
    const back = goTo(clock, items, 0, T0 + 20 * MIN)
    expect(back.finished?.totalMs).toBe(3 * MIN)
    clock = back.clock
    expect(itemElapsedMs(clock, items[0]!, T0 + 22 * MIN)).toBe(19 * MIN)
    const end = goTo(clock, items, null, T0 + 22 * MIN)
    expect(end.finished?.totalMs).toBe(19 * MIN)
    expect(end.clock.spentMs).toEqual({ a1: 19 * MIN, a2: 3 * MIN })
  })

  it('moving on while paused ends the visit at the pause and runs the next item', () => {
    const clock = pause(startClock(T0), T0 + 10 * MIN)
    const { clock: next, finished } = goTo(clock, items, 1, T0 + 12 * MIN)
    expect(finished?.elapsedMs).toBe(10 * MIN)
    expect(next.pausedAt).toBeNull()
    expect(remainingMs(next, items[1]!, T0 + 13 * MIN)).toBe(29 * MIN)
  })

  it('projects the end: the rest of the current item (none when over) plus the later items', () => {
    const clock = startClock(T0)
    expect(projectedEndMs(clock, items, T0 + 5 * MIN)).toBe(T0 + 55 * MIN)
    expect(projectedEndMs(clock, items, T0 + 20 * MIN)).toBe(T0 + 60 * MIN)
  })
})
