/**
 * Guidance where it is needed: the IPG-matrix column of a group's current phase (your role,
 * leadership style, level of intervention) and agenda elements that fit the phase, each with a
 * button that puts it on the agenda of the meeting being prepared (or the group's next one).
 * Used on the tracking tab and next to the agenda builder: <PhaseGuidancePanel groupId={…} meetingId={…} />.
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { currentObservation, type GroupKey, groupMeetings } from '../../../../shared/logic/group-phases'
import { agendaSuggestions, type AgendaSuggestion } from '../../../../shared/logic/phase-suggestions'
import { useAppStore } from '../../app/app-store'
import { useProject } from '../../app/session-store'
import { formatDate, todayIso } from '../../i18n/dates'
import { UndoNotice, useUndoNotice } from '../../ui/UndoNotice'
import { CellContent } from './CellContent'
import { meetingLabel } from './meeting-label'
import { usePhaseEdits } from './phase-edits'
import { PhaseChip } from './PhaseHeading'
import { groupName, useGroups, useIpgLanguage, useMatrix, usePhasesView } from './use-phases'
import './phases.css'

interface Props {
  /** A work group id, or null for the whole learning community. */
  groupId: GroupKey
  /** The meeting being prepared; without it, suggestions go to the group's next planned meeting. */
  meetingId?: string
  /** A wide, low layout (above an agenda): the column in three parts side by side, can be folded. */
  compact?: boolean
}

export function PhaseGuidancePanel({ groupId, meetingId, compact = false }: Props) {
  const { t } = useTranslation('phases')
  const { t: tc } = useTranslation()
  const language = useIpgLanguage()
  const groups = useGroups()
  const matrix = useMatrix()
  const observations = useProject((p) => p.groupDevelopment.observations)
  const meetings = useProject((p) => p.meetings)
  const edits = usePhaseEdits(language)
  const setView = useAppStore((s) => s.setView)
  const setTab = usePhasesView((s) => s.setTab)
  const { notice, announce, dismiss } = useUndoNotice()
  const name = groupName(groups, groupId)
  const target = useMemo(() => {
    if (meetingId) return meetings.find((m) => m.id === meetingId) ?? null
    const today = todayIso()
    return groupMeetings(meetings, groupId).find((m) => m.date >= today) ?? null
  }, [meetings, meetingId, groupId])
  // Preparing a given meeting: the phase as last observed on or before its date.
  const asOf = meetingId && target ? target.date : null
  const current = useMemo(
    () => currentObservation(asOf ? observations.filter((o) => o.date <= asOf) : observations, groupId),
    [observations, groupId, asOf],
  )
  const targetLabel = target ? meetingLabel(target) : ''

  const add = (suggestion: AgendaSuggestion) => {
    if (!target) return
    if (edits.addToAgenda(target.id, suggestion, groupId)) announce(t('guidance.added', { title: suggestion.title, meeting: targetLabel }), 'success')
  }

  if (!current) {
    return (
      <aside className={compact ? 'card card-body guidance is-compact' : 'card card-body guidance'} aria-label={t('guidance.heading', { group: name })} data-testid="phase-guidance">
        <h2 className="section-title">{t('guidance.heading', { group: name })}</h2>
        <p className="muted" data-testid="guidance-no-phase">
          {t('guidance.noPhase')}
        </p>
      </aside>
    )
  }

  const phase = current.phase
  const column = matrix[phase]
  const suggestions = agendaSuggestions(phase, language)

  const column_ = (
    <dl className="guidance-column">
      <div>
        <dt>{t('guidance.role')}</dt>
        <dd>
          <CellContent cell={column.role} row="role" />
        </dd>
      </div>
      <div>
        <dt>{t('guidance.style')}</dt>
        <dd>
          <CellContent cell={column.leadership} row="leadership" />
        </dd>
      </div>
      <div>
        <dt>{t('guidance.levels')}</dt>
        <dd>
          <CellContent cell={column.intervention} row="intervention" examples={!compact} />
        </dd>
      </div>
    </dl>
  )
  const suggestionList = (
    <>
      <h3 className="guidance-sub">{t('guidance.suggestions')}</h3>
      <p className="field-hint">{target ? (meetingId ? t('guidance.thisMeeting') : t('guidance.nextMeeting', { meeting: targetLabel })) : t('guidance.noMeeting')}</p>
      <UndoNotice notice={notice} onDismiss={dismiss} undoLabel={tc('undo')} dismissLabel={tc('close')} testId="guidance-notice" />
      <ul className="guidance-suggestions" data-testid="guidance-suggestions">
        {suggestions.map((s) => {
          const onAgenda = target?.agenda.some((item) => item.title === s.title) ?? false
          return (
            <li key={s.id} data-suggestion={s.id}>
              <div>
                <span className="guidance-suggestion-title">{s.title}</span>
                <span className="guidance-suggestion-meta">
                  {t('guidance.minutes', { count: s.durationMinutes })} · {s.why}
                </span>
              </div>
              {target &&
                (onAgenda ? (
                  <span className="badge badge-accent">{t('guidance.onAgenda')}</span>
                ) : (
                  <button type="button" className="btn btn-small" aria-label={t('guidance.addToAgendaLabel', { title: s.title, meeting: targetLabel })} onClick={() => add(s)}>
                    {t('guidance.addToAgenda')}
                  </button>
                ))}
            </li>
          )
        })}
      </ul>
    </>
  )
  const phaseLine = (
    <>
      <span className="muted">{t('guidance.currentPhase')}: </span>
      <PhaseChip phase={phase} />
      <span className="muted"> {t('tracking.since', { date: formatDate(current.date) })}</span>
    </>
  )
  const toMatrix = (
    <button
      type="button"
      className="btn btn-ghost btn-small guidance-to-matrix"
      onClick={() => {
        setTab('matrix')
        setView('phases')
      }}
    >
      {t('guidance.toMatrix')}
    </button>
  )

  if (compact) {
    return (
      <aside className="card guidance is-compact" aria-label={t('guidance.heading', { group: name })} data-testid="phase-guidance" data-phase={phase}>
        <details open>
          <summary className="guidance-summary">
            <span className="guidance-summary-title">{t('guidance.heading', { group: name })}</span>
            {phaseLine}
          </summary>
          <div className="guidance-compact-body">
            {column_}
            {suggestionList}
            {toMatrix}
          </div>
        </details>
      </aside>
    )
  }

  return (
    <aside className="card card-body guidance" aria-label={t('guidance.heading', { group: name })} data-testid="phase-guidance" data-phase={phase}>
      <h2 className="section-title">{t('guidance.heading', { group: name })}</h2>
      <p className="guidance-phase">{phaseLine}</p>
      {column_}
      {suggestionList}
      {toMatrix}
    </aside>
  )
}
