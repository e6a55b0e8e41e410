/** What both export dialogs share: the footer (cancel or close, export) and the outcome above the options. */
import { useTranslation } from 'react-i18next'
import { ErrorNotice, type ShownError } from '../../ui/ErrorNotice'

export function ExportFooter({ busy, done, disabled, onClose, onExport }: { busy: boolean; done: string | null; disabled: boolean; onClose: () => void; onExport: () => void }) {
  const { t } = useTranslation('reports')
  const { t: common } = useTranslation()
  return (
    <>
      <button type="button" className="btn" onClick={onClose}>
        {done ? common('close') : common('cancel')}
      </button>
      <button type="button" className="btn btn-primary" disabled={busy || disabled} onClick={onExport}>
        {busy ? t('exporting') : t('export')}
      </button>
    </>
  )
}

export function ExportOutcome({ error, done }: { error: ShownError | null; done: string | null }) {
  const { t } = useTranslation('reports')
  return (
    <>
      {error && <ErrorNotice error={error} />}
      {done && (
        <div className="notice notice-success" role="status" data-testid="export-done">
          <p>{t('done', { path: done })}</p>
        </div>
      )}
    </>
  )
}
