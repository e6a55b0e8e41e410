/** Planning: milestones with a date, a title and whether they were reached. */
import { useTranslation } from 'react-i18next'
import type { Milestone } from '../../../../shared/model'
import { RemoveButton } from '../../ui/RemoveButton'
import { focusSoon } from './focus'
import type { PlanEdits } from './plan-edits'

interface Props {
  milestones: readonly Milestone[]
  edits: PlanEdits
  onRemoved: (title: string) => void
}

export function PlanMilestones({ milestones, edits, onRemoved }: Props) {
  const { t } = useTranslation('plans')
  return (
    <div className="plan-milestones">
      {milestones.length === 0 ? (
        <p className="muted">{t('milestones.empty')}</p>
      ) : (
        <table className="plan-table">
          <colgroup>
            <col className="col-date" />
            <col className="col-what" />
            <col className="col-done" />
            <col className="col-remove" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('milestones.date')}</th>
              <th scope="col">{t('milestones.title')}</th>
              <th scope="col">{t('milestones.done')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('milestones.remove', { title: '' })}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {milestones.map((milestone, index) => {
              const number = index + 1
              return (
                <tr key={milestone.id} data-testid="plan-milestone" className={milestone.done ? 'is-done' : undefined}>
                  <td>
                    <input
                      type="date"
                      className="input"
                      aria-label={t('milestones.dateLabel', { number })}
                      value={milestone.date ?? ''}
                      onChange={(event) => edits.setMilestone(milestone.id, { date: event.target.value === '' ? null : event.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      id={`ms-${milestone.id}`}
                      className="input"
                      aria-label={t('milestones.titleLabel', { number })}
                      value={milestone.title}
                      onChange={(event) => edits.setMilestone(milestone.id, { title: event.target.value })}
                    />
                  </td>
                  <td className="plan-cell-center">
                    <input
                      type="checkbox"
                      className="plan-checkbox"
                      aria-label={t('milestones.doneLabel', { number })}
                      checked={milestone.done}
                      onChange={(event) => edits.setMilestone(milestone.id, { done: event.target.checked })}
                    />
                  </td>
                  <td>
                    <RemoveButton
                      label={t('milestones.remove', { title: milestone.title || number })}
                      onClick={() => {
                        edits.removeMilestone(milestone.id)
                        onRemoved(milestone.title || String(number))
                        focusSoon('[data-focus-id="add-milestone"]')
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
          data-focus-id="add-milestone"
          onClick={() => {
            const id = edits.addMilestone()
            focusSoon(`#ms-${id}`)
          }}
        >
          {t('milestones.add')}
        </button>
      </div>
    </div>
  )
}
