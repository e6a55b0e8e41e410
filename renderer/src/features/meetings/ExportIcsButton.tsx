/** Export the listed meetings as an .ics calendar file (Outlook, Google Calendar), with the result or error shown. */
import { useTranslation } from 'react-i18next'
import type { Meeting } from '../../../../shared/model'
import { baseName, ErrorNotice } from '../../ui/ErrorNotice'
import { useExport } from '../reports/export-call'

export function ExportIcsButton({ meetings }: { meetings: readonly Meeting[] }) {
  const { t } = useTranslation('meetings')
  const { busy, error, savedPath, run } = useExport()

  return (
    <>
      <button
        type="button"
        className="btn"
        disabled={busy}
        onClick={() => void run({ kind: 'meetings.calendar', options: { meetingIds: meetings.map((m) => m.id) } })}
        data-testid="export-ics"
      >
        {t('toolbar.exportIcs')}
      </button>
      <span role="status" className="mt-export-status" data-testid="export-ics-status">
        {savedPath && t('toolbar.exported', { name: baseName(savedPath) })}
      </span>
      {error && (
        <div className="mt-toolbar-error">
          <ErrorNotice error={error} />
        </div>
      )}
    </>
  )
}
