/**
 * Session-wide undo/redo over immutable project snapshots. Immer shares structure
 * between snapshots, so keeping a few hundred costs little. Consecutive edits with
 * the same merge key (typing in one field) within a short pause become one step.
 */
export interface History<T> {
  past: T[]
  present: T
  future: T[]
  lastMerge: { key: string; at: number } | null
}

export const HISTORY_LIMIT = 500
export const MERGE_WINDOW_MS = 1500

export const startHistory = <T>(present: T): History<T> => ({ past: [], present, future: [], lastMerge: null })

export function record<T>(history: History<T>, next: T, mergeKey: string | undefined, now: number): History<T> {
  if (next === history.present) return history
  const merging =
    mergeKey !== undefined &&
    history.lastMerge !== null &&
    history.lastMerge.key === mergeKey &&
    now - history.lastMerge.at < MERGE_WINDOW_MS &&
    history.future.length === 0
  const past = merging ? history.past : [...history.past, history.present].slice(-HISTORY_LIMIT)
  return { past, present: next, future: [], lastMerge: mergeKey === undefined ? null : { key: mergeKey, at: now } }
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1)
  if (previous === undefined) return history
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future], lastMerge: null }
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future
  if (next === undefined) return history
  return { past: [...history.past, history.present], present: next, future: rest, lastMerge: null }
}
