import { useTranslation } from 'react-i18next'
import { Dialog } from '../ui/Dialog'
import { saveImmediately } from './autosave'
import { fileName, reloadFromDisk, saveAs } from './project-actions'
import { useSessionStore } from './session-store'

/** Another program changed the file since it was opened: ask, never overwrite silently. */
export function ConflictDialog() {
  const { t } = useTranslation()
  const conflict = useSessionStore((state) => state.saveStatus.kind === 'conflict')
  const path = useSessionStore((state) => state.session?.path ?? '')
  return (
    <Dialog open={conflict} title={t('conflict.title')} onClose={() => undefined} alert testId="conflict-dialog">
      <p>{t('conflict.body', { name: fileName(path) })}</p>
      <div className="conflict-choices">
        <button type="button" className="btn btn-primary" onClick={() => void saveImmediately({ overwrite: true })}>
          {t('conflict.overwrite')}
        </button>
        <button type="button" className="btn" onClick={() => void saveAs()}>
          {t('conflict.saveAs')}
        </button>
        <button type="button" className="btn" onClick={() => void reloadFromDisk()}>
          {t('conflict.reload')}
        </button>
      </div>
    </Dialog>
  )
}
