import { useCallback, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  filterThemesByTitle,
  indexById,
  interviewDisplayName,
  matchesInterviewSearch,
  sortInterviews,
  themesFromInterviews,
  themesRaised,
} from '../../../../shared/logic/interviews'
import type { Interview } from '../../../../shared/model'
import { useAppStore } from '../../app/app-store'
import { useProject } from '../../app/session-store'
import { formatDate, todayIso } from '../../i18n/dates'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { EmptyState } from '../../ui/EmptyState'
import { UndoNotice, useUndoNotice } from '../../ui/UndoNotice'
import { EditInterviewForm, NEW_INTERVIEW_FORM, NewInterviewForm } from './InterviewForms'
import { InterviewPanel } from './InterviewPanel'
import { type InterviewRowData, InterviewsTable } from './InterviewsTable'
import { ThemesFromInterviews } from './ThemesFromInterviews'
import { candidateColumnTitle, currentInterview, useInterviewEdits } from './interview-edits'
import './interviews.css'

type PanelState = { mode: 'new' } | { mode: 'edit'; id: string } | null
type ViewMode = 'interviews' | 'themes'

/** Gesprekken: the orientation interviews, the themes each raised, and per theme which interviews raised it. */
export function InterviewsScreen() {
  const { t } = useTranslation('interviews')
  const setView = useAppStore((state) => state.setView)
  const interviews = useProject((p) => p.interviews)
  const participants = useProject((p) => p.participants)
  const themes = useProject((p) => p.themes)
  const columns = useProject((p) => p.boardColumns)
  const edits = useInterviewEdits(t('picker.candidateColumn'))
  const { notice, announce, dismiss } = useUndoNotice()
  const [view, setViewMode] = useState<ViewMode>('interviews')
  const [search, setSearch] = useState('')
  const [panel, setPanel] = useState<PanelState>(null)
  const [removal, setRemoval] = useState<{ id: string; name: string } | null>(null)
  const openerRef = useRef<HTMLElement | null>(null)
  const addButtonRef = useRef<HTMLButtonElement>(null)
  const tableRef = useRef<HTMLTableElement>(null)

  const participantsById = useMemo(() => indexById(participants), [participants])
  const themesById = useMemo(() => indexById(themes), [themes])
  const columnTitle = candidateColumnTitle(columns, t('picker.candidateColumn'))
  const nameOf = useCallback(
    (interview: Pick<Interview, 'participantId' | 'who'>) => interviewDisplayName(interview, participantsById) || t('someone'),
    [participantsById, t],
  )

  const rows = useMemo<InterviewRowData[]>(
    () =>
      sortInterviews(interviews).map((interview) => ({
        interview,
        name: interviewDisplayName(interview, participantsById),
        outsider: interview.participantId === null || !participantsById.has(interview.participantId),
        themes: themesRaised(interview, themesById),
      })),
    [interviews, participantsById, themesById],
  )
  const visibleRows = useMemo(
    () => rows.filter((row) => matchesInterviewSearch(row.interview, search, participantsById, themesById)),
    [rows, search, participantsById, themesById],
  )
  const themeRows = useMemo(() => themesFromInterviews(themes, interviews, columns), [themes, interviews, columns])
  const visibleThemeRows = useMemo(() => {
    const shown = new Set(filterThemesByTitle(themes, search).map((theme) => theme.id))
    return themeRows.filter((row) => shown.has(row.theme.id))
  }, [themeRows, themes, search])
  const most = themeRows.reduce((max, row) => Math.max(max, row.interviews.length), 0)
  const interviewNames = useMemo(() => new Map(interviews.map((i) => [i.id, nameOf(i)])), [interviews, nameOf])

  const editing = panel?.mode === 'edit' ? (interviews.find((i) => i.id === panel.id) ?? null) : null
  // The interview being edited is gone (undo of adding it): the panel closes.
  if (panel?.mode === 'edit' && editing === null) setPanel(null)

  const fallbackFocus = useCallback(() => addButtonRef.current?.focus(), [])
  const openEdit = useCallback((id: string, opener: HTMLElement) => {
    openerRef.current = opener
    setPanel({ mode: 'edit', id })
  }, [])
  const openNew = () => {
    openerRef.current = addButtonRef.current
    setPanel({ mode: 'new' })
  }
  const closePanel = useCallback(() => {
    setPanel(null)
    const opener = openerRef.current
    requestAnimationFrame(() => (opener?.isConnected ? opener.focus() : fallbackFocus()))
  }, [fallbackFocus])
  const focusRow = (id: string) =>
    requestAnimationFrame(() => {
      const button = tableRef.current?.querySelector<HTMLElement>(`tr[data-interview-id="${CSS.escape(id)}"] [data-action="edit"]`)
      if (button) button.focus()
      else fallbackFocus()
    })

  const askRemove = useCallback(
    (id: string, opener: HTMLElement) => {
      const interview = currentInterview(id)
      if (!interview) return
      openerRef.current = opener
      setRemoval({ id, name: nameOf(interview) })
    },
    [nameOf],
  )
  const confirmRemove = () => {
    if (!removal) return
    if (panel?.mode === 'edit' && panel.id === removal.id) setPanel(null)
    edits.remove(removal.id)
    announce(t('announce.removed', { name: removal.name }))
    setRemoval(null)
    fallbackFocus()
  }
  const cancelRemove = () => {
    setRemoval(null)
    const opener = openerRef.current
    requestAnimationFrame(() => opener?.isConnected && opener.focus())
  }

  const onAdded = (interview: Interview) => {
    announce(t('announce.added', { name: nameOf(interview) }), 'success')
    setSearch('')
    setPanel(null)
    if (view === 'interviews') focusRow(interview.id)
    else fallbackFocus()
  }

  const themesSummary = t('summaryThemes', { count: themes.length })
  const searching = search.trim() !== ''
  const shown = view === 'interviews' ? visibleRows.length : visibleThemeRows.length
  const total = view === 'interviews' ? rows.length : themeRows.length

  return (
    <div className={panel ? 'page interviews-page has-panel' : 'page interviews-page'} data-testid="interviews-screen">
      <div className="page-header">
        <div>
          <h1>{t('title')}</h1>
          <p data-testid="interviews-summary">
            {interviews.length === 0 ? t('summaryEmpty') : t('summary', { count: interviews.length, themes: themesSummary })}
          </p>
        </div>
        <button ref={addButtonRef} type="button" className="btn btn-primary" onClick={openNew}>
          {t('add')}
        </button>
      </div>

      <UndoNotice
        notice={notice}
        onDismiss={dismiss}
        undoLabel={t('announce.undo')}
        dismissLabel={t('announce.dismiss')}
        regionClassName="interviews-notice-region"
        testId="interviews-notice"
      />

      {interviews.length === 0 ? (
        <EmptyState
          title={t('empty.title')}
          text={t('empty.text')}
          action={
            <button type="button" className="btn btn-primary" onClick={openNew}>
              {t('empty.action')}
            </button>
          }
        />
      ) : (
        <>
          <div className="interviews-toolbar" role="search" aria-label={t('toolbar.label')}>
            <div className="field interviews-search">
              <label className="field-label" htmlFor="interviews-search">
                {t('toolbar.search')}
              </label>
              <input
                id="interviews-search"
                className="input"
                type="search"
                value={search}
                placeholder={view === 'interviews' ? t('toolbar.searchInterviews') : t('toolbar.searchThemes')}
                onChange={(event) => setSearch(event.target.value)}
              />
            </div>
            <div className="view-switch" role="radiogroup" aria-label={t('toolbar.view')}>
              {(['interviews', 'themes'] as const).map((option) => (
                <label key={option} className="view-switch-option">
                  <input type="radio" name="interviews-view" value={option} checked={view === option} onChange={() => setViewMode(option)} />
                  <span>{option === 'interviews' ? t('toolbar.byInterview') : t('toolbar.byTheme')}</span>
                </label>
              ))}
            </div>
          </div>

          <div className="interviews-resultline" aria-live="polite">
            {view === 'themes' && !searching && <span>{t('byTheme.intro')}</span>}
            {searching && <span>{shown === 0 ? t('results.none', { search: search.trim() }) : t(`results.${view}`, { shown, total })}</span>}
            {searching && (
              <button type="button" className="btn btn-ghost btn-small" onClick={() => setSearch('')}>
                {t('results.clear')}
              </button>
            )}
          </div>

          {view === 'interviews' ? (
            visibleRows.length > 0 && (
              <InterviewsTable rows={visibleRows} selectedId={editing?.id ?? null} tableRef={tableRef} onEdit={openEdit} onRemove={askRemove} />
            )
          ) : themes.length === 0 ? (
            <div className="empty-state">
              <p>{t('byTheme.empty')}</p>
              <button type="button" className="btn" onClick={() => setView('themes')}>
                {t('byTheme.toBoard')}
              </button>
            </div>
          ) : (
            visibleThemeRows.length > 0 && (
              <ThemesFromInterviews
                rows={visibleThemeRows}
                most={most}
                nameOf={(id) => interviewNames.get(id) ?? ''}
                selectedId={editing?.id ?? null}
                onOpen={openEdit}
              />
            )
          )}
        </>
      )}

      {panel?.mode === 'new' && (
        <InterviewPanel
          title={t('panel.newTitle')}
          onClose={closePanel}
          footer={
            <>
              <button type="submit" form={NEW_INTERVIEW_FORM} className="btn btn-primary">
                {t('panel.submit')}
              </button>
              <button type="button" className="btn btn-ghost" onClick={closePanel}>
                {t('panel.cancel')}
              </button>
            </>
          }
        >
          <NewInterviewForm
            participants={participants}
            themes={themes}
            columnTitle={columnTitle}
            initialDate={todayIso()}
            onAdd={edits.add}
            onAdded={onAdded}
          />
        </InterviewPanel>
      )}
      {editing && (
        <InterviewPanel
          title={nameOf(editing)}
          subtitle={[t('panel.editTitle'), editing.date ? formatDate(editing.date) : ''].filter((x) => x !== '').join(' · ')}
          onClose={closePanel}
          footer={
            <>
              <p className="interview-panel-note">{t('panel.autosave')}</p>
              <button type="button" className="btn btn-primary" onClick={closePanel}>
                {t('panel.done')}
              </button>
            </>
          }
        >
          <EditInterviewForm
            key={editing.id}
            interview={editing}
            edits={edits}
            participants={participants}
            themes={themes}
            columnTitle={columnTitle}
            onRemove={askRemove}
          />
        </InterviewPanel>
      )}

      <ConfirmDialog
        open={removal !== null}
        title={t('remove.title')}
        message={t('remove.message', { name: removal?.name ?? '' })}
        confirmLabel={t('remove.confirm')}
        danger
        onConfirm={confirmRemove}
        onCancel={cancelRemove}
      />
    </div>
  )
}
