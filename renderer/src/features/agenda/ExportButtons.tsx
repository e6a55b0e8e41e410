/** Export the invitation (agenda) or the minutes of one meeting as a Word document, with the result or error shown. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportKind } from '../../../../shared/api'
import { call } from '../../bridge/client'
import { useSessionStore } from '../../app/session-store'
import { ErrorNotice, type ShownError } from '../../ui/ErrorNotice'

export function ExportButtons({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('agenda')
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<string | null>(null)
  const [error, setError] = useState<ShownError | null>(null)

  const run = async (kind: ExportKind) => {
    const project = useSessionStore.getState().session?.history.present
    if (!project || busy) return
    setBusy(true)
    setDone(null)
    setError(null)
    const result = await call('export.document', { kind, document: project as unknown as Record<string, unknown>, meetingId })
    setBusy(false)
    if (!result.ok) setError(result.error)
    else if (!('cancelled' in result.value)) setDone(result.value.path.split(/[\\/]/).pop() ?? result.value.path)
  }

  return (
    <div className="agenda-export">
      <div className="agenda-export-buttons">
        <button type="button" className="btn" disabled={busy} onClick={() => void run('meeting.agenda')}>
          {t('export.agenda')}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void run('meeting.minutes')}>
          {t('export.minutes')}
        </button>
      </div>
      <div role="status" className="agenda-export-status">
        {busy && <span className="muted">{t('export.busy')}</span>}
        {done && <span className="agenda-export-done">{t('export.done', { name: done })}</span>}
      </div>
      {error && <ErrorNotice error={error} />}
    </div>
  )
}
