import { useTranslation } from 'react-i18next'
import { canRedo, canUndo, useSessionStore } from './session-store'

export function UndoRedo() {
  const { t } = useTranslation()
  const undoable = useSessionStore(canUndo)
  const redoable = useSessionStore(canRedo)
  const undo = useSessionStore((state) => state.undo)
  const redo = useSessionStore((state) => state.redo)
  return (
    <>
      <button type="button" className="btn btn-ghost btn-small" onClick={undo} disabled={!undoable} title={t('undoHint')}>
        <span aria-hidden="true">↶</span> {t('undo')}
      </button>
      <button type="button" className="btn btn-ghost btn-small" onClick={redo} disabled={!redoable} title={t('redoHint')}>
        <span aria-hidden="true">↷</span> {t('redo')}
      </button>
    </>
  )
}
