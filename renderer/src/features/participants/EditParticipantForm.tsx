import { useTranslation } from 'react-i18next'
import type { ParticipantDraft } from '../../../../shared/logic/participants'
import type { Participant } from '../../../../shared/model'
import { fieldPatch, type ParticipantEdits } from './participant-edits'
import { type DraftChange, ParticipantFields } from './ParticipantFields'
import { StatusSection } from './StatusSection'
import { type CheckedFields, useCheckedFields } from './use-checked-fields'

interface EditParticipantFormProps {
  participant: Participant
  edits: ParticipantEdits
  onStop: (id: string) => void
  onReactivate: (id: string) => void
  onRemove: (id: string, opener: HTMLElement) => void
}

/** Edits one participant in place: every change is written (and saved) as you type. */
export function EditParticipantForm({ participant, edits, onStop, onReactivate, onRemove }: EditParticipantFormProps) {
  const { t } = useTranslation('participants')
  const id = participant.id
  const checked = useCheckedFields(participant, (field, value) => edits.update(id, fieldPatch<CheckedFields, typeof field>(field, value)))
  const values: ParticipantDraft = { ...participant, name: checked.shown.name, joinedOn: checked.shown.joinedOn }

  const change: DraftChange = (field, value) => {
    if (field === 'name' || field === 'joinedOn') checked.change(field, value as ParticipantDraft['name' | 'joinedOn'])
    else edits.update(id, fieldPatch<ParticipantDraft, typeof field>(field, value))
  }

  return (
    <form className="form-grid" noValidate onSubmit={(event) => event.preventDefault()} aria-label={t('panel.editTitle')}>
      <ParticipantFields
        values={values}
        onChange={change}
        nameError={checked.problems.name ? t(`form.${checked.problems.name}`) : null}
        nameHint={checked.problems.name ? t('form.nameKept', { name: checked.storedName }) : undefined}
        onNameBlur={checked.tidyName}
      />
      <StatusSection
        participant={participant}
        leftOn={checked.shown.leftOn}
        leftOnError={checked.problems.leftOn ? t(`form.${checked.problems.leftOn}`) : null}
        onLeftOnChange={(value) => checked.change('leftOn', value)}
        onStop={() => onStop(id)}
        onReactivate={() => onReactivate(id)}
      />
      <div className="panel-remove">
        <button type="button" className="btn btn-ghost btn-remove" onClick={(event) => onRemove(id, event.currentTarget)}>
          {t('status.remove')}
        </button>
      </div>
    </form>
  )
}
