/** Export the invitation (agenda) or the minutes of one meeting as a Word document, with the result or error shown. */
import { useTranslation } from 'react-i18next'
import { baseName, ErrorNotice } from '../../ui/ErrorNotice'
import { useExport } from '../reports/export-call'

export function ExportButtons({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('agenda')
  const { busy, error, savedPath, run } = useExport()

  return (
    <div className="agenda-export">
      <div className="agenda-export-buttons">
        <button type="button" className="btn" disabled={busy} onClick={() => void run({ kind: 'meeting.agenda', meetingId })}>
          {t('export.agenda')}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void run({ kind: 'meeting.minutes', meetingId })}>
          {t('export.minutes')}
        </button>
      </div>
      <div role="status" className="agenda-export-status">
        {busy && <span className="muted">{t('export.busy')}</span>}
        {savedPath && <span className="agenda-export-done">{t('export.done', { name: baseName(savedPath) })}</span>}
      </div>
      {error && <ErrorNotice error={error} />}
    </div>
  )
}
