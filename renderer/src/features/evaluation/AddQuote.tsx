/** Add a quote: its text, who said it (or anonymous) and its category. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { quoteCategories, type Participant, type QuoteCategory } from '../../../../shared/model'
import { ParticipantSelect } from '../../ui/ParticipantSelect'
import type { EvaluationEdits } from './evaluation-edits'

export function AddQuote({ participants, edits, onAnnounce }: { participants: readonly Participant[]; edits: EvaluationEdits; onAnnounce: (m: string) => void }) {
  const { t } = useTranslation('evaluation')
  const [text, setText] = useState('')
  const [who, setWho] = useState<string | null>(null)
  const [category, setCategory] = useState<QuoteCategory>('learningYield')
  const [error, setError] = useState<string | null>(null)
  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const clean = text.trim()
    if (clean === '') {
      setError(t('quotes.noText'))
      document.getElementById('new-quote-text')?.focus()
      return
    }
    edits.addQuote(clean, who, category)
    onAnnounce(t('quotes.added', { category: t(`categories.${category}`) }))
    setText('')
    setError(null)
    document.getElementById('new-quote-text')?.focus()
  }
  return (
    <form className="quote-add" onSubmit={submit} data-testid="quote-add">
      <div className="field quote-add-text">
        <label className="field-label" htmlFor="new-quote-text">
          {t('quotes.text')}
        </label>
        <textarea
          id="new-quote-text"
          className="textarea"
          rows={2}
          value={text}
          placeholder={t('quotes.textPlaceholder')}
          // Not project data yet: while there is text, Ctrl+Z undoes the typing, not the last edit.
          data-own-undo={text === '' ? undefined : ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'new-quote-error' : undefined}
          onChange={(event) => setText(event.target.value)}
        />
        {error && (
          <span className="field-error" id="new-quote-error" role="alert">
            {error}
          </span>
        )}
      </div>
      <div className="field">
        <label className="field-label" htmlFor="new-quote-who">
          {t('quotes.who')}
        </label>
        <ParticipantSelect id="new-quote-who" participants={participants} noneLabel={t('quotes.anonymous')} value={who} onChange={setWho} />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="new-quote-category">
          {t('quotes.category')}
        </label>
        <select id="new-quote-category" className="select" value={category} onChange={(event) => setCategory(event.target.value as QuoteCategory)}>
          {quoteCategories.map((c) => (
            <option key={c} value={c}>
              {t(`categories.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn btn-primary quote-add-button">
        {t('quotes.add')}
      </button>
    </form>
  )
}
