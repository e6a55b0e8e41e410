import { useTranslation } from 'react-i18next'
import type { Participant } from '../../../../shared/model'
import { formatDate } from '../../i18n/dates'
import { DateField } from '../../ui/fields'

interface StatusSectionProps {
  participant: Participant
  leftOn: string | null
  leftOnError: string | null
  onLeftOnChange: (value: string | null) => void
  onStop: () => void
  onReactivate: () => void
}

/** Active or stopped: someone who stops stays in the history and can come back. */
export function StatusSection({ participant, leftOn, leftOnError, onLeftOnChange, onStop, onReactivate }: StatusSectionProps) {
  const { t } = useTranslation('participants')
  return (
    <section className="panel-status" aria-labelledby="participant-status-heading" data-active={participant.active}>
      <h3 id="participant-status-heading">{t('status.heading')}</h3>
      {participant.active ? (
        <>
          <p>{participant.joinedOn ? t('status.activeSince', { date: formatDate(participant.joinedOn) }) : t('status.active')}</p>
          <p className="field-hint">{t('status.stopHint')}</p>
          <div>
            <button type="button" className="btn" onClick={onStop}>
              {t('status.stop')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>
            <span className="badge badge-stopped">{t('table.stopped')}</span> {t('status.stoppedText')}
          </p>
          <DateField
            label={t('form.leftOn')}
            hint={leftOn ? formatDate(leftOn) : undefined}
            value={leftOn}
            onChange={onLeftOnChange}
            error={leftOnError}
            name="leftOn"
          />
          <div>
            <button type="button" className="btn" onClick={onReactivate}>
              {t('status.reactivate')}
            </button>
          </div>
        </>
      )}
    </section>
  )
}
