import { useLayoutEffect, useRef } from 'react'

/**
 * A horizontal bar filled to `fraction` (0–1). The width is set through the CSSOM,
 * which the strict CSP allows (style attributes in markup it would block).
 */
export function Meter({ fraction, className, label }: { fraction: number; className: string; label?: string }) {
  const ref = useRef<HTMLSpanElement>(null)
  useLayoutEffect(() => {
    if (ref.current) ref.current.style.width = `${Math.round(Math.max(0, Math.min(1, fraction)) * 100)}%`
  }, [fraction])
  return (
    <span className={className} role={label ? 'img' : undefined} aria-label={label} aria-hidden={label ? undefined : true}>
      <span ref={ref} className={`${className}-fill`} />
    </span>
  )
}
