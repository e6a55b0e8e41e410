import { useTranslation } from 'react-i18next'
import { reminderText } from './reminder-text'
import { useGroupStatuses, usePhasesView } from './use-phases'

/**
 * "Tijd voor reflectie": groups that had N or more meetings since their last reflection, each
 * with a button that opens the reflection form for that group. Nothing when none is due.
 */
export function ReflectionReminders() {
  const { t } = useTranslation('phases')
  const statuses = useGroupStatuses()
  const setTab = usePhasesView((s) => s.setTab)
  const setReflectFor = usePhasesView((s) => s.setReflectFor)
  const due = statuses.filter((s) => s.reminder.due)
  if (due.length === 0) return null
  return (
    <section className="notice notice-warning reminders" aria-labelledby="reminders-heading" data-testid="reflection-reminders">
      <div className="reminders-body">
        <h2 id="reminders-heading" className="reminders-heading">
          {t('reminder.heading')}
        </h2>
        <ul>
          {due.map((status) => (
            <li key={status.id ?? 'community'} data-group={status.id ?? 'community'}>
              <span>{reminderText(t, status.reminder, status.name)}</span>
              <button
                type="button"
                className="btn btn-small"
                aria-label={t('reminder.actLabel', { group: status.name })}
                onClick={() => {
                  setReflectFor(status.id)
                  setTab('reflections')
                }}
              >
                {t('reminder.act')}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </section>
  )
}
