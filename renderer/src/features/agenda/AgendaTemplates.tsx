/** Fill the agenda: apply a template (built-in or the project's own), copy the previous meeting's agenda, or save this agenda as a template. */
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AgendaTemplate, Meeting } from '../../../../shared/model'
import { BUILTIN_TEMPLATES } from '../../../../shared/logic/agenda'
import { formatDate } from '../../i18n/dates'

interface AgendaTemplatesProps {
  templates: readonly AgendaTemplate[]
  previous: Meeting | null
  canSave: boolean
  onApply: (template: AgendaTemplate) => void
  onCopyPrevious: () => void
  onSaveAsTemplate: () => void
}

export const meetingLabel = (meeting: Meeting) => `${meeting.title.trim() || formatDate(meeting.date)} (${formatDate(meeting.date)})`

export function AgendaTemplates({ templates, previous, canSave, onApply, onCopyPrevious, onSaveAsTemplate }: AgendaTemplatesProps) {
  const { t } = useTranslation('agenda')
  const selectId = useId()
  const [chosen, setChosen] = useState('')
  const all = [...BUILTIN_TEMPLATES, ...templates]
  const apply = () => {
    const template = all.find((x) => x.id === chosen)
    if (template) onApply(template)
  }
  return (
    <div className="agenda-tools" role="group" aria-label={t('tools')}>
      <div className="agenda-template-picker">
        <label htmlFor={selectId} className="field-label">
          {t('templates.label')}
        </label>
        <select id={selectId} className="select" value={chosen} onChange={(event) => setChosen(event.target.value)}>
          <option value="">{t('templates.choose')}</option>
          <optgroup label={t('templates.builtin')}>
            {BUILTIN_TEMPLATES.map((template) => (
              <option key={template.id} value={template.id}>
                {template.name}
              </option>
            ))}
          </optgroup>
          {templates.length > 0 && (
            <optgroup label={t('templates.own')}>
              {templates.map((template) => (
                <option key={template.id} value={template.id}>
                  {template.name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
        <button type="button" className="btn" disabled={chosen === ''} onClick={apply}>
          {t('templates.apply')}
        </button>
      </div>
      <button
        type="button"
        className="btn"
        disabled={previous === null}
        title={previous ? t('copyPreviousHint', { meeting: meetingLabel(previous) }) : t('noPrevious')}
        onClick={onCopyPrevious}
      >
        {t('copyPrevious')}
      </button>
      <button type="button" className="btn" disabled={!canSave} onClick={onSaveAsTemplate}>
        {t('templates.saveAs')}
      </button>
    </div>
  )
}
