import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { checkThemeTitle, type ThemeDraft } from '../../../../shared/logic/board'
import type { Theme } from '../../../../shared/model'
import { TextArea, TextField } from '../../ui/fields'

export const NEW_THEME_FORM = 'new-theme-form'

const emptyDraft = () => ({ title: '', description: '', question: '' })

interface NewThemeFormProps {
  onAdd: (draft: ThemeDraft) => Theme
  /** After adding: close the panel (false) or start on the next theme (true). */
  onAdded: (theme: Theme, another: boolean) => void
}

/** A new theme is written in one step when the form is submitted: adding is one undo step. */
export function NewThemeForm({ onAdd, onAdded }: NewThemeFormProps) {
  const { t } = useTranslation('themes')
  const [draft, setDraft] = useState(emptyDraft)
  const [submitted, setSubmitted] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)
  const problem = submitted ? checkThemeTitle(draft.title) : null
  const focusTitle = () => formRef.current?.querySelector<HTMLInputElement>('input[name="title"]')?.focus()

  const submit = (another: boolean) => {
    if (checkThemeTitle(draft.title)) {
      setSubmitted(true)
      focusTitle()
      return
    }
    const added = onAdd({ title: draft.title, description: draft.description, learningQuestions: [draft.question] })
    setSubmitted(false)
    if (another) {
      setDraft(emptyDraft())
      focusTitle()
    }
    onAdded(added, another)
  }

  return (
    <form
      id={NEW_THEME_FORM}
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
      <TextField
        label={t('form.title')}
        name="title"
        value={draft.title}
        required
        autoFocus
        hint={t('form.titleHint')}
        error={problem ? t(`form.${problem}`) : null}
        onChange={(title) => setDraft((d) => ({ ...d, title }))}
      />
      <TextArea
        label={t('form.description')}
        name="description"
        hint={t('form.descriptionHint')}
        value={draft.description}
        onChange={(description) => setDraft((d) => ({ ...d, description }))}
      />
      <TextArea
        label={t('form.firstQuestion')}
        name="question"
        rows={2}
        hint={t('form.firstQuestionHint')}
        value={draft.question}
        onChange={(question) => setDraft((d) => ({ ...d, question }))}
      />
    </form>
  )
}
