import { type KeyboardEvent, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { filterThemesByTitle, findThemeByTitle, themesByTitle } from '../../../../shared/logic/interviews'
import { normalizeForSearch } from '../../../../shared/logic/participants'
import type { Theme } from '../../../../shared/model'

interface ThemePickerProps {
  themes: readonly Theme[]
  /** Linked themes, in the interview's order. */
  selectedIds: readonly string[]
  /** New themes by title that will be created when the (new) interview is added. */
  pending?: readonly string[]
  /** Title of the board column where a new theme lands (Ingebracht). */
  columnTitle: string
  onToggle: (themeId: string, linked: boolean) => void
  onCreate: (title: string) => void
  onRemovePending?: (title: string) => void
  /** Say where a created theme went (when it is created at once, not on submit). */
  announceCreated?: boolean
}

/**
 * The themes an interview raised: the chosen ones as chips, a searchable checkbox list of all
 * themes, and "Nieuw thema …" when the search matches no existing title. Enter in the search
 * field links the exact match or creates the new theme.
 */
export function ThemePicker({ themes, selectedIds, pending = [], columnTitle, onToggle, onCreate, onRemovePending, announceCreated }: ThemePickerProps) {
  const { t } = useTranslation('interviews')
  const [search, setSearch] = useState('')
  const [created, setCreated] = useState<string | null>(null)
  const searchId = useId()
  const hintId = useId()
  const sorted = useMemo(() => themesByTitle(themes), [themes])
  const shown = useMemo(() => filterThemesByTitle(sorted, search), [sorted, search])
  const byId = useMemo(() => new Map(themes.map((theme) => [theme.id, theme])), [themes])
  const selected = new Set(selectedIds)
  const chosen = selectedIds.map((id) => byId.get(id)).filter((theme): theme is Theme => theme !== undefined)
  const title = search.trim()
  const exact = findThemeByTitle(themes, title)
  const pendingExact = pending.some((p) => normalizeForSearch(p.trim()) === normalizeForSearch(title))
  const canCreate = title !== '' && !exact && !pendingExact
  const count = chosen.length + pending.length

  const create = () => {
    if (!canCreate) return
    onCreate(title)
    setCreated(title)
    setSearch('')
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    if (exact) {
      if (!selected.has(exact.id)) onToggle(exact.id, true)
      setSearch('')
    } else create()
  }

  return (
    <fieldset className="panel-fieldset theme-picker" data-testid="theme-picker">
      <legend className="field-label">{t('picker.legend')}</legend>
      <p className="theme-picker-count" aria-live="polite">
        {count === 0 ? t('picker.noneChosen') : t('picker.chosen', { count })}
      </p>
      {count > 0 && (
        <ul className="theme-chips" aria-label={t('picker.chosen', { count })}>
          {chosen.map((theme) => (
            <li key={theme.id} className="theme-chip">
              <span>{theme.title}</span>
              <button
                type="button"
                className="theme-chip-remove"
                aria-label={t('picker.unlink', { title: theme.title })}
                title={t('picker.unlink', { title: theme.title })}
                onClick={() => onToggle(theme.id, false)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
          {pending.map((pendingTitle) => (
            <li key={`new:${pendingTitle}`} className="theme-chip theme-chip-new">
              <span>{pendingTitle}</span>
              <span className="badge badge-accent">{t('picker.new')}</span>
              <button
                type="button"
                className="theme-chip-remove"
                aria-label={t('picker.unlink', { title: pendingTitle })}
                title={t('picker.unlink', { title: pendingTitle })}
                onClick={() => onRemovePending?.(pendingTitle)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}

      <div className="field">
        <label className="field-label field-label-quiet" htmlFor={searchId}>
          {t('picker.search')}
        </label>
        <input
          id={searchId}
          className="input"
          type="search"
          value={search}
          placeholder={t('picker.searchPlaceholder')}
          aria-describedby={hintId}
          autoComplete="off"
          onChange={(event) => {
            setSearch(event.target.value)
            setCreated(null)
          }}
          onKeyDown={onKeyDown}
        />
        <span className="field-hint" id={hintId}>
          {t('picker.createHint', { column: columnTitle })}
        </span>
      </div>

      {canCreate && (
        <button type="button" className="btn btn-small theme-picker-create" onClick={create}>
          <span aria-hidden="true">+</span> {t('picker.create', { title })}
        </button>
      )}
      {announceCreated && created && (
        <p className="theme-picker-created" role="status">
          {t('announce.themeCreated', { title: created, column: columnTitle })}
        </p>
      )}

      {themes.length === 0 ? (
        <p className="muted theme-picker-empty">{t('picker.noThemes')}</p>
      ) : shown.length === 0 ? (
        <p className="muted theme-picker-empty">{t('picker.noMatch', { search: title })}</p>
      ) : (
        <ul className="theme-picker-list" aria-label={t('picker.list')}>
          {shown.map((theme) => (
            <li key={theme.id}>
              <label className="theme-option">
                <input type="checkbox" checked={selected.has(theme.id)} onChange={(event) => onToggle(theme.id, event.target.checked)} />
                <span>{theme.title}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  )
}
