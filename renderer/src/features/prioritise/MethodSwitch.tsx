import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { type Prioritisation, prioritisationMethods } from '../../../../shared/model'

/** Scores 1–5 or dots: two radio buttons; both kinds of data are kept when switching. */
export function MethodSwitch({ value, onChange }: { value: Prioritisation['method']; onChange: (method: Prioritisation['method']) => void }) {
  const { t } = useTranslation('prioritise')
  const name = useId()
  const labelId = `${name}-label`
  return (
    <div className="prio-weight prio-method" role="radiogroup" aria-labelledby={labelId}>
      <span className="field-label" id={labelId}>
        {t('method.label')}
      </span>
      <div className="prio-segments">
        {prioritisationMethods.map((method) => (
          <label key={method} className="prio-segment">
            <input type="radio" name={name} value={method} checked={value === method} onChange={() => onChange(method)} />
            <span>{t(`method.${method}`)}</span>
          </label>
        ))}
      </div>
    </div>
  )
}
