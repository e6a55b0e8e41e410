import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { checkParticipant, emptyParticipantDraft, type ParticipantDraft } from '../../../../shared/logic/participants'
import type { Participant } from '../../../../shared/model'
import { todayIso } from '../../i18n/dates'
import { type DraftChange, ParticipantFields } from './ParticipantFields'

export const NEW_PARTICIPANT_FORM = 'new-participant-form'

interface NewParticipantFormProps {
  onAdd: (draft: ParticipantDraft) => Participant
  /** After adding: close the panel (false) or start on the next person (true). */
  onAdded: (participant: Participant, another: boolean) => void
}

/**
 * A new participant is written in one step when the form is submitted, so adding
 * someone is one undo step. "Toevoegen en nog een" keeps category and date for the next.
 */
export function NewParticipantForm({ onAdd, onAdded }: NewParticipantFormProps) {
  const { t } = useTranslation('participants')
  const [draft, setDraft] = useState<ParticipantDraft>(() => emptyParticipantDraft(todayIso()))
  const [submitted, setSubmitted] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)
  const problem = submitted ? checkParticipant({ ...draft, leftOn: null }).name : undefined

  const change: DraftChange = (field, value) => setDraft((current) => ({ ...current, [field]: value }))

  const submit = (another: boolean) => {
    if (checkParticipant({ ...draft, leftOn: null }).name) {
      setSubmitted(true)
      formRef.current?.querySelector<HTMLInputElement>('input[name="name"]')?.focus()
      return
    }
    const added = onAdd(draft)
    setSubmitted(false)
    if (another) {
      setDraft({ ...emptyParticipantDraft(draft.joinedOn), category: draft.category })
      formRef.current?.querySelector<HTMLInputElement>('input[name="name"]')?.focus()
    }
    onAdded(added, another)
  }

  return (
    <form
      id={NEW_PARTICIPANT_FORM}
      ref={formRef}
      className="form-grid"
      noValidate
      aria-label={t('panel.newTitle')}
      // Nothing here is in the project until it is added: Ctrl+Z undoes typing in the field.
      data-own-undo
      onSubmit={(event) => {
        event.preventDefault()
        const submitter = (event.nativeEvent as SubmitEvent).submitter
        submit(submitter instanceof HTMLElement && submitter.dataset.another === 'true')
      }}
    >
      <ParticipantFields values={draft} onChange={change} nameError={problem ? t(`form.${problem}`) : null} />
    </form>
  )
}
