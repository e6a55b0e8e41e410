import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { InterviewDraft } from '../../../../shared/logic/interviews'
import type { Participant, Theme } from '../../../../shared/model'
import { DateField, TextArea, TextField } from '../../ui/fields'
import type { InterviewTextField } from './interview-edits'
import { ThemePicker } from './ThemePicker'

type WhoMode = 'participant' | 'outsider'

export interface InterviewFieldsProps {
  values: InterviewDraft
  participants: readonly Participant[]
  themes: readonly Theme[]
  columnTitle: string
  whoError: string | null
  onParticipant: (participantId: string | null) => void
  onText: (field: InterviewTextField, value: string) => void
  onDate: (date: string | null) => void
  onToggleTheme: (themeId: string, linked: boolean) => void
  onCreateTheme: (title: string) => void
  pendingThemes?: readonly string[]
  onRemovePendingTheme?: (title: string) => void
  announceCreated?: boolean
}

/** Who, role, organisation, date, notes and themes: the fields of the new and the edit form. */
export function InterviewFields(props: InterviewFieldsProps) {
  const { values, participants, themes, columnTitle, whoError, onParticipant, onText, onDate } = props
  const { t } = useTranslation('interviews')
  const [chosenMode, setMode] = useState<WhoMode>(values.participantId === null && values.who.trim() !== '' ? 'outsider' : 'participant')
  // A participant on record (also after Ctrl+Z) always shows as one.
  const mode: WhoMode = values.participantId !== null ? 'participant' : chosenMode
  const radioName = useId()
  const selectId = useId()
  const errorId = useId()
  const sorted = useMemo(() => [...participants].sort((a, b) => a.name.localeCompare(b.name, 'nl')), [participants])
  const chosen = values.participantId === null ? undefined : participants.find((p) => p.id === values.participantId)

  // Say so when role or organisation still hold what the chosen participant's record says.
  const prefilled =
    chosen !== undefined &&
    ((values.role !== '' && values.role === chosen.discipline) || (values.organisation !== '' && values.organisation === chosen.organisation))

  const switchMode = (next: WhoMode) => {
    setMode(next)
    if (next === 'outsider' && values.participantId !== null) onParticipant(null)
  }

  return (
    <>
      <fieldset className="panel-fieldset" aria-describedby={whoError ? errorId : undefined}>
        <legend className="field-label">{t('form.whoLegend')}</legend>
        <div className="who-switch" role="radiogroup" aria-label={t('form.whoLegend')}>
          {(['participant', 'outsider'] as const).map((option) => (
            <label key={option} className="who-switch-option">
              <input type="radio" name={radioName} value={option} checked={mode === option} onChange={() => switchMode(option)} />
              <span>{option === 'participant' ? t('form.whoParticipant') : t('form.whoOther')}</span>
            </label>
          ))}
        </div>
        {mode === 'participant' ? (
          <div className="field">
            <label className="field-label field-label-quiet" htmlFor={selectId}>
              {t('form.participant')}
            </label>
            <select
              id={selectId}
              name="participantId"
              className="select"
              value={values.participantId ?? ''}
              aria-invalid={whoError ? true : undefined}
              aria-describedby={whoError ? errorId : undefined}
              onChange={(event) => onParticipant(event.target.value === '' ? null : event.target.value)}
            >
              <option value="">{t('form.chooseParticipant')}</option>
              {sorted.map((p) => (
                <option key={p.id} value={p.id}>
                  {[p.name, p.discipline].filter((x) => x !== '').join(' — ') + (p.active ? '' : ` (${t('form.stopped')})`)}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <TextField
            label={t('form.who')}
            name="who"
            value={values.who}
            hint={t('form.whoHint')}
            onChange={(value) => onText('who', value)}
          />
        )}
        {whoError && (
          <span className="field-error" id={errorId} role="alert">
            {whoError}
          </span>
        )}
      </fieldset>

      <div className="panel-row panel-row-two">
        <TextField label={t('form.role')} name="role" value={values.role} onChange={(value) => onText('role', value)} />
        <DateField label={t('form.date')} name="date" value={values.date} onChange={onDate} />
      </div>
      <TextField
        label={t('form.organisation')}
        name="organisation"
        value={values.organisation}
        hint={prefilled ? t('form.prefilled') : undefined}
        onChange={(value) => onText('organisation', value)}
      />
      <TextArea label={t('form.notes')} name="notes" rows={4} value={values.notes} hint={t('form.notesHint')} onChange={(value) => onText('notes', value)} />

      <ThemePicker
        themes={themes}
        selectedIds={values.themeIds}
        pending={props.pendingThemes}
        columnTitle={columnTitle}
        onToggle={props.onToggleTheme}
        onCreate={props.onCreateTheme}
        onRemovePending={props.onRemovePendingTheme}
        announceCreated={props.announceCreated}
      />
    </>
  )
}
