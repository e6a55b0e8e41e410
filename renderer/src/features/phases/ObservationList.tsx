import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { type GroupKey, phaseHistory } from '../../../../shared/logic/group-phases'
import { signalText } from '../../../../shared/logic/ipg-signals'
import type { PhaseObservation } from '../../../../shared/model'
import { useProject } from '../../app/session-store'
import { formatDate } from '../../i18n/dates'
import { RemoveButton } from '../../ui/RemoveButton'
import { UndoNotice, useUndoNotice } from '../../ui/UndoNotice'
import { PencilIcon } from './icons'
import { usePhaseEdits } from './phase-edits'
import { PhaseChip } from './PhaseHeading'
import { useIpgLanguage } from './use-phases'

/** A group's observations, newest first: date, phase, signals seen, note; edit or remove (undoable). */
export function ObservationList({ groupId, onEdit }: { groupId: GroupKey; onEdit: (observation: PhaseObservation, opener: HTMLElement) => void }) {
  const { t } = useTranslation('phases')
  const { t: tc } = useTranslation()
  const language = useIpgLanguage()
  const observations = useProject((p) => p.groupDevelopment.observations)
  const overrides = useProject((p) => p.groupDevelopment.signalOverrides)
  const edits = usePhaseEdits(language)
  const { notice, announce, dismiss } = useUndoNotice()
  const list = useMemo(() => phaseHistory(observations, groupId).reverse(), [observations, groupId])

  return (
    <>
      <UndoNotice notice={notice} onDismiss={dismiss} undoLabel={tc('undo')} dismissLabel={tc('close')} testId="observations-notice" />
      {list.length === 0 ? (
        <p className="muted" data-testid="observations-empty">
          {t('tracking.empty')}
        </p>
      ) : (
        <ol className="observation-list">
          {list.map((o) => (
            <li key={o.id} className="observation" data-testid="observation" data-phase={o.phase}>
              <div className="observation-head">
                <span className="observation-date">{formatDate(o.date)}</span>
                <PhaseChip phase={o.phase} />
                <span className="observation-actions">
                  <button
                    type="button"
                    className="btn btn-ghost btn-small btn-icon"
                    aria-label={t('tracking.editLabel', { date: formatDate(o.date) })}
                    title={t('tracking.editObservation')}
                    onClick={(event) => onEdit(o, event.currentTarget)}
                  >
                    <PencilIcon />
                  </button>
                  <RemoveButton
                    small
                    label={t('tracking.removeLabel', { date: formatDate(o.date) })}
                    title={t('tracking.removeObservation')}
                    onClick={() => {
                      edits.removeObservation(o.id)
                      announce(t('tracking.removed', { date: formatDate(o.date) }))
                    }}
                  />
                </span>
              </div>
              {o.signalIds.length > 0 && (
                <ul className="observation-signals" aria-label={t('tracking.signalsSeen')}>
                  {o.signalIds.map((id) => (
                    <li key={id}>{signalText(id, overrides, language) ?? t('tracking.unknownSignal')}</li>
                  ))}
                </ul>
              )}
              {o.note.trim() !== '' && <p className="observation-note">{o.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </>
  )
}
