/**
 * Fasen volgen: where each group stands at a glance, the timeline of all groups, and for the
 * chosen group its observations next to the guidance for its current phase.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PhaseObservation } from '../../../../shared/model'
import { formatDate } from '../../i18n/dates'
import { ObservationDialog } from './ObservationDialog'
import { ObservationList } from './ObservationList'
import { PhaseChip } from './PhaseHeading'
import { PhaseGuidancePanel } from './PhaseGuidancePanel'
import { PhaseTimeline } from './PhaseTimeline'
import { usePhaseEdits } from './phase-edits'
import { useGroupStatuses, useIpgLanguage, usePhaseNames, usePhasesView } from './use-phases'
import { UndoNotice, useUndoNotice } from '../../ui/UndoNotice'

export function TrackingView() {
  const { t } = useTranslation('phases')
  const { t: tc } = useTranslation()
  const statuses = useGroupStatuses()
  const selected = usePhasesView((s) => s.group)
  const setGroup = usePhasesView((s) => s.setGroup)
  const group = statuses.find((g) => g.id === selected) ?? statuses[0]!
  const language = useIpgLanguage()
  const edits = usePhaseEdits(language)
  const names = usePhaseNames()
  const { notice, announce, dismiss } = useUndoNotice()
  const [dialog, setDialog] = useState<{ observation: PhaseObservation | null; opener: HTMLElement | null } | null>(null)

  return (
    <div className="tracking">
      <section aria-labelledby="glance-heading">
        <h2 id="glance-heading" className="section-title">
          {t('tracking.glance')}
        </h2>
        <ul className="glance" data-testid="phase-glance">
          {statuses.map((status) => (
            <li key={status.id ?? 'community'}>
              <button
                type="button"
                className="glance-card"
                aria-pressed={status.id === group.id}
                data-group={status.id ?? 'community'}
                onClick={() => setGroup(status.id)}
              >
                <span className="glance-name">{status.name}</span>
                <PhaseChip phase={status.current?.phase ?? null} />
                <span className="glance-since">
                  {status.current ? t('tracking.since', { date: formatDate(status.current.date) }) : t('tracking.noObservations')}
                </span>
                {status.reminder.due && <span className="badge badge-warning">{t('reminder.heading')}</span>}
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section className="card card-body" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="section-title">
          {t('tracking.timeline')}
        </h2>
        <PhaseTimeline groups={statuses} selected={group.id} />
      </section>

      <div className="tracking-detail">
        <section className="card card-body tracking-observations" aria-labelledby="observations-heading" data-testid="observations">
          <div className="tracking-observations-head">
            <h2 id="observations-heading" className="section-title">
              {t('tracking.observations', { group: group.name })}
            </h2>
            <button type="button" className="btn btn-primary" onClick={(event) => setDialog({ observation: null, opener: event.currentTarget })}>
              {t('tracking.add')}
            </button>
          </div>
          <UndoNotice notice={notice} onDismiss={dismiss} undoLabel={tc('undo')} dismissLabel={tc('close')} testId="tracking-notice" />
          <ObservationList groupId={group.id} onEdit={(observation, opener) => setDialog({ observation, opener })} />
        </section>
        <PhaseGuidancePanel groupId={group.id} />
      </div>

      {dialog && (
        <ObservationDialog
          observation={dialog.observation}
          groupId={group.id}
          onDone={(observation) => {
            const opener = dialog.opener
            setDialog(null)
            if (observation) {
              edits.saveObservation(observation)
              const savedGroup = observation.workGroupId ?? null
              setGroup(savedGroup)
              announce(
                dialog.observation
                  ? t('tracking.changed')
                  : t('tracking.added', { group: statuses.find((g) => g.id === savedGroup)?.name ?? '', phase: names.primary(observation.phase) }),
                'success',
              )
            }
            requestAnimationFrame(() => opener?.isConnected && opener.focus())
          }}
        />
      )}
    </div>
  )
}
