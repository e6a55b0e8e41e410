import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { StatusFilter } from '../../../../shared/logic/participants'

const choices = [
  { value: 'all', label: 'toolbar.statusAll' },
  { value: 'active', label: 'toolbar.statusActive' },
  { value: 'inactive', label: 'toolbar.statusInactive' },
] as const satisfies ReadonlyArray<{ value: StatusFilter; label: string }>

/** Everyone / active / stopped as a row of radio buttons: one click, and the arrow keys move. */
export function StatusSwitch({
  value,
  counts,
  onChange,
}: {
  value: StatusFilter
  counts: Record<StatusFilter, number>
  onChange: (value: StatusFilter) => void
}) {
  const { t } = useTranslation('participants')
  const name = useId()
  const labelId = `${name}-label`
  return (
    <div className="status-switch" role="radiogroup" aria-labelledby={labelId}>
      <span className="field-label" id={labelId}>
        {t('toolbar.status')}
      </span>
      <div className="status-switch-options">
        {choices.map((choice) => (
          <label key={choice.value} className="status-switch-option">
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            <span>
              {t(choice.label)} <span className="status-switch-count">{counts[choice.value]}</span>
            </span>
          </label>
        ))}
      </div>
    </div>
  )
}
