/** Action-research cycles: try → saw → learnt → implement, each step with its date. */
import { useTranslation } from 'react-i18next'
import { cycleSteps, type ActionResearchCycle } from '../../../../shared/model'
import { RemoveButton } from '../../ui/RemoveButton'
import { focusSoon } from './focus'
import type { PlanEdits } from './plan-edits'

interface Props {
  cycles: readonly ActionResearchCycle[]
  edits: PlanEdits
  onRemoved: (title: string) => void
}

export function PlanCycles({ cycles, edits, onRemoved }: Props) {
  const { t } = useTranslation('plans')
  return (
    <div className="plan-cycles">
      <p className="field-hint">{t('cycles.intro')}</p>
      {cycles.length === 0 && <p className="muted">{t('cycles.empty')}</p>}
      {cycles.map((cycle, index) => {
        const number = index + 1
        return (
          <fieldset key={cycle.id} className="plan-cycle" data-testid="plan-cycle">
            <legend className="visually-hidden">{t('cycles.heading', { number })}</legend>
            <div className="plan-cycle-head">
              <span className="plan-cycle-number" aria-hidden="true">
                {number}
              </span>
              <label className="visually-hidden" htmlFor={`cycle-${cycle.id}`}>
                {t('cycles.title', { number })}
              </label>
              <input
                id={`cycle-${cycle.id}`}
                className="input plan-cycle-title"
                placeholder={t('cycles.titlePlaceholder')}
                value={cycle.title}
                onChange={(event) => edits.setCycleTitle(cycle.id, event.target.value)}
              />
              <RemoveButton
                label={t('cycles.remove', { number })}
                onClick={() => {
                  edits.removeCycle(cycle.id)
                  onRemoved(cycle.title || t('cycles.heading', { number }))
                  focusSoon('[data-focus-id="add-cycle"]')
                }}
              />
            </div>
            <div className="plan-cycle-steps">
              {cycleSteps.map((step) => (
                <div key={step} className={`plan-cycle-step step-${step}`}>
                  <div className="plan-cycle-step-head">
                    <label className="field-label" htmlFor={`cycle-${cycle.id}-${step}`}>
                      {t(`cycles.steps.${step}`)}
                    </label>
                    <input
                      type="date"
                      className="input plan-cycle-date"
                      aria-label={`${t(`cycles.steps.${step}`)}: ${t('cycles.date')} (${t('cycles.heading', { number })})`}
                      value={cycle[step].date ?? ''}
                      onChange={(event) => edits.setCycleStep(cycle.id, step, { date: event.target.value === '' ? null : event.target.value })}
                    />
                  </div>
                  <textarea
                    id={`cycle-${cycle.id}-${step}`}
                    className="textarea"
                    rows={3}
                    value={cycle[step].text}
                    onChange={(event) => edits.setCycleStep(cycle.id, step, { text: event.target.value })}
                  />
                </div>
              ))}
            </div>
          </fieldset>
        )
      })}
      <div className="plan-row-actions">
        <button
          type="button"
          className="btn btn-small"
          data-focus-id="add-cycle"
          onClick={() => {
            const id = edits.addCycle()
            focusSoon(`#cycle-${id}`)
          }}
        >
          {t('cycles.add')}
        </button>
      </div>
    </div>
  )
}
