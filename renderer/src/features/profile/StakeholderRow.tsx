import { type KeyboardEvent, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { StakeholderMember } from '../../../../shared/model'
import { useEdit } from '../../app/session-store'
import { TextField } from '../../ui/fields'

type MemberField = 'name' | 'organisation' | 'role'

interface StakeholderRowProps {
  member: StakeholderMember
  number: number
  editing: boolean
  onEdit: () => void
  onDone: () => void
  onRemove: (member: StakeholderMember, shownName: string) => void
}

/** One member of the klankbordgroep or stuurgroep: read at a glance, edited in place. */
export function StakeholderRow({ member, number, editing, onEdit, onDone, onRemove }: StakeholderRowProps) {
  const { t } = useTranslation('profile')
  const { t: tc } = useTranslation()
  const edit = useEdit()
  const editButton = useRef<HTMLButtonElement>(null)
  const wasEditing = useRef(editing)
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus()
    wasEditing.current = editing
  }, [editing])

  const body = t(`stakeholders.bodyLower.${member.body}`)
  const shownName = member.name.trim() || t('stakeholders.unnamed', { number })
  const set = (field: MemberField) => (value: string) =>
    edit(
      (project) => {
        const target = project.stakeholders.find((candidate) => candidate.id === member.id)
        if (target) target[field] = value
      },
      { mergeKey: `stakeholder:${member.id}:${field}` },
    )
  const remove = (
    <button
      type="button"
      className="btn btn-ghost btn-small"
      aria-label={t('stakeholders.removeLabel', { name: shownName, body })}
      onClick={() => onRemove(member, shownName)}
    >
      {tc('remove')}
    </button>
  )

  if (editing) {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' || (event.key === 'Enter' && event.target instanceof HTMLInputElement)) {
        event.preventDefault()
        event.stopPropagation()
        onDone()
      }
    }
    return (
      <li className="member-row member-row-editing" data-testid="stakeholder-row" onKeyDown={onKeyDown}>
        <div className="member-fields">
          <TextField label={t('stakeholders.name')} value={member.name} onChange={set('name')} autoFocus placeholder={t('stakeholders.namePlaceholder')} />
          <TextField
            label={t('stakeholders.organisation')}
            value={member.organisation}
            onChange={set('organisation')}
            placeholder={t('stakeholders.organisationPlaceholder')}
          />
          <TextField label={t('stakeholders.role')} value={member.role} onChange={set('role')} placeholder={t('stakeholders.rolePlaceholder')} />
        </div>
        <div className="member-actions">
          <button type="button" className="btn btn-primary btn-small" onClick={onDone}>
            {t('stakeholders.done')}
          </button>
          {remove}
        </div>
      </li>
    )
  }

  return (
    <li className="member-row" data-testid="stakeholder-row">
      <div className="member-text">
        <p>
          <strong className={member.name.trim() ? undefined : 'muted'}>{shownName}</strong>
          {member.role.trim() && <span className="member-role"> · {member.role}</span>}
        </p>
        {member.organisation.trim() && <p className="member-organisation">{member.organisation}</p>}
      </div>
      <div className="member-actions">
        <button
          ref={editButton}
          type="button"
          className="btn btn-ghost btn-small"
          aria-label={t('stakeholders.editLabel', { name: shownName, body })}
          onClick={onEdit}
        >
          {tc('edit')}
        </button>
        {remove}
      </div>
    </li>
  )
}
