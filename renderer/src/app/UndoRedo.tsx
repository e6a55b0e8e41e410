import { useTranslation } from 'react-i18next'
import { canRedo, canUndo, useSessionStore } from './session-store'

/** Undo and redo for the whole session; below 1440 px only their arrows show (the name stays for screen readers, the tooltip gives the shortcut). */
export function UndoRedo() {
  const { t } = useTranslation()
  const undoable = useSessionStore(canUndo)
  const redoable = useSessionStore(canRedo)
  const undo = useSessionStore((state) => state.undo)
  const redo = useSessionStore((state) => state.redo)
  return (
    <>
      <button type="button" className="btn btn-ghost btn-small" onClick={undo} disabled={!undoable} title={t('undoHint')} aria-label={t('undo')}>
        <span aria-hidden="true">↶</span> <span className="topbar-label">{t('undo')}</span>
      </button>
      <button type="button" className="btn btn-ghost btn-small" onClick={redo} disabled={!redoable} title={t('redoHint')} aria-label={t('redo')}>
        <span aria-hidden="true">↷</span> <span className="topbar-label">{t('redo')}</span>
      </button>
    </>
  )
}
