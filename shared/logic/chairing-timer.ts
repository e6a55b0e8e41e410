/**
 * The live chairing view's clock, as pure functions of `now` (ms since epoch): which item is
 * current, how long it has run, how much of its planned time is left, pauses, moving on, and
 * when the meeting will end at this pace. Time is always derived from timestamps, never from
 * counting ticks, so a late or skipped timer tick (a busy laptop, a sleeping tab) cannot make
 * the countdown drift.
 */

export interface ChairingClock {
  /** Index of the current agenda item. */
  index: number
  /** When the current visit of the current item began. */
  visitStartedAt: number
  /** When the clock was paused, or null while running. */
  pausedAt: number | null
  /** Time paused within the current visit (finished pauses). */
  pausedMs: number
  /** Time spent on each item in earlier visits (going back to an item adds to it), by item id. */
  spentMs: Readonly<Record<string, number>>
}

export interface TimedItem {
  id: string
  durationMinutes: number
}

/** A finished visit of an item: what the chairing record and the item's actual time are made of. */
export interface FinishedVisit {
  itemId: string
  startedAt: number
  endedAt: number
  /** Time on the item in this visit, without pauses. */
  elapsedMs: number
  /** All time spent on the item so far, this visit included. */
  totalMs: number
}

export function startClock(now: number, index = 0, spentMs: Readonly<Record<string, number>> = {}): ChairingClock {
  return { index, visitStartedAt: now, pausedAt: null, pausedMs: 0, spentMs }
}

/** Time on the current item in this visit, without pauses. */
export function visitElapsedMs(clock: ChairingClock, now: number): number {
  const until = clock.pausedAt ?? now
  return Math.max(0, until - clock.visitStartedAt - clock.pausedMs)
}

/** All time spent on the current item (earlier visits plus this one). */
export function itemElapsedMs(clock: ChairingClock, item: TimedItem, now: number): number {
  return (clock.spentMs[item.id] ?? 0) + visitElapsedMs(clock, now)
}

/** Planned time left on the current item; negative once it runs over. */
export function remainingMs(clock: ChairingClock, item: TimedItem, now: number): number {
  return item.durationMinutes * 60_000 - itemElapsedMs(clock, item, now)
}

export const isPaused = (clock: ChairingClock): boolean => clock.pausedAt !== null

export function pause(clock: ChairingClock, now: number): ChairingClock {
  return clock.pausedAt === null ? { ...clock, pausedAt: now } : clock
}

export function resume(clock: ChairingClock, now: number): ChairingClock {
  if (clock.pausedAt === null) return clock
  return { ...clock, pausedAt: null, pausedMs: clock.pausedMs + Math.max(0, now - clock.pausedAt) }
}

export const togglePause = (clock: ChairingClock, now: number): ChairingClock => (isPaused(clock) ? resume(clock, now) : pause(clock, now))

/**
 * Move to item `index`: the current visit ends (its time is added to the item) and a new visit
 * starts, running even if the clock was paused. Null `index` (past the end) only finishes the visit.
 */
export function goTo(
  clock: ChairingClock,
  items: readonly TimedItem[],
  index: number | null,
  now: number,
): { clock: ChairingClock; finished: FinishedVisit | null } {
  const current = items[clock.index]
  let spentMs = clock.spentMs
  let finished: FinishedVisit | null = null
  if (current) {
    const elapsedMs = visitElapsedMs(clock, now)
    const totalMs = (spentMs[current.id] ?? 0) + elapsedMs
    spentMs = { ...spentMs, [current.id]: totalMs }
    finished = { itemId: current.id, startedAt: clock.visitStartedAt, endedAt: clock.pausedAt ?? now, elapsedMs, totalMs }
  }
  const target = index === null ? clock.index : Math.max(0, Math.min(index, items.length - 1))
  return { clock: startClock(now, target, spentMs), finished }
}

/**
 * When the meeting ends at this pace: now, plus what is left of the current item (nothing if it
 * already runs over), plus the planned time of every later item.
 */
export function projectedEndMs(clock: ChairingClock, items: readonly TimedItem[], now: number): number {
  const current = items[clock.index]
  const left = current ? Math.max(0, remainingMs(clock, current, now)) : 0
  const later = items.slice(clock.index + 1).reduce((sum, item) => sum + item.durationMinutes * 60_000, 0)
  return now + left + later
}

/** "12:05", "-01:30" (over time), "1:02:03" past an hour; rounds towards the countdown's next second. */
export function formatCountdown(ms: number): string {
  const negative = ms < 0
  const total = negative ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const body = h > 0 ? `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}` : `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`
  return negative ? `-${body}` : body
}
