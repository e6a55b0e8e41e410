import { useTranslation } from 'react-i18next'

/** Nobody passes the search and filters: say so and offer the way back. */
export function NoResults({ onClear }: { onClear: () => void }) {
  const { t } = useTranslation('participants')
  return (
    <div className="empty-state participants-no-results" data-testid="participants-no-results">
      <h3>{t('noResults.title')}</h3>
      <p>{t('noResults.text')}</p>
      <button type="button" className="btn" onClick={onClear}>
        {t('toolbar.clear')}
      </button>
    </div>
  )
}
