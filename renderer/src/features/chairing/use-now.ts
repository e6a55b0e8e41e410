import { useEffect, useState } from 'react'

/** The current time (ms), refreshed every `intervalMs`. Only a trigger to re-render: times are derived from Date.now(), never counted. */
export function useNow(intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs])
  return now
}
