import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProjectFile } from '../../../../shared/model'
import { useSessionStore } from '../../app/session-store'

interface Removal {
  message: string
  /** The project right after the removal; the offer to undo lasts while nothing else changed. */
  after: ProjectFile
}

/**
 * After removing a row: say so, and offer to undo it in place (Ctrl+Z does the same).
 * `announce` is called right after the removing edit.
 */
export function useRemoval(): { removal: Removal | null; announce: (message: string) => void; dismiss: () => void } {
  const [removal, setRemoval] = useState<Removal | null>(null)
  const announce = useCallback((message: string) => {
    const after = useSessionStore.getState().session?.history.present
    if (after) setRemoval({ message, after })
  }, [])
  const dismiss = useCallback(() => setRemoval(null), [])
  return { removal, announce, dismiss }
}

/** A polite status line with an undo button; the region stays in the page so screen readers hear it. */
export function RemovalNotice({ removal, onDismiss, onUndone }: { removal: Removal | null; onDismiss: () => void; onUndone: () => void }) {
  const { t } = useTranslation('profile')
  const present = useSessionStore((state) => state.session?.history.present ?? null)
  const undo = useSessionStore((state) => state.undo)
  const current = removal !== null && removal.after === present
  return (
    <div role="status" className="profile-removal-region">
      {current && (
        <div className="notice notice-info profile-removal">
          <p>{removal.message}</p>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => {
              undo()
              onDismiss()
              onUndone()
            }}
          >
            {t('undoRemoval')}
          </button>
          <button type="button" className="btn btn-ghost btn-small" onClick={onDismiss}>
            {t('dismiss')}
          </button>
        </div>
      )}
    </div>
  )
}
