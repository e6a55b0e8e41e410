import { useCallback, useState } from 'react'
import type { ProjectFile } from '../../../shared/model'
import { useSessionStore } from '../app/session-store'

export type UndoNoticeTone = 'info' | 'success'

export interface UndoNoticeState {
  message: string
  tone: UndoNoticeTone
  /** The project right after the edit; the offer to undo lasts while nothing else changed. */
  after: ProjectFile
}

/**
 * Remember the edit that just happened, to say so and offer to undo it (Ctrl+Z does the same).
 * `announce` is called right after the edit.
 */
export function useUndoNotice(): {
  notice: UndoNoticeState | null
  announce: (message: string, tone?: UndoNoticeTone) => void
  dismiss: () => void
} {
  const [notice, setNotice] = useState<UndoNoticeState | null>(null)
  const announce = useCallback((message: string, tone: UndoNoticeTone = 'info') => {
    const after = useSessionStore.getState().session?.history.present
    if (after) setNotice({ message, tone, after })
  }, [])
  const dismiss = useCallback(() => setNotice(null), [])
  return { notice, announce, dismiss }
}

interface UndoNoticeProps {
  notice: UndoNoticeState | null
  onDismiss: () => void
  /** Called after undoing and dismissing, e.g. to put focus somewhere sensible. */
  onUndone?: () => void
  undoLabel: string
  dismissLabel: string
  /**
   * Replaces the default region class (`undo-notice-region`, in the flow and collapsed while
   * empty), for a notice that is placed differently.
   */
  regionClassName?: string
  testId?: string
}

/**
 * "Anouk Ummels is verwijderd. [Ongedaan maken]" — a polite status line that stays in the
 * page (so screen readers hear it) and disappears as soon as the project changes again.
 */
export function UndoNotice({ notice, onDismiss, onUndone, undoLabel, dismissLabel, regionClassName, testId }: UndoNoticeProps) {
  const present = useSessionStore((state) => state.session?.history.present ?? null)
  const undo = useSessionStore((state) => state.undo)
  const current = notice !== null && notice.after === present
  return (
    <div role="status" className={regionClassName ?? 'undo-notice-region'} data-testid={testId}>
      {current && (
        <div className={`notice notice-${notice.tone} undo-notice`}>
          <p>{notice.message}</p>
          <div className="undo-notice-actions">
            <button
              type="button"
              className="btn btn-small"
              onClick={() => {
                undo()
                onDismiss()
                onUndone?.()
              }}
            >
              {undoLabel}
            </button>
            <button type="button" className="btn btn-ghost btn-small" onClick={onDismiss}>
              {dismissLabel}
            </button>
          </div>
        </div>
      )}
    </div>
  )
}
