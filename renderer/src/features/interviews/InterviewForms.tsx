import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  checkInterview,
  chooseParticipant,
  emptyInterviewDraft,
  indexById,
  type InterviewDraft,
} from '../../../../shared/logic/interviews'
import { normalizeForSearch } from '../../../../shared/logic/participants'
import type { Interview, Participant, Theme } from '../../../../shared/model'
import { InterviewFields } from './InterviewFields'
import type { InterviewEdits } from './interview-edits'

export const NEW_INTERVIEW_FORM = 'new-interview-form'

interface FormContext {
  participants: readonly Participant[]
  themes: readonly Theme[]
  columnTitle: string
}

interface NewInterviewFormProps extends FormContext {
  initialDate: string | null
  onAdd: InterviewEdits['add']
  onAdded: (interview: Interview) => void
}

/**
 * A new interview is written in one step when the form is submitted (with any new themes), so
 * adding it is one undo step. Until then nothing is in the project: Ctrl+Z undoes typing.
 */
export function NewInterviewForm({ participants, themes, columnTitle, initialDate, onAdd, onAdded }: NewInterviewFormProps) {
  const { t } = useTranslation('interviews')
  const [draft, setDraft] = useState<InterviewDraft>(() => emptyInterviewDraft(initialDate))
  const [pending, setPending] = useState<string[]>([])
  const [submitted, setSubmitted] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)
  const problem = submitted ? checkInterview(draft).who : undefined
  const change = (patch: Partial<InterviewDraft>) => setDraft((current) => ({ ...current, ...patch }))

  return (
    <form
      id={NEW_INTERVIEW_FORM}
      ref={formRef}
      className="form-grid"
      noValidate
      aria-label={t('panel.newTitle')}
      data-own-undo
      onSubmit={(event) => {
        event.preventDefault()
        if (checkInterview(draft).who) {
          setSubmitted(true)
          formRef.current?.querySelector<HTMLElement>('select[name="participantId"], input[name="who"]')?.focus()
          return
        }
        onAdded(onAdd(draft, pending))
      }}
    >
      <InterviewFields
        values={draft}
        participants={participants}
        themes={themes}
        columnTitle={columnTitle}
        whoError={problem ? t(`form.${problem}`) : null}
        onParticipant={(participantId) => {
          const byId = indexById(participants)
          const participant = participantId === null ? undefined : byId.get(participantId)
          setDraft((current) => (participant ? { ...current, ...chooseParticipant(current, participant, byId) } : { ...current, participantId: null }))
        }}
        onText={(field, value) => change({ [field]: value })}
        onDate={(date) => change({ date })}
        onToggleTheme={(themeId, linked) =>
          setDraft((current) => ({
            ...current,
            themeIds: linked ? [...current.themeIds.filter((id) => id !== themeId), themeId] : current.themeIds.filter((id) => id !== themeId),
          }))
        }
        onCreateTheme={(title) => setPending((current) => [...current, title])}
        pendingThemes={pending}
        onRemovePendingTheme={(title) => setPending((current) => current.filter((p) => normalizeForSearch(p) !== normalizeForSearch(title)))}
      />
    </form>
  )
}

interface EditInterviewFormProps extends FormContext {
  interview: Interview
  edits: InterviewEdits
  onRemove: (id: string, opener: HTMLElement) => void
}

/** Edits one interview in place: every change is written (and saved) as you type. */
export function EditInterviewForm({ interview, edits, participants, themes, columnTitle, onRemove }: EditInterviewFormProps) {
  const { t } = useTranslation('interviews')
  const id = interview.id
  const problem = checkInterview(interview).who
  return (
    <form className="form-grid" noValidate onSubmit={(event) => event.preventDefault()} aria-label={t('panel.editTitle')}>
      <InterviewFields
        values={interview}
        participants={participants}
        themes={themes}
        columnTitle={columnTitle}
        whoError={problem ? t(`form.${problem}`) : null}
        onParticipant={(participantId) => edits.setParticipant(id, participantId)}
        onText={(field, value) => edits.updateText(id, field, value)}
        onDate={(date) => edits.updateDate(id, date)}
        onToggleTheme={(themeId, linked) => edits.linkTheme(id, themeId, linked)}
        onCreateTheme={(title) => edits.createAndLinkTheme(id, title)}
        announceCreated
      />
      <div className="panel-remove">
        <button type="button" className="btn btn-ghost btn-remove" onClick={(event) => onRemove(id, event.currentTarget)}>
          {t('form.remove')}
        </button>
      </div>
    </form>
  )
}
