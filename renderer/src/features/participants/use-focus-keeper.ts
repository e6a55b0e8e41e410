/**
 * Keeps keyboard focus somewhere sensible when the table changes under it: after a row
 * disappears (removed, stopped while only active people show, filtered out) focus moves
 * to the row that took its place; after adding, to the new row.
 */
import { type RefObject, useCallback, useLayoutEffect, useRef } from 'react'
import type { Participant } from '../../../../shared/model'

interface Request {
  id: string
  index: number
  /** Focus this row's edit button even when the row is still there (a new row). */
  own: boolean
  /** A new row may arrive a render later (the list follows the project deferred). */
  tries: number
}

const editButton = (row: Element | null | undefined) => row?.querySelector<HTMLButtonElement>('[data-action="edit"]') ?? null

export function useFocusKeeper(
  tableRef: RefObject<HTMLTableElement | null>,
  visible: readonly Participant[],
  fallback: () => void,
) {
  const request = useRef<Request | null>(null)
  /** The rows as the user saw them when asking; kept in a ref so the returned function never changes. */
  const shown = useRef(visible)

  useLayoutEffect(() => {
    shown.current = visible
    const want = request.current
    if (!want) return
    request.current = null
    const table = tableRef.current
    const row = table?.querySelector(`tr[data-participant-id="${CSS.escape(want.id)}"]`)
    if (want.own && !row && want.tries > 0) {
      request.current = { ...want, tries: want.tries - 1 }
      return
    }
    if (!table) return fallback()
    if (row) {
      if (want.own) {
        row.scrollIntoView({ block: 'nearest' })
        editButton(row)?.focus()
      }
      return
    }
    const rows = table.tBodies[0]?.rows
    const next = rows && rows.length > 0 ? rows[Math.min(Math.max(want.index, 0), rows.length - 1)] : null
    const button = editButton(next)
    if (button) button.focus()
    else fallback()
  }, [visible, tableRef, fallback])

  /** After the next change of the table, focus stays near this row (or on it, with own). */
  return useCallback((id: string, own = false) => {
    request.current = { id, index: shown.current.findIndex((p) => p.id === id), own, tries: own ? 2 : 0 }
  }, [])
}
