import { useTranslation } from 'react-i18next'
import { Dialog } from '../ui/Dialog'

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const rows: Array<[string, string]> = [
    ['Ctrl+Z', t('shortcuts.undo')],
    ['Ctrl+Shift+Z', t('shortcuts.redo')],
    ['Ctrl+Y', t('shortcuts.redo')],
    ['?', t('shortcuts.help')],
    [t('shortcuts.keys.space'), t('shortcuts.pickUp')],
    [t('shortcuts.keys.arrows'), t('shortcuts.move')],
    ['Home / End', t('shortcuts.moveToEnds')],
    ['Esc', t('shortcuts.cancelDrag')],
    ['1–5', t('shortcuts.score')],
    ['0 / Backspace', t('shortcuts.clearScore')],
  ]
  return (
    <Dialog
      open={open}
      title={t('shortcuts.title')}
      onClose={onClose}
      testId="shortcuts-dialog"
      footer={
        <button type="button" className="btn" onClick={onClose}>
          {t('close')}
        </button>
      }
    >
      <dl className="shortcut-list">
        {rows.map(([keys, label]) => (
          <div key={keys + label} className="shortcut-row">
            <dt><kbd>{keys}</kbd></dt>
            <dd>{label}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  )
}
