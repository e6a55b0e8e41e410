import { useId } from 'react'
import { useTranslation } from 'react-i18next'

const levels = [1, 2, 3, 4, 5] as const

/**
 * Survey question 12's scale as a radio group: "nog niet ingeschat", then 1 (zeer laag)
 * to 5 (zeer hoog). Native radios: arrow keys move the choice, the legend names the group.
 */
export function EngagementChoice({ legend, value, onChange }: { legend: string; value: number | null; onChange: (value: number | null) => void }) {
  const { t } = useTranslation('profile')
  const name = useId()
  return (
    <fieldset className="engagement">
      <legend className="visually-hidden">{legend}</legend>
      <span className="engagement-caption" aria-hidden="true">
        {t('participants.engagement')}
      </span>
      <div className="engagement-options">
        <label className="engagement-option engagement-none">
          <input type="radio" name={name} checked={value === null} onChange={() => onChange(null)} />
          <span>{t('participants.notEstimated')}</span>
        </label>
        {levels.map((level) => (
          <label key={level} className="engagement-option" data-level={level}>
            <input type="radio" name={name} checked={value === level} onChange={() => onChange(level)} />
            <span className="engagement-number">{level}</span> <span>{t(`participants.levels.${level}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
