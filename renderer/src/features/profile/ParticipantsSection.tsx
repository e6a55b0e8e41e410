import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CategoryEngagement } from '../../../../shared/model'
import { participantCategories } from '../../../../shared/model'
import { useEdit, useProject } from '../../app/session-store'
import { EmptyState } from '../../ui/EmptyState'
import { UndoNotice, useUndoNotice } from '../../ui/UndoNotice'
import { CategoryRow } from './CategoryRow'
import { ProfileSection } from './ProfileSection'
import { newId } from '../../app/new-id'
import { useFocusRequest } from './use-focus-request'

/** Section 4: survey question 12, the categories of participants and their engagement. */
export function ParticipantsSection({ number }: { number: number }) {
  const { t } = useTranslation('profile')
  const { t: tc } = useTranslation()
  const rows = useProject((project) => project.profile.categoryEngagement)
  const edit = useEdit()
  const suggestions = useId()
  const [addButton, focusAddButton] = useFocusRequest<HTMLButtonElement>()
  const [added, setAdded] = useState<string | null>(null)
  const { notice, announce, dismiss } = useUndoNotice()

  const add = () => {
    const id = newId()
    edit((project) => {
      project.profile.categoryEngagement.push({ id, label: '', engagement: null })
    })
    setAdded(id)
  }
  const remove = (row: CategoryEngagement, shownLabel: string) => {
    edit((project) => {
      project.profile.categoryEngagement = project.profile.categoryEngagement.filter((candidate) => candidate.id !== row.id)
    })
    announce(t('participants.removed', { label: shownLabel }))
    focusAddButton()
  }
  const addAction = (
    <button ref={addButton} type="button" className="btn" onClick={add}>
      {t('participants.add')}
    </button>
  )

  return (
    <ProfileSection id="participants" number={number} intro={t('participants.intro')}>
      <datalist id={suggestions}>
        {participantCategories
          .filter((category) => category !== 'other')
          .map((category) => (
          <option key={category} value={tc(`categoriesPlural.${category}`)} />
        ))}
      </datalist>
      {rows.length === 0 ? (
        <EmptyState title={t('participants.emptyTitle')} text={t('participants.emptyText')} action={addAction} />
      ) : (
        <>
          <ul className="category-list">
            {rows.map((row, index) => (
              <CategoryRow key={row.id} row={row} number={index + 1} suggestions={suggestions} autoFocus={row.id === added} onRemove={remove} />
            ))}
          </ul>
          <div>{addAction}</div>
        </>
      )}
      <UndoNotice notice={notice} onDismiss={dismiss} onUndone={focusAddButton} undoLabel={t('undoRemoval')} dismissLabel={t('dismiss')} />
    </ProfileSection>
  )
}
