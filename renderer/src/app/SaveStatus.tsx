import { useTranslation } from 'react-i18next'
import { formatTime } from '../i18n/dates'
import { saveImmediately } from './autosave'
import { useSessionStore } from './session-store'

/** "Opgeslagen", "Bezig met opslaan…", "Niet opgeslagen — …" in the top bar. */
export function SaveStatus() {
  const { t } = useTranslation()
  const status = useSessionStore((state) => state.saveStatus)
  let text: string
  switch (status.kind) {
    case 'saved':
      text = status.at ? t('saveStatus.savedAt', { time: formatTime(status.at) }) : t('saveStatus.saved')
      break
    case 'pending':
      text = t('saveStatus.pending')
      break
    case 'saving':
      text = t('saveStatus.saving')
      break
    case 'conflict':
      text = t('saveStatus.conflict')
      break
    case 'failed':
      text = t('saveStatus.failed', { reason: t(`errors.${status.code}`) })
      break
  }
  return (
    <span className="save-status" data-kind={status.kind} data-testid="save-status" role="status" aria-live="polite">
      <span className="save-status-dot" aria-hidden="true" />
      <span>{text}</span>
      {status.kind === 'failed' && (
        <button type="button" className="btn btn-small" onClick={() => void saveImmediately({ overwrite: false })}>
          {t('saveStatus.retry')}
        </button>
      )}
    </span>
  )
}
