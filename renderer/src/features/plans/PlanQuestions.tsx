/** The plan's learning questions: taken from the theme when the plan was made, edited here. */
import { useTranslation } from 'react-i18next'
import type { LearningQuestion } from '../../../../shared/model'
import { RemoveButton } from '../../ui/RemoveButton'
import { focusSoon } from './focus'
import type { PlanEdits } from './plan-edits'

interface Props {
  questions: readonly LearningQuestion[]
  themeQuestions: readonly string[]
  edits: PlanEdits
  onAnnounce: (message: string) => void
}

export function PlanQuestions({ questions, themeQuestions, edits, onAnnounce }: Props) {
  const { t } = useTranslation('plans')
  const addFromTheme = () => {
    const count = edits.addThemeQuestions(themeQuestions)
    onAnnounce(count === 0 ? t('announce.questionsNone') : t('announce.questionsAdded', { count }))
  }
  return (
    <div className="plan-questions">
      {questions.length === 0 && <p className="muted">{t('questions.empty')}</p>}
      <ol className="plan-question-list">
        {questions.map((question, index) => (
          <li key={question.id} className="plan-question">
            <label className="visually-hidden" htmlFor={`q-${question.id}`}>
              {t('questions.label', { number: index + 1 })}
            </label>
            <textarea
              id={`q-${question.id}`}
              className="textarea plan-question-input"
              rows={2}
              value={question.text}
              onChange={(event) => edits.setQuestion(question.id, event.target.value)}
            />
            <RemoveButton
              label={t('questions.remove', { number: index + 1 })}
              onClick={() => {
                edits.removeQuestion(question.id)
                focusSoon('[data-focus-id="add-question"]')
              }}
            />
          </li>
        ))}
      </ol>
      <div className="plan-row-actions">
        <button
          type="button"
          className="btn btn-small"
          data-focus-id="add-question"
          onClick={() => {
            const id = edits.addQuestion()
            focusSoon(`#q-${id}`)
          }}
        >
          {t('questions.add')}
        </button>
        {themeQuestions.length > 0 && (
          <button type="button" className="btn btn-small btn-ghost" onClick={addFromTheme}>
            {t('questions.fromTheme')}
          </button>
        )}
      </div>
    </div>
  )
}
