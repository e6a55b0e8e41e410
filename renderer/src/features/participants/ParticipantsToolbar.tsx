import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { ParticipantFilter, StatusFilter } from '../../../../shared/logic/participants'
import { type ParticipantCategory, participantCategories } from '../../../../shared/model'
import { SelectField, TextField } from '../../ui/fields'
import { StatusSwitch } from './StatusSwitch'

interface ParticipantsToolbarProps {
  filter: ParticipantFilter
  onChange: (filter: ParticipantFilter) => void
  statusCounts: Record<StatusFilter, number>
  categoryCounts: Record<ParticipantCategory, number>
  searchRef: RefObject<HTMLDivElement | null>
}

/** Search, category filter and status filter above the table. */
export function ParticipantsToolbar({ filter, onChange, statusCounts, categoryCounts, searchRef }: ParticipantsToolbarProps) {
  const { t } = useTranslation('participants')
  const { t: tc } = useTranslation()
  const categoryOptions = [
    { value: 'all' as const, label: t('toolbar.allCategories', { count: statusCounts.all }) },
    ...participantCategories.map((category) => ({
      value: category,
      label: t('toolbar.categoryOption', { label: tc(`categoriesPlural.${category}`), count: categoryCounts[category] }),
    })),
  ]

  return (
    <div role="search" className="participants-toolbar" aria-label={t('toolbar.label')}>
      <div ref={searchRef} className="participants-search">
        <TextField
          label={t('toolbar.search')}
          type="search"
          value={filter.search}
          placeholder={t('toolbar.searchPlaceholder')}
          onChange={(search) => onChange({ ...filter, search })}
        />
      </div>
      <SelectField<ParticipantCategory | 'all'>
        className="participants-category"
        label={t('toolbar.category')}
        value={filter.category}
        options={categoryOptions}
        onChange={(category) => onChange({ ...filter, category })}
      />
      <StatusSwitch value={filter.status} counts={statusCounts} onChange={(status) => onChange({ ...filter, status })} />
    </div>
  )
}
