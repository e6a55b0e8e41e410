import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProjectFile } from '../../../../shared/model'
import { useSessionStore } from '../../app/session-store'

export type NoticeKind = 'added' | 'stopped' | 'reactivated' | 'removed'

interface Notice {
  kind: NoticeKind
  name: string
  /** The project right after the action; the offer to undo lasts while nothing else changed. */
  after: ProjectFile
}

/** Remember the action that just happened, to say so and offer to undo it. Call right after the edit. */
export function useActionNotice() {
  const [notice, setNotice] = useState<Notice | null>(null)
  const announce = useCallback((kind: NoticeKind, name: string) => {
    const after = useSessionStore.getState().session?.history.present
    if (after) setNotice({ kind, name, after })
  }, [])
  const dismiss = useCallback(() => setNotice(null), [])
  return { notice, announce, dismiss }
}

/**
 * "Anouk Ummels is verwijderd. [Ongedaan maken]" — a polite status line that stays in the
 * page (so screen readers hear it) and disappears as soon as the project changes again.
 */
export function ActionNotice({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }) {
  const { t } = useTranslation('participants')
  const present = useSessionStore((state) => state.session?.history.present ?? null)
  const undo = useSessionStore((state) => state.undo)
  const current = notice !== null && notice.after === present
  return (
    <div role="status" className="participants-notice-region" data-testid="participants-notice">
      {current && (
        <div className={notice.kind === 'removed' ? 'notice notice-info participants-notice' : 'notice notice-success participants-notice'}>
          <p>{t(`announce.${notice.kind}`, { name: notice.name })}</p>
          <div className="participants-notice-actions">
            <button
              type="button"
              className="btn btn-small"
              onClick={() => {
                undo()
                onDismiss()
              }}
            >
              {t('announce.undo')}
            </button>
            <button type="button" className="btn btn-ghost btn-small" onClick={onDismiss}>
              {t('announce.dismiss')}
            </button>
          </div>
        </div>
      )}
    </div>
  )
}
