/**
 * A theme in the side panel, edited in place: every change is written (and saved) as you
 * type. Also the keyboard way to move it to another column and to merge it into another theme.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { checkThemeTitle } from '../../../../shared/logic/board'
import type { BoardColumn, Interview, Participant, Theme } from '../../../../shared/model'
import { useProject } from '../../app/session-store'
import { formatDate } from '../../i18n/dates'
import { SelectField, TextArea, TextField } from '../../ui/fields'
import type { ThemeEdits } from './theme-edits'

interface ThemeDetailsProps {
  theme: Theme
  columns: readonly BoardColumn[]
  columnId: string | null
  themesById: ReadonlyMap<string, Theme>
  edits: ThemeEdits
  onMoved: (theme: Theme, column: BoardColumn) => void
  onMerge: (sourceId: string, targetId: string) => void
  onRemove: (theme: Theme) => void
}

export function ThemeDetails({ theme, columns, columnId, themesById, edits, onMoved, onMerge, onRemove }: ThemeDetailsProps) {
  const { t } = useTranslation('themes')
  const id = theme.id
  return (
    <form className="form-grid theme-details" noValidate onSubmit={(event) => event.preventDefault()} aria-label={t('panel.eyebrow')}>
      <TitleField theme={theme} edits={edits} />
      <TextArea
        label={t('form.description')}
        name="description"
        rows={4}
        value={theme.description}
        onChange={(description) => edits.update(id, { description })}
      />
      <QuestionsSection theme={theme} edits={edits} />
      <SourcesSection theme={theme} edits={edits} />
      <InterviewsSection themeId={id} />
      <SelectField
        label={t('details.column')}
        name="column"
        hint={t('details.columnHint')}
        value={columnId ?? ''}
        options={columns.map((column) => ({ value: column.id, label: column.title }))}
        onChange={(value) => {
          const column = columns.find((c) => c.id === value)
          if (!column || column.id === columnId) return
          edits.move(id, column.id, Number.POSITIVE_INFINITY)
          onMoved(theme, column)
        }}
      />
      <MergeSection theme={theme} columns={columns} themesById={themesById} onMerge={onMerge} />
      <RemoveSection theme={theme} onRemove={onRemove} />
    </form>
  )
}

/** The title is only written while it is not empty; an empty field shows why the old title stays. */
function TitleField({ theme, edits }: { theme: Theme; edits: ThemeEdits }) {
  const { t } = useTranslation('themes')
  const [pending, setPending] = useState<{ value: string; base: string; id: string } | null>(null)
  const current = pending !== null && pending.base === theme.title && pending.id === theme.id ? pending : null
  const shown = current ? current.value : theme.title
  const problem = current ? checkThemeTitle(current.value) : null
  return (
    <TextField
      label={t('form.title')}
      name="title"
      value={shown}
      required
      error={problem ? t(`form.${problem}`) : null}
      hint={problem ? t('form.titleKept', { title: theme.title }) : undefined}
      onChange={(value) => {
        if (checkThemeTitle(value)) {
          setPending({ value, base: theme.title, id: theme.id })
          return
        }
        setPending(null)
        edits.update(theme.id, { title: value })
      }}
    />
  )
}

function QuestionsSection({ theme, edits }: { theme: Theme; edits: ThemeEdits }) {
  const { t } = useTranslation('themes')
  const [focusId, setFocusId] = useState<string | null>(null)
  const listRef = useRef<HTMLOListElement>(null)
  const headingId = useId()

  useEffect(() => {
    if (!focusId) return
    const field = listRef.current?.querySelector<HTMLTextAreaElement>(`[data-question-id="${CSS.escape(focusId)}"] textarea`)
    if (field) {
      field.focus()
      setFocusId(null)
    }
  }, [focusId, theme.learningQuestions])

  return (
    <section className="theme-details-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('details.questions')}</h3>
      {theme.learningQuestions.length === 0 && <p className="muted">{t('details.noQuestions')}</p>}
      <ol className="theme-question-list" ref={listRef}>
        {theme.learningQuestions.map((question, index) => (
          <li key={question.id} data-question-id={question.id} className="theme-question">
            <div
              className="theme-question-field"
              onBlur={(event) => {
                // Leaving a question that was left empty removes it.
                if (event.target instanceof HTMLTextAreaElement && event.target.value.trim() === '') edits.removeQuestion(theme.id, question.id)
              }}
            >
              <TextArea
                label={t('details.questionLabel', { n: index + 1 })}
                rows={2}
                value={question.text}
                onChange={(text) => edits.updateQuestion(theme.id, question.id, text)}
              />
            </div>
            <button
              type="button"
              className="btn btn-ghost btn-small btn-icon btn-remove"
              aria-label={t('details.questionRemove', { n: index + 1 })}
              title={t('details.questionRemove', { n: index + 1 })}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => edits.removeQuestion(theme.id, question.id)}
            >
              <span aria-hidden="true">✕</span>
            </button>
          </li>
        ))}
      </ol>
      <div>
        <button type="button" className="btn btn-small" onClick={() => setFocusId(edits.addQuestion(theme.id))}>
          {t('details.questionAdd')}
        </button>
      </div>
    </section>
  )
}

