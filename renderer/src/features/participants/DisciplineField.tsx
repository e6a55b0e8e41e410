import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { ParticipantCategory } from '../../../../shared/model'

/**
 * The discipline of a professional (with suggestions), or the role of anyone else:
 * "vrijwilliger", "student verpleegkunde". Free text either way.
 */
export function DisciplineField({
  category,
  value,
  onChange,
  onBlur,
}: {
  category: ParticipantCategory
  value: string
  onChange: (value: string) => void
  onBlur?: () => void
}) {
  const { t } = useTranslation('participants')
  const id = useId()
  const professional = category === 'professional'
  const suggestions = t('disciplines', { returnObjects: true })
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {professional ? t('form.discipline') : t('form.role')}
      </label>
      <input
        id={id}
        className="input"
        type="text"
        value={value}
        list={professional ? `${id}-list` : undefined}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
      <span className="field-hint" id={`${id}-hint`}>
        {professional ? t('form.disciplineHint') : t('form.roleHint')}
      </span>
      {professional && (
        <datalist id={`${id}-list`}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      )}
    </div>
  )
}
