/**
 * The plan's actions, editable inline: what, who, deadline, status. These are the project's
 * shared actions of this work group (also on the Acties screen and with the meetings).
 */
import { useTranslation } from 'react-i18next'
import { actionStatuses, type Action, type ActionStatus } from '../../../../shared/model'
import { todayIso } from '../../i18n/dates'
import { RemoveButton } from '../../ui/RemoveButton'
import { focusSoon } from './focus'
import type { PlanEdits } from './plan-edits'

export interface PersonOption {
  id: string
  label: string
}

interface Props {
  workGroupId: string
  actions: readonly Action[]
  people: readonly PersonOption[]
  edits: PlanEdits
  onRemoved: (what: string) => void
}

export function PlanActions({ workGroupId, actions, people, edits, onRemoved }: Props) {
  const { t } = useTranslation('plans')
  const today = todayIso()
  return (
    <div className="plan-actions" data-testid="plan-actions">
      <p className="field-hint">{t('actions.caption')}</p>
      {actions.length === 0 ? (
        <p className="muted">{t('actions.empty')}</p>
      ) : (
        <table className="plan-table">
          <colgroup>
            <col className="col-what" />
            <col className="col-owner" />
            <col className="col-date" />
            <col className="col-status" />
            <col className="col-remove" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('actions.what')}</th>
              <th scope="col">{t('actions.owner')}</th>
              <th scope="col">{t('actions.deadline')}</th>
              <th scope="col">{t('actions.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('actions.remove', { what: '' })}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {actions.map((action, index) => {
              const number = index + 1
              const overdue = action.deadline !== null && action.deadline < today && (action.status === 'open' || action.status === 'inProgress')
              return (
                <tr key={action.id} data-testid="plan-action" className={action.status === 'done' ? 'is-done' : undefined}>
                  <td>
                    <input
                      id={`action-${action.id}`}
                      className="input"
                      aria-label={t('actions.whatLabel', { number })}
                      value={action.what}
                      onChange={(event) => edits.setActionWhat(action.id, event.target.value)}
                    />
                    {action.meetingId !== null && <span className="badge plan-from-meeting">{t('actions.fromMeeting')}</span>}
                  </td>
                  <td>
                    <select
                      className="select"
                      aria-label={t('actions.ownerLabel', { number })}
                      value={action.ownerId ?? ''}
                      onChange={(event) => edits.setActionOwner(action.id, event.target.value === '' ? null : event.target.value)}
                    >
                      <option value="">{t('actions.noOwner')}</option>
                      {people.map((person) => (
                        <option key={person.id} value={person.id}>
                          {person.label}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      type="date"
                      className={overdue ? 'input is-overdue' : 'input'}
                      aria-label={t('actions.deadlineLabel', { number })}
                      value={action.deadline ?? ''}
                      onChange={(event) => edits.setActionDeadline(action.id, event.target.value === '' ? null : event.target.value)}
                    />
                  </td>
                  <td>
                    <select
                      className={`select status-${action.status}`}
                      aria-label={t('actions.statusLabel', { number })}
                      value={action.status}
                      onChange={(event) => edits.setActionStatus(action.id, event.target.value as ActionStatus, today)}
                    >
                      {actionStatuses.map((status) => (
                        <option key={status} value={status}>
                          {t(`actions.statuses.${status}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <RemoveButton
                      label={t('actions.remove', { what: action.what || number })}
                      onClick={() => {
                        edits.removeAction(action.id)
                        onRemoved(action.what || String(number))
                        focusSoon('[data-focus-id="add-action"]')
                      }}
                    />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      <div className="plan-row-actions">
        <button
          type="button"
          className="btn btn-small"
          data-focus-id="add-action"
          onClick={() => {
            const id = edits.addAction(workGroupId)
            focusSoon(`#action-${id}`)
          }}
        >
          {t('actions.add')}
        </button>
      </div>
    </div>
  )
}
