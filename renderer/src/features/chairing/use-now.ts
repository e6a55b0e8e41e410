import { useEffect, useState } from 'react'
import { WALL_CLOCK_ANCHOR, nextTickDelayMs } from '../../../../shared/logic/chairing-timer'

/**
 * The current time (ms) for the chairing view, refreshed right after each whole second of the
 * countdown (counted from `countdownAnchor`, null while paused) and of the wall clock (see
 * nextTickDelayMs), and at once when the anchor changes (another item, a pause, an undo). Only a
 * trigger to re-render: times are derived from Date.now(), never counted.
 */
export function useNow(countdownAnchor: number | null): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>
    const tick = () => {
      const at = Date.now()
      setNow(at)
      timer = setTimeout(tick, nextTickDelayMs([countdownAnchor, WALL_CLOCK_ANCHOR], at))
    }
    timer = setTimeout(tick, 0)
    return () => clearTimeout(timer)
  }, [countdownAnchor])
  return now
}
