import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { type BoardFilter, type ThemeFilterKind, themeFilters } from '../../../../shared/logic/board'
import type { BoardColumn } from '../../../../shared/model'
import { SelectField, TextField } from '../../ui/fields'

interface BoardToolbarProps {
  filter: BoardFilter
  columns: readonly BoardColumn[]
  shown: number
  total: number
  filtering: boolean
  onChange: (filter: BoardFilter) => void
  onClear: () => void
  searchRef: RefObject<HTMLDivElement | null>
}

/** Search and filters above the board, and a line that says what shows and whether dragging works. */
export function BoardToolbar({ filter, columns, shown, total, filtering, onChange, onClear, searchRef }: BoardToolbarProps) {
  const { t } = useTranslation('themes')
  return (
    <div className="themes-controls">
      <div role="search" className="themes-toolbar" aria-label={t('toolbar.label')}>
        <div ref={searchRef} className="themes-search">
          <TextField
            label={t('toolbar.search')}
            type="search"
            value={filter.search}
            placeholder={t('toolbar.searchPlaceholder')}
            onChange={(search) => onChange({ ...filter, search })}
          />
        </div>
        <SelectField<ThemeFilterKind>
          label={t('toolbar.show')}
          value={filter.kind}
          options={themeFilters.map((kind) => ({ value: kind, label: t(`toolbar.kinds.${kind}`) }))}
          onChange={(kind) => onChange({ ...filter, kind })}
        />
        <SelectField<string>
          label={t('toolbar.column')}
          value={columns.some((c) => c.id === filter.columnId) ? filter.columnId : 'all'}
          options={[{ value: 'all', label: t('toolbar.allColumns') }, ...columns.map((c) => ({ value: c.id, label: c.title }))]}
          onChange={(columnId) => onChange({ ...filter, columnId })}
        />
      </div>
      <div className="themes-resultline">
        <span role="status">{filtering ? t('toolbar.shown', { shown, total }) : t('toolbar.shownAll', { count: total })}</span>
        {filtering ? (
          <>
            <span className="themes-drag-off" data-testid="drag-off">
              {t('toolbar.dragOff')}
            </span>
            <button type="button" className="btn btn-ghost btn-small" onClick={onClear}>
              {t('toolbar.clear')}
            </button>
          </>
        ) : (
          <span className="themes-drag-hint">{t('toolbar.dragHint')}</span>
        )}
      </div>
    </div>
  )
}
