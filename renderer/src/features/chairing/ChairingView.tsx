/**
 * The live chairing view (issue 4, point 4): the whole window for the chair, readable on a
 * beamer. The current item large with its countdown (from timestamps, see
 * shared/logic/chairing-timer.ts), an overrun warning, what comes next and when the meeting
 * will end at this pace, keyboard shortcuts (→/N next, ← previous, P pause, Esc leave), and
 * quick capture of notes, decisions and actions. Every move records the actual time per item
 * in the project; a chairing left open (app closed mid-meeting) resumes where it was.
 */
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { agendaTiming } from '../../../../shared/logic/agenda-timing'
import { chairingState } from '../../../../shared/logic/chairing-record'
import { countdownAnchorMs, formatCountdown, isPaused, itemElapsedMs, projectedEndMs, remainingMs } from '../../../../shared/logic/chairing-timer'
import { amsterdamClock, scheduledEndNear } from '../../../../shared/logic/meeting-time'
import { useProject } from '../../app/session-store'
import { Meter } from '../../ui/Meter'
import { useChairingEdits } from './chairing-edits'
import { QuickCapture } from './QuickCapture'
import { useNow } from './use-now'
import './chairing.css'

const WARN_MS = 2 * 60_000

const isField = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))

export function ChairingView({ meetingId, onClose }: { meetingId: string; onClose: () => void }) {
  const { t } = useTranslation('chairing')
  const { t: ta } = useTranslation('agenda')
  const meetings = useProject((p) => p.meetings)
  const participants = useProject((p) => p.participants)
  const allActions = useProject((p) => p.actions)
  const meeting = useMemo(() => meetings.find((m) => m.id === meetingId) ?? null, [meetings, meetingId])
  const actions = useMemo(() => allActions.filter((a) => a.meetingId === meetingId), [allActions, meetingId])
  const edits = useChairingEdits(meetingId)
  const dialogRef = useRef<HTMLDialogElement>(null)
  const names = useMemo(() => new Map(participants.map((p) => [p.id, p.name])), [participants])
  const items = useMemo(() => meeting?.agenda ?? [], [meeting])
  // The clock is read from the chairing record in the project, so undo and redo move it too.
  const { status, clock } = useMemo(() => (meeting ? chairingState(meeting) : { status: 'ready' as const, clock: null }), [meeting])
  const current = clock ? items[clock.index] : undefined
  const now = useNow(clock && current ? countdownAnchorMs(clock, current) : null)

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
    dialog?.focus()
  }, [])

  const startOrNext = useCallback(() => {
    const at = Date.now()
    if (status === 'finished' || items.length === 0) return
    if (!clock) edits.start(at)
    else if (clock.index >= items.length - 1) edits.finish(at)
    else edits.moveTo(clock.index + 1, at)
  }, [clock, edits, items.length, status])

  const previous = useCallback(() => {
    if (clock && clock.index > 0) edits.moveTo(clock.index - 1, Date.now())
  }, [clock, edits])

  const pauseToggle = useCallback(() => {
    if (clock) edits.togglePause(Date.now())
  }, [clock, edits])

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      // Leaving a field keeps focus in the view (not on the page behind), so the shortcuts work at once.
      if (isField(event.target)) dialogRef.current?.focus()
      else onClose()
      return
    }
    if (isField(event.target) || event.ctrlKey || event.metaKey || event.altKey) return
    if (event.target instanceof HTMLButtonElement && (event.key === 'Enter' || event.key === ' ')) return
    const key = event.key.toLowerCase()
    if (key === 'arrowright' || key === 'n') {
      event.preventDefault()
      startOrNext()
    } else if (key === 'arrowleft') {
      event.preventDefault()
      previous()
    } else if (key === 'p') {
      event.preventDefault()
      pauseToggle()
    }
  }

  if (!meeting) return null
  const finished = status === 'finished'
  const timing = agendaTiming(meeting.startTime, meeting.endTime, items)
  const remaining = clock && current ? remainingMs(clock, current, now) : 0
  const over = remaining < 0
  const almost = !over && remaining <= WARN_MS
  const projected = clock ? projectedEndMs(clock, items, now) : null
  const lateMinutes = projected !== null ? Math.round((projected - scheduledEndNear(meeting, now)) / 60_000) : 0
  const upcoming = clock ? items.slice(clock.index + 1) : items
  const title = meeting.title.trim() || ta('title')

  return (
    <dialog
      ref={dialogRef}
      className="chairing"
      aria-labelledby="ch-current-title"
      data-testid="chairing-view"
      onCancel={(event) => event.preventDefault()}
      onKeyDown={onKeyDown}
      tabIndex={-1}
    >
      <header className="ch-top">
        <div className="ch-meeting">
          <span className="ch-meeting-title">{title}</span>
          <span className="ch-meeting-time">
            {meeting.startTime}–{meeting.endTime}
          </span>
        </div>
        <div className="ch-clock" data-testid="chairing-clock">
          <span>{t('now', { time: amsterdamClock(now) })}</span>
          {projected !== null && (
            <span className={lateMinutes > 0 ? 'ch-late' : 'ch-ontime'} data-testid="chairing-expected">
              {lateMinutes > 0
                ? t('expectedOverrun', { minutes: lateMinutes, end: amsterdamClock(projected) })
                : t('expectedOnTime', { end: amsterdamClock(projected) })}
            </span>
          )}
        </div>
        <button type="button" className="btn" onClick={onClose}>
          {t('leave')} <kbd>Esc</kbd>
        </button>
      </header>

      <div className="ch-body">
        <main className="ch-current">
          {finished ? (
            <div className="ch-state" data-testid="chairing-finished">
              <h1 id="ch-current-title">{t('finished')}</h1>
              <p>{t('finishedHint')}</p>
              <table className="ch-summary">
                <caption>{t('plannedVsActual')}</caption>
                <tbody>
                  {items.map((item) => (
                    <tr key={item.id}>
                      <th scope="row">{item.title}</th>
                      <td>
                        {item.actualSeconds === null
                          ? '–'
                          : t('actualMinutes', { actual: formatCountdown(item.actualSeconds * 1000), planned: item.durationMinutes })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="muted">{t('restartHint')}</p>
              <button type="button" className="btn" onClick={() => edits.start(Date.now())}>
                {t('restart')}
              </button>
            </div>
          ) : !clock || !current ? (
            <div className="ch-state">
              <p className="ch-kicker">{t('itemOf', { position: 1, total: items.length })}</p>
              <h1 id="ch-current-title">{t('ready')}</h1>
              <p className="ch-hint">{t('readyHint')}</p>
              <button type="button" className="btn btn-primary ch-start" onClick={startOrNext}>
                {t('start')}
              </button>
            </div>
          ) : (
            <>
              <p className="ch-kicker" data-testid="chairing-position">
                {t('itemOf', { position: clock.index + 1, total: items.length })} · {ta(`kinds.${current.kind}`)} · {t('planned', { minutes: current.durationMinutes })}
                {current.ownerId && names.get(current.ownerId) ? ` · ${t('owner', { name: names.get(current.ownerId) })}` : ''}
              </p>
              <h1 id="ch-current-title" className="ch-title" data-testid="chairing-current">
                {current.title.trim() || ta('untitled')}
              </h1>
              <div className={`ch-countdown${over ? ' is-over' : almost ? ' is-almost' : ''}${isPaused(clock) ? ' is-paused' : ''}`}>
                <span className="visually-hidden">{t('remaining')}: </span>
                <span className="ch-countdown-value" data-testid="chairing-countdown">
                  {over ? `+${formatCountdown(-remaining)}` : formatCountdown(remaining)}
                </span>
                <span className="ch-countdown-label" role="status" data-testid="chairing-status">
                  {isPaused(clock) ? t('paused') : over ? t('overWarning', { time: formatCountdown(-remaining) }) : almost ? t('almost') : ''}
                </span>
              </div>
              <Meter
                className="ch-progress"
                fraction={current.durationMinutes > 0 ? itemElapsedMs(clock, current, now) / (current.durationMinutes * 60_000) : 1}
              />
              <div className="ch-controls">
                <button type="button" className="btn" onClick={previous} disabled={clock.index === 0}>
                  ← {t('previousItem')}
                </button>
                <button type="button" className="btn" onClick={pauseToggle}>
                  {isPaused(clock) ? t('resume') : t('pause')} <kbd>P</kbd>
                </button>
                <button type="button" className="btn btn-primary" onClick={startOrNext}>
                  {clock.index >= items.length - 1 ? t('finish') : t('nextItem')} →
                </button>
              </div>
              {current.preparation.trim() && <p className="ch-preparation">{current.preparation}</p>}
            </>
          )}
        </main>

        {!finished && (
          <aside className="ch-next" aria-labelledby="ch-next-title">
            <h2 id="ch-next-title">{t('next')}</h2>
            {upcoming.length === 0 ? (
              <p className="muted">{t('nothingNext')}</p>
            ) : (
              <ol className="ch-next-list" data-testid="chairing-next">
                {upcoming.slice(0, 6).map((item) => {
                  const index = items.indexOf(item)
                  return (
                    <li key={item.id}>
                      <span className="ch-next-time">{timing.items[index]?.startTime}</span>
                      <span className="ch-next-title">{item.title.trim() || ta('untitled')}</span>
                      <span className="ch-next-duration">{ta('minutes', { count: item.durationMinutes })}</span>
                    </li>
                  )
                })}
              </ol>
            )}
          </aside>
        )}
      </div>

      {current && clock && !finished && <QuickCapture item={current} actions={actions} participants={participants} edits={edits} />}

      <footer className="ch-shortcuts" aria-label={t('shortcuts.label')}>
        <span>
          <kbd>→</kbd>/<kbd>N</kbd> {t('shortcuts.next')}
        </span>
        <span>
          <kbd>←</kbd> {t('shortcuts.previous')}
        </span>
        <span>
          <kbd>P</kbd> {t('shortcuts.pause')}
        </span>
        <span>
          <kbd>Ctrl</kbd>+<kbd>Z</kbd> {t('shortcuts.undo')}
        </span>
        <span>
          <kbd>Esc</kbd> {t('shortcuts.leave')}
        </span>
        <span className="muted">{t('shortcuts.fields')}</span>
      </footer>
    </dialog>
  )
}
