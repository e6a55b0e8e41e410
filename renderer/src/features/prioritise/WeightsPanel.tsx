import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Weights } from '../../../../shared/logic/ranking'
import { type Criterion, criteria } from '../../../../shared/model'

const STEPS = [0, 1, 2, 3] as const

/** Weight per criterion as a row of radio buttons: telt niet, ×1, ×2, ×3 (other values from a file stay visible). */
export function WeightsPanel({ weights, onChange }: { weights: Weights; onChange: (criterion: Criterion, weight: number) => void }) {
  const { t } = useTranslation('prioritise')
  const titleId = useId()
  const allZero = criteria.every((c) => !(weights[c] > 0))
  return (
    <section className="card prio-weights" aria-labelledby={titleId} data-testid="weights">
      <div className="prio-weights-head">
        <h3 id={titleId}>{t('weights.title')}</h3>
        <p className="muted">{t('weights.hint')}</p>
      </div>
      <div className="prio-weights-grid">
        {criteria.map((criterion) => (
          <WeightChoice key={criterion} label={t(`criteria.${criterion}`)} value={weights[criterion]} onChange={(w) => onChange(criterion, w)} />
        ))}
      </div>
      {allZero && (
        <p className="notice notice-warning" role="alert">
          {t('weights.allZero')}
        </p>
      )}
    </section>
  )
}

function WeightChoice({ label, value, onChange }: { label: string; value: number; onChange: (weight: number) => void }) {
  const { t } = useTranslation('prioritise')
  const name = useId()
  const labelId = `${name}-label`
  const steps: number[] = STEPS.includes(value as (typeof STEPS)[number]) ? [...STEPS] : [...STEPS, value].sort((a, b) => a - b)
  const text = (step: number) => (STEPS.includes(step as (typeof STEPS)[number]) ? t(`weights.option.${step as (typeof STEPS)[number]}`) : t('weights.other', { value: step }))
  return (
    <div className="prio-weight" role="radiogroup" aria-labelledby={labelId}>
      <span className="field-label" id={labelId}>
        {label}
      </span>
      <div className="prio-segments">
        {steps.map((step) => (
          <label key={step} className="prio-segment">
            <input type="radio" name={name} value={step} checked={value === step} onChange={() => onChange(step)} />
            <span>{text(step)}</span>
          </label>
        ))}
      </div>
    </div>
  )
}
