import { useTranslation } from 'react-i18next'
import type { ParticipantDraft } from '../../../../shared/logic/participants'
import { participantCategories } from '../../../../shared/model'
import { DateField, SelectField, TextArea, TextField } from '../../ui/fields'
import { formatDate } from '../../i18n/dates'
import { DisciplineField } from './DisciplineField'

export type DraftChange = <K extends keyof ParticipantDraft>(field: K, value: ParticipantDraft[K]) => void

interface ParticipantFieldsProps {
  values: ParticipantDraft
  onChange: DraftChange
  nameError: string | null
  /** Shown under the name while it is invalid, e.g. which name is kept meanwhile. */
  nameHint?: string
  onNameBlur?: () => void
}

/** The fields of one participant, shared by the "new" form and the edit panel. */
export function ParticipantFields({ values, onChange, nameError, nameHint, onNameBlur }: ParticipantFieldsProps) {
  const { t } = useTranslation('participants')
  const { t: tc } = useTranslation()
  return (
    <>
      <div onBlur={onNameBlur}>
        <TextField label={t('form.name')} value={values.name} onChange={(v) => onChange('name', v)} error={nameError} required autoFocus name="name" />
        {nameHint && <p className="field-hint panel-kept">{nameHint}</p>}
      </div>
      <SelectField
        label={t('form.category')}
        value={values.category}
        options={participantCategories.map((c) => ({ value: c, label: tc(`categories.${c}`) }))}
        onChange={(v) => onChange('category', v)}
        name="category"
      />
      <DisciplineField category={values.category} value={values.discipline} onChange={(v) => onChange('discipline', v)} />
      <TextField label={t('form.organisation')} value={values.organisation} onChange={(v) => onChange('organisation', v)} name="organisation" />
      <fieldset className="panel-fieldset">
        <legend className="field-label">{t('form.contact')}</legend>
        <div className="panel-row">
          <TextField label={t('form.email')} type="email" value={values.email} onChange={(v) => onChange('email', v)} name="email" />
          <TextField label={t('form.phone')} type="tel" value={values.phone} onChange={(v) => onChange('phone', v)} name="phone" />
        </div>
      </fieldset>
      <DateField
        label={t('form.joinedOn')}
        hint={values.joinedOn ? formatDate(values.joinedOn) : undefined}
        value={values.joinedOn}
        onChange={(v) => onChange('joinedOn', v)}
        name="joinedOn"
      />
      <TextArea label={t('form.notes')} hint={t('form.notesHint')} value={values.notes} onChange={(v) => onChange('notes', v)} rows={4} name="notes" />
    </>
  )
}
