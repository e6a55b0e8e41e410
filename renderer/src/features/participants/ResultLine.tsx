import { useTranslation } from 'react-i18next'
import type { ParticipantSort } from '../../../../shared/logic/participants'

interface ResultLineProps {
  shown: number
  total: number
  filtering: boolean
  sort: ParticipantSort
  onClear: () => void
}

/** "12 van 28 getoond, gesorteerd op naam (oplopend)" — also read out when it changes. */
export function ResultLine({ shown, total, filtering, sort, onClear }: ResultLineProps) {
  const { t } = useTranslation('participants')
  const order = { column: t(`toolbar.sortColumn.${sort.key}`), direction: t(`toolbar.sortDirection.${sort.direction}`) }
  return (
    <div className="participants-resultline">
      <span role="status">
        {filtering ? t('toolbar.shown', { shown, total, ...order }) : t('toolbar.shownAll', { count: total, ...order })}
      </span>
      {filtering && shown > 0 && (
        <button type="button" className="btn btn-ghost btn-small" onClick={onClear}>
          {t('toolbar.clear')}
        </button>
      )}
    </div>
  )
}
