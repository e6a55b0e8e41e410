/** Export the listed meetings as an .ics calendar file (Outlook, Google Calendar), with the result or error shown. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Meeting } from '../../../../shared/model'
import { useSessionStore } from '../../app/session-store'
import { call } from '../../bridge/client'
import { ErrorNotice, type ShownError } from '../../ui/ErrorNotice'

export function ExportIcsButton({ meetings }: { meetings: readonly Meeting[] }) {
  const { t } = useTranslation('meetings')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ShownError | null>(null)
  const [done, setDone] = useState<string | null>(null)

  const run = async () => {
    const project = useSessionStore.getState().session?.history.present
    if (!project || busy) return
    setBusy(true)
    setError(null)
    setDone(null)
    const result = await call('export.document', {
      kind: 'meetings.calendar',
      document: project as unknown as Record<string, unknown>,
      options: { meetingIds: meetings.map((m) => m.id) },
    })
    setBusy(false)
    if (!result.ok) setError(result.error)
    else if (!('cancelled' in result.value)) setDone(t('toolbar.exported', { name: result.value.path.split(/[\\/]/).pop() ?? result.value.path }))
  }

  return (
    <>
      <button type="button" className="btn" disabled={busy} onClick={() => void run()} data-testid="export-ics">
        {t('toolbar.exportIcs')}
      </button>
      <span role="status" className="mt-export-status" data-testid="export-ics-status">
        {done}
      </span>
      {error && (
        <div className="mt-toolbar-error">
          <ErrorNotice error={error} />
        </div>
      )}
    </>
  )
}
