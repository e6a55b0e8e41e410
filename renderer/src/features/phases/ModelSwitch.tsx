import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { type ModelChoice, usePhasesView } from './use-phases'

const CHOICES: ModelChoice[] = ['both', 'remmerswaal', 'vanRiet']

/** Phase names of Remmerswaal, Van Riet, or both (a view preference, not project data). */
export function ModelSwitch() {
  const { t } = useTranslation('phases')
  const model = usePhasesView((s) => s.model)
  const setModel = usePhasesView((s) => s.setModel)
  const name = useId()
  return (
    <div className="phases-model" role="radiogroup" aria-labelledby={`${name}-label`}>
      <span className="field-label" id={`${name}-label`}>
        {t('model.label')}
      </span>
      <div className="phases-segments">
        {CHOICES.map((choice) => (
          <label key={choice} className="phases-segment">
            <input type="radio" name={name} value={choice} checked={model === choice} onChange={() => setModel(choice)} />
            <span>{t(`model.${choice}`)}</span>
          </label>
        ))}
      </div>
    </div>
  )
}