function SourcesSection({ theme, edits }: { theme: Theme; edits: ThemeEdits }) {
  const { t } = useTranslation('themes')
  const [draft, setDraft] = useState('')
  const headingId = useId()
  const inputId = useId()
  const add = () => {
    if (draft.trim() === '') return
    edits.addSource(theme.id, draft)
    setDraft('')
  }
  return (
    <section className="theme-details-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('details.sources')}</h3>
      <p className="field-hint">{t('details.sourcesHint')}</p>
      {theme.sources.length === 0 ? (
        <p className="muted">{t('details.noSources')}</p>
      ) : (
        <ul className="theme-source-list">
          {theme.sources.map((source, index) => (
            <li key={`${index}:${source}`}>
              <span>{source}</span>
              <button
                type="button"
                className="btn btn-ghost btn-small btn-icon btn-remove"
                aria-label={t('details.sourceRemove', { source })}
                title={t('details.sourceRemove', { source })}
                onClick={() => edits.removeSource(theme.id, index)}
              >
                <span aria-hidden="true">✕</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="theme-source-add" data-own-undo>
        <label className="visually-hidden" htmlFor={inputId}>
          {t('details.sourceNew')}
        </label>
        <input
          id={inputId}
          className="input"
          value={draft}
          maxLength={500}
          placeholder={t('details.sourceNew')}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return
            event.preventDefault()
            add()
          }}
        />
        <button type="button" className="btn btn-small" onClick={add} disabled={draft.trim() === ''}>
          {t('details.sourceAdd')}
        </button>
      </div>
    </section>
  )
}

/** Read-only: which interviews raised this theme (linked on the Gesprekken screen). */
function InterviewsSection({ themeId }: { themeId: string }) {
  const { t } = useTranslation('themes')
  const interviews = useProject((p) => p.interviews)
  const participants = useProject((p) => p.participants)
  const headingId = useId()
  const raised = useMemo(() => interviews.filter((interview) => interview.themeIds.includes(themeId)), [interviews, themeId])
  const names = useMemo(() => new Map<string, Participant>(participants.map((p) => [p.id, p])), [participants])
  const label = (interview: Interview) => {
    const person = interview.participantId ? names.get(interview.participantId)?.name : undefined
    return person ?? (interview.who.trim() || t('details.interviewUnknown'))
  }
  return (
    <section className="theme-details-section" aria-labelledby={headingId} data-testid="theme-interviews">
      <h3 id={headingId}>
        {t('details.interviews')} {raised.length > 0 && <span className="badge">{t('details.interviewsCount', { count: raised.length })}</span>}
      </h3>
      {raised.length === 0 ? (
        <p className="muted">{t('details.noInterviews')}</p>
      ) : (
        <ul className="theme-interview-list">
          {raised.map((interview) => {
            const detail = [interview.role, interview.organisation].filter((part) => part.trim() !== '').join(', ')
            return (
              <li key={interview.id}>
                <span className="theme-interview-who">{label(interview)}</span>
                {(detail || interview.date) && (
                  <span className="theme-interview-detail">{[detail, formatDate(interview.date)].filter(Boolean).join(' · ')}</span>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}

function MergeSection({
  theme,
  columns,
  themesById,
  onMerge,
}: {
  theme: Theme
  columns: readonly BoardColumn[]
  themesById: ReadonlyMap<string, Theme>
  onMerge: (sourceId: string, targetId: string) => void
}) {
  const { t } = useTranslation('themes')
  const [target, setTarget] = useState('')
  const headingId = useId()
  const selectId = useId()
  const hasScores = useProject(
    (p) => p.prioritisation.scores.some((s) => s.themeId === theme.id) || p.prioritisation.dotVotes.some((v) => v.themeId === theme.id),
  )
  const chosen = target !== '' && themesById.has(target) && target !== theme.id ? target : ''
  return (
    <section className="theme-details-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('details.mergeHeading')}</h3>
      <p className="field-hint">
        {t('details.mergeHint', { title: theme.title })} {hasScores && t('details.mergeScores', { title: theme.title })}
      </p>
      <div className="theme-merge-row">
        <label className="visually-hidden" htmlFor={selectId}>
          {t('details.merge')}
        </label>
        <select id={selectId} className="select" value={chosen} onChange={(event) => setTarget(event.target.value)}>
          <option value="">{t('details.mergeChoose')}</option>
          {columns.map((column) => {
            const others = column.themeIds.filter((id) => id !== theme.id && themesById.has(id))
            if (others.length === 0) return null
            return (
              <optgroup key={column.id} label={column.title}>
                {others.map((id) => (
                  <option key={id} value={id}>
                    {themesById.get(id)!.title}
                  </option>
                ))}
              </optgroup>
            )
          })}
        </select>
        <button type="button" className="btn" disabled={chosen === ''} onClick={() => onMerge(theme.id, chosen)}>
          {t('details.mergeButton')}
        </button>
      </div>
    </section>
  )
}

function RemoveSection({ theme, onRemove }: { theme: Theme; onRemove: (theme: Theme) => void }) {
  const { t } = useTranslation('themes')
  const hasWorkGroup = useProject((p) => p.workGroups.some((group) => group.themeId === theme.id))
  return (
    <div className="theme-details-remove">
      <button type="button" className="btn btn-ghost btn-remove" disabled={hasWorkGroup} onClick={() => onRemove(theme)}>
        {t('details.remove')}
      </button>
      {hasWorkGroup && <p className="field-hint">{t('details.removeBlocked')}</p>}
    </div>
  )
}
