import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StakeholderBody, StakeholderMember } from '../../../../shared/model'
import { useEdit, useProject } from '../../app/session-store'
import { UndoNotice, useUndoNotice } from '../../ui/UndoNotice'
import { StakeholderRow } from './StakeholderRow'
import { newId } from '../../app/new-id'
import { useFocusRequest } from './use-focus-request'

const texts = {
  soundingBoard: { title: 'soundingBoard', about: 'soundingBoardAbout', add: 'addSoundingBoard', empty: 'emptySoundingBoard' },
  steeringGroup: { title: 'steeringGroup', about: 'steeringGroupAbout', add: 'addSteeringGroup', empty: 'emptySteeringGroup' },
} as const

const isEmpty = (member: StakeholderMember) => [member.name, member.organisation, member.role].every((value) => value.trim() === '')

/** The members of one body (klankbordgroep or stuurgroep): add, edit in place, remove. */
export function StakeholderList({ body }: { body: StakeholderBody }) {
  const { t } = useTranslation('profile')
  const all = useProject((project) => project.stakeholders)
  const members = useMemo(() => all.filter((member) => member.body === body), [all, body])
  const edit = useEdit()
  const [editing, setEditing] = useState<ReadonlySet<string>>(new Set())
  const [addButton, focusAddButton] = useFocusRequest<HTMLButtonElement>()
  const { notice, announce, dismiss } = useUndoNotice()
  const keys = texts[body]
  const headingId = `profiel-${body}`

  const setEditingOf = (id: string, on: boolean) =>
    setEditing((current) => {
      const next = new Set(current)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })
  const dropMember = (id: string) =>
    edit((project) => {
      project.stakeholders = project.stakeholders.filter((candidate) => candidate.id !== id)
    })

  const add = () => {
    const id = newId()
    edit((project) => {
      project.stakeholders.push({ id, body, name: '', organisation: '', role: '' })
    })
    setEditingOf(id, true)
  }
  const done = (member: StakeholderMember) => {
    setEditingOf(member.id, false)
    // A row opened by "toevoegen" and left blank was a slip, not a member.
    if (isEmpty(member)) {
      dropMember(member.id)
      focusAddButton()
    }
  }
  const remove = (member: StakeholderMember, shownName: string) => {
    setEditingOf(member.id, false)
    dropMember(member.id)
    announce(t('stakeholders.removed', { name: shownName, body: t(`stakeholders.bodyLower.${body}`) }))
    focusAddButton()
  }

  const addAction = (
    <button ref={addButton} type="button" className="btn" onClick={add}>
      {t(`stakeholders.${keys.add}`)}
    </button>
  )

  return (
    <section className="stakeholder-body" aria-labelledby={headingId} data-testid={`stakeholders-${body}`}>
      <div className="stakeholder-body-head">
        <h3 id={headingId}>{t(`stakeholders.${keys.title}`)}</h3>
        <p className="muted">{t(`stakeholders.${keys.about}`)}</p>
      </div>
      {members.length === 0 ? (
        <div className="stakeholder-empty" data-testid="empty-state">
          <p>{t(`stakeholders.${keys.empty}`)}</p>
          {addAction}
        </div>
      ) : (
        <>
          <ul className="member-list">
            {members.map((member, index) => (
              <StakeholderRow
                key={member.id}
                member={member}
                number={index + 1}
                editing={editing.has(member.id)}
                onEdit={() => setEditingOf(member.id, true)}
                onDone={() => done(member)}
                onRemove={remove}
              />
            ))}
          </ul>
          <div>{addAction}</div>
        </>
      )}
      <UndoNotice notice={notice} onDismiss={dismiss} onUndone={focusAddButton} undoLabel={t('undoRemoval')} dismissLabel={t('dismiss')} />
    </section>
  )
}
