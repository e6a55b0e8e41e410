/** One action as a row of fields: what, who, deadline, status, and remove. Used on the Acties screen and in minutes. */
import { useTranslation } from 'react-i18next'
import { isOverdue } from '../../../../shared/logic/actions'
import { type Action, type ActionStatus, type Participant, actionStatuses } from '../../../../shared/model'
import { ParticipantSelect } from '../../ui/ParticipantSelect'
import { RemoveButton } from '../../ui/RemoveButton'

interface ActionFieldsProps {
  action: Action
  participants: readonly Participant[]
  today: string
  onChange: (patch: Partial<Action>, mergeKey?: string) => void
  onRemove: () => void
  /** Shown under the fields, e.g. the meeting it came from. */
  source?: React.ReactNode
  autoFocus?: boolean
}

export function ActionFields({ action, participants, today, onChange, onRemove, source, autoFocus }: ActionFieldsProps) {
  const { t } = useTranslation('actions')
  const overdue = isOverdue(action, today)
  const base = `action-${action.id}`
  const owners = participants.filter((p) => p.active || p.id === action.ownerId)
  const setStatus = (status: ActionStatus) => onChange({ status, doneOn: status === 'done' ? (action.doneOn ?? today) : null })
  return (
    <div className={`ac-row${overdue ? ' is-overdue' : ''}${action.status === 'done' ? ' is-done' : ''}`} data-testid="action-row" data-action-id={action.id}>
      <div className="field ac-what">
        <label className="visually-hidden" htmlFor={`${base}-what`}>
          {t('fields.what')}
        </label>
        {/* A text area one line high that grows with its text, so a long action is read whole; Enter adds no line break. */}
        <textarea
          id={`${base}-what`}
          className="input ac-what-text"
          rows={1}
          value={action.what}
          placeholder={t('fields.whatPlaceholder')}
          autoFocus={autoFocus}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.preventDefault()
          }}
          onChange={(e) => onChange({ what: e.target.value.replace(/\s*\n\s*/g, ' ') }, `${base}-what`)}
        />
        {source}
      </div>
      <div className="field">
        <label className="visually-hidden" htmlFor={`${base}-owner`}>
          {t('fields.owner')}
        </label>
        <ParticipantSelect id={`${base}-owner`} participants={owners} noneLabel={t('fields.nobody')} value={action.ownerId} onChange={(ownerId) => onChange({ ownerId })} />
      </div>
      <div className="field">
        <label className="visually-hidden" htmlFor={`${base}-deadline`}>
          {t('fields.deadline')}
        </label>
        <input
          id={`${base}-deadline`}
          className="input"
          type="date"
          value={action.deadline ?? ''}
          aria-describedby={overdue ? `${base}-overdue` : undefined}
          onChange={(e) => onChange({ deadline: e.target.value || null })}
        />
        {overdue && (
          <span className="ac-overdue" id={`${base}-overdue`}>
            {t('overdue')}
          </span>
        )}
      </div>
      <div className="field">
        <label className="visually-hidden" htmlFor={`${base}-status`}>
          {t('fields.status')}
        </label>
        <select id={`${base}-status`} className={`select ac-status ac-status-${action.status}`} value={action.status} onChange={(e) => setStatus(e.target.value as ActionStatus)}>
          {actionStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <RemoveButton label={t('remove', { what: action.what || t('fields.untitled') })} title={null} onClick={onRemove} />
    </div>
  )
}
