import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Backup } from '../../../shared/api'
import { call } from '../bridge/client'
import { formatDate, formatTime } from '../i18n/dates'
import { Dialog } from '../ui/Dialog'
import { ErrorNotice, type ShownError } from '../ui/ErrorNotice'
import { useAppStore } from './app-store'
import { useSessionStore } from './session-store'

const when = (iso: string) => `${formatDate(iso.slice(0, 10))}, ${formatTime(new Date(iso))}`

/** The rolling backups of the open project; restoring one is itself undoable by restoring again. */
export function BackupsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const path = useSessionStore((state) => state.session?.path)
  const [backups, setBackups] = useState<Backup[] | null>(null)
  const [error, setError] = useState<ShownError | null>(null)

  useEffect(() => {
    if (!open || !path) return
    let live = true
    void call('backups.list', { path }).then((result) => {
      if (!live) return
      if (result.ok) setBackups(result.value)
      else setError(result.error)
    })
    return () => {
      live = false
      setBackups(null)
      setError(null)
    }
  }, [open, path])

  const restore = async (backup: Backup) => {
    const session = useSessionStore.getState().session
    if (!session) return
    const result = await call('backups.restore', { path: session.path, backupId: backup.id, baseRevision: session.revision })
    if (!result.ok) {
      setError(result.error)
      return
    }
    useSessionStore.getState().load(result.value)
    useAppStore.getState().setFlash(t('backups.restored', { date: when(backup.createdAt) }))
    onClose()
  }

  return (
    <Dialog
      open={open}
      title={t('backups.title')}
      onClose={onClose}
      testId="backups-dialog"
      footer={
        <button type="button" className="btn" onClick={onClose}>
          {t('close')}
        </button>
      }
    >
      <p className="muted">{t('backups.intro')}</p>
      {error && <ErrorNotice error={error} />}
      {backups && backups.length === 0 && <p>{t('backups.empty')}</p>}
      {backups && backups.length > 0 && (
        <ul className="backup-list">
          {backups.map((backup) => (
            <li key={backup.id}>
              <span>
                <strong>{when(backup.createdAt)}</strong>{' '}
                <span className="muted">{t('backups.size', { kb: Math.max(1, Math.round(backup.sizeBytes / 1024)) })}</span>
              </span>
              <button type="button" className="btn btn-small" onClick={() => void restore(backup)}>
                {t('backups.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  )
}
