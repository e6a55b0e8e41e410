import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { CategoryEngagement } from '../../../../shared/model'
import { useEdit } from '../../app/session-store'
import { EngagementChoice } from './EngagementChoice'

interface CategoryRowProps {
  row: CategoryEngagement
  number: number
  suggestions: string
  autoFocus: boolean
  onRemove: (row: CategoryEngagement, shownLabel: string) => void
}

/** One participant category: its name and how engaged it is. */
export function CategoryRow({ row, number, suggestions, autoFocus, onRemove }: CategoryRowProps) {
  const { t } = useTranslation('profile')
  const edit = useEdit()
  const inputId = useId()
  const shownLabel = row.label.trim() || t('participants.unnamed', { number })
  const update = (recipe: (target: CategoryEngagement) => void, mergeKey?: string) =>
    edit(
      (project) => {
        const target = project.profile.categoryEngagement.find((candidate) => candidate.id === row.id)
        if (target) recipe(target)
      },
      mergeKey ? { mergeKey } : undefined,
    )

  return (
    <li className="category-row" data-testid="category-row">
      <div className="category-row-head">
        <label className="visually-hidden" htmlFor={inputId}>
          {t('participants.labelFor', { number })}
        </label>
        <input
          id={inputId}
          className="input category-label"
          value={row.label}
          list={suggestions}
          placeholder={t('participants.labelPlaceholder')}
          autoFocus={autoFocus}
          onChange={(event) => {
            const label = event.target.value
            update((target) => {
              target.label = label
            }, `category:${row.id}:label`)
          }}
        />
        <button
          type="button"
          className="btn btn-ghost btn-small"
          aria-label={t('participants.removeLabel', { label: shownLabel })}
          onClick={() => onRemove(row, shownLabel)}
        >
          {t('participants.remove')}
        </button>
      </div>
      <EngagementChoice
        legend={t('participants.engagementFor', { label: shownLabel })}
        value={row.engagement}
        onChange={(engagement) =>
          update((target) => {
            target.engagement = engagement
          })
        }
      />
    </li>
  )
}
