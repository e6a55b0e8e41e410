import { type RefObject, useCallback, useEffect, useRef, useState } from 'react'

/**
 * Focus an element after the next render: after removing a row the element to focus
 * may be replaced (a list becomes an empty state), so focusing at once would miss it.
 */
export function useFocusRequest<T extends HTMLElement>(): [RefObject<T | null>, () => void] {
  const ref = useRef<T>(null)
  const [request, setRequest] = useState(0)
  useEffect(() => {
    if (request > 0) ref.current?.focus()
  }, [request])
  const requestFocus = useCallback(() => setRequest((count) => count + 1), [])
  return [ref, requestFocus]
}
