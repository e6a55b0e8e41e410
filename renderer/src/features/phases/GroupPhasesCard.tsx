import { useTranslation } from 'react-i18next'
import { useAppStore } from '../../app/app-store'
import { PhaseChip } from './PhaseHeading'
import { reminderText } from './reminder-text'
import { useGroupStatuses, usePhasesView } from './use-phases'
import './phases.css'

/** On the overview: each group's current phase and the groups due for a reflection. */
export function GroupPhasesCard() {
  const { t } = useTranslation('phases')
  const setView = useAppStore((s) => s.setView)
  const setTab = usePhasesView((s) => s.setTab)
  const setReflectFor = usePhasesView((s) => s.setReflectFor)
  const statuses = useGroupStatuses()
  const due = statuses.filter((s) => s.reminder.due)
  const anyPhase = statuses.some((s) => s.current !== null)

  return (
    <section className="card card-body overview-card" aria-labelledby="ov-phases" data-testid="overview-phases">
      <h2 id="ov-phases" className="section-title">
        {t('overview.heading')}
      </h2>
      {!anyPhase ? (
        <p className="muted">{t('overview.none')}</p>
      ) : (
        <ul className="ov-phases">
          {statuses.map((s) => (
            <li key={s.id ?? 'community'} data-group={s.id ?? 'community'}>
              <span className="ov-phases-name">{s.name}</span>
              <PhaseChip phase={s.current?.phase ?? null} />
            </li>
          ))}
        </ul>
      )}
      {due.length > 0 ? (
        <ul className="overview-flags" data-testid="overview-reflection-reminders">
          {due.map((s) => (
            <li key={s.id ?? 'community'} data-group={s.id ?? 'community'}>
              <span className="overview-flag-mark" aria-hidden="true">
                !
              </span>
              <button
                type="button"
                className="ov-phases-reminder"
                onClick={() => {
                  setReflectFor(s.id)
                  setTab('reflections')
                  setView('phases')
                }}
              >
                {reminderText(t, s.reminder, s.name)}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        anyPhase && <p className="overview-all-placed">{t('overview.allReflected')}</p>
      )}
      <div className="card-actions">
        <button
          type="button"
          className="btn"
          onClick={() => {
            setTab('tracking')
            setView('phases')
          }}
        >
          {t('overview.open')}
        </button>
      </div>
    </section>
  )
}
