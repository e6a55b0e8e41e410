/**
 * Stopping, reactivating and removing someone, from a row or from the panel. Each is one
 * undoable edit followed by a short notice with "Ongedaan maken"; removing asks first.
 */
import { useCallback, useState } from 'react'
import { currentParticipant, type ParticipantEdits } from './participant-edits'

/** What just happened, for the notice that says so (texts `announce.<kind>`). */
export type NoticeKind = 'added' | 'stopped' | 'reactivated' | 'removed'

interface Removal {
  id: string
  name: string
  /** The button that asked; focus goes back to it when the question is cancelled. */
  opener: HTMLElement
}

interface RowActionsOptions {
  edits: ParticipantEdits
  announce: (kind: NoticeKind, name: string) => void
  /** Keep focus near this row if the next render takes it away. */
  keepFocus: (id: string) => void
  /** Called just before someone is removed (the panel closes if it shows them). */
  beforeRemove: (id: string) => void
}

const nameOf = (id: string) => currentParticipant(id)?.name ?? ''

export function useRowActions({ edits, announce, keepFocus, beforeRemove }: RowActionsOptions) {
  const [removal, setRemoval] = useState<Removal | null>(null)

  const stop = useCallback(
    (id: string) => {
      edits.stop(id)
      announce('stopped', nameOf(id))
    },
    [edits, announce],
  )
  const reactivate = useCallback(
    (id: string) => {
      edits.reactivate(id)
      announce('reactivated', nameOf(id))
    },
    [edits, announce],
  )
  // From a row: when the row disappears (only active people shown), focus moves to its neighbour.
  const stopRow = useCallback(
    (id: string) => {
      keepFocus(id)
      stop(id)
    },
    [keepFocus, stop],
  )
  const reactivateRow = useCallback(
    (id: string) => {
      keepFocus(id)
      reactivate(id)
    },
    [keepFocus, reactivate],
  )
  const askRemove = useCallback((id: string, opener: HTMLElement) => setRemoval({ id, name: nameOf(id), opener }), [])

  const confirmRemove = () => {
    if (!removal) return
    keepFocus(removal.id)
    beforeRemove(removal.id)
    edits.remove(removal.id)
    announce('removed', removal.name)
    setRemoval(null)
  }
  const cancelRemove = () => {
    const opener = removal?.opener
    setRemoval(null)
    requestAnimationFrame(() => opener?.isConnected && opener.focus())
  }

  return { stop, reactivate, stopRow, reactivateRow, askRemove, removal, confirmRemove, cancelRemove }
}
