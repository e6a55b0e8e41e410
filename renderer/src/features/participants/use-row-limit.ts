/**
 * How many rows the table renders. A table of 1,400 people takes seconds to lay out on
 * a modest laptop, so rows come in pages as you scroll; search, filters and sorting
 * always work on everyone. A new search, filter or sort starts again at the first page.
 */
import { useCallback, useState } from 'react'

export const ROWS_PER_PAGE = 150

export function useRowLimit(total: number, resetKey: string, mustShowIndex: number) {
  const [state, setState] = useState({ key: resetKey, limit: ROWS_PER_PAGE })
  if (state.key !== resetKey) setState({ key: resetKey, limit: ROWS_PER_PAGE })
  const pageLimit = state.key === resetKey ? state.limit : ROWS_PER_PAGE
  const showMore = useCallback(() => setState((s) => ({ ...s, limit: s.limit + ROWS_PER_PAGE })), [])
  return { limit: Math.min(total, Math.max(pageLimit, mustShowIndex + 1)), showMore }
}
