/**
 * Chosen themes that have no work group yet, each with "Werkgroep maken", and one button for
 * all of them. Shown as the screen's empty state before the first group, and as a short notice
 * above the board when a theme is chosen later.
 */
import { useTranslation } from 'react-i18next'
import type { Theme } from '../../../../shared/model'

interface CreateGroupsProps {
  themes: Theme[]
  /** No groups at all yet: the screen's empty state. */
  first: boolean
  onCreate: (themes: Theme[]) => void
}

export function CreateGroups({ themes, first, onCreate }: CreateGroupsProps) {
  const { t } = useTranslation('workGroups')
  const count = themes.length
  return (
    <section className={first ? 'empty-state wg-create is-first' : 'wg-create notice notice-info'} data-testid="wg-create" aria-labelledby="wg-create-heading">
      <div className="wg-create-text">
        <h2 id="wg-create-heading">{first ? t('noGroups.title') : t('create.heading', { count })}</h2>
        {first && <p>{t('noGroups.text', { count })}</p>}
      </div>
      <ul className="wg-create-list">
        {themes.map((theme) => (
          <li key={theme.id}>
            <span className="wg-create-theme">{theme.title}</span>
            <button
              type="button"
              className="btn btn-small"
              aria-label={t('create.oneFor', { theme: theme.title })}
              onClick={() => onCreate([theme])}
            >
              {t('create.one')}
            </button>
          </li>
        ))}
      </ul>
      {count > 1 && (
        <button type="button" className="btn btn-primary" onClick={() => onCreate(themes)}>
          {t('create.all')}
        </button>
      )}
    </section>
  )
}
