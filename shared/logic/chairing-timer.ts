/**
 * The live chairing view's clock, as pure functions of `now` (ms since epoch): how long the
 * current item has run, how much of its planned time is left, when the meeting will end at this
 * pace, and when the countdown next shows a new second. Time is always derived from timestamps,
 * never from counting ticks, so a late or skipped timer tick (a busy laptop, a sleeping tab)
 * cannot make the countdown drift. The clock itself is read from the chairing record in the
 * project (shared/logic/chairing-record.ts).
 */

export interface ChairingClock {
  /** Index of the current agenda item. */
  index: number
  /** When the current visit of the current item began; null while paused (no visit open). */
  visitStartedAt: number | null
  /** Time spent on each item in earlier, finished visits, by item id. */
  spentMs: Readonly<Record<string, number>>
}

export interface TimedItem {
  id: string
  durationMinutes: number
}

export const isPaused = (clock: ChairingClock): boolean => clock.visitStartedAt === null

/** Time on the current item in this visit (nothing while paused). */
export function visitElapsedMs(clock: ChairingClock, now: number): number {
  return clock.visitStartedAt === null ? 0 : Math.max(0, now - clock.visitStartedAt)
}

/** All time spent on the current item (earlier visits plus this one). */
export function itemElapsedMs(clock: ChairingClock, item: TimedItem, now: number): number {
  return (clock.spentMs[item.id] ?? 0) + visitElapsedMs(clock, now)
}

/** Planned time left on the current item; negative once it runs over. */
export function remainingMs(clock: ChairingClock, item: TimedItem, now: number): number {
  return item.durationMinutes * 60_000 - itemElapsedMs(clock, item, now)
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

/**
 * The instant from which the countdown's whole seconds count: the item's planned duration is
 * whole seconds, so the countdown shows a new value exactly when a whole number of seconds has
 * passed since this instant. Null while paused: the countdown stands still.
 */
export function countdownAnchorMs(clock: ChairingClock, item: TimedItem): number | null {
  return clock.visitStartedAt === null ? null : clock.visitStartedAt - (clock.spentMs[item.id] ?? 0)
}

/** The wall clock's own seconds ("now 15:30" and the projected end change on them). */
export const WALL_CLOCK_ANCHOR = 0

/**
 * How long to wait (whole ms, 1–1000) before the view next renders: until the next whole second
 * after any of the anchors, so each change of the display is shown as soon as the timer fires,
 * not up to a second later as with a free-running one-second interval. Computed afresh at every
 * tick, so a timer that fires late or early never makes the next one later.
 */
export function nextTickDelayMs(anchors: readonly (number | null)[], now: number): number {
  let delay = 1000
  for (const anchor of anchors) {
    if (anchor === null) continue
    const into = (((now - anchor) % 1000) + 1000) % 1000
    delay = Math.min(delay, 1000 - into)
  }
  return Math.max(1, Math.ceil(delay))
}
