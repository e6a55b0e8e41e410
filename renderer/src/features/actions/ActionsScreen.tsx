/**
 * Acties: every action across meetings and work groups, filterable (open, te laat, per person, per
 * work group, text). Filtering is the pure filterActions (shared/logic/actions.ts).
 */
import { useDeferredValue, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  type ActionFilter,
  type ActionView,
  actionViews,
  countActions,
  emptyActionFilter,
  filterActions,
  meetingGroupIndex,
} from '../../../../shared/logic/actions'
import { amsterdamToday } from '../../../../shared/logic/meeting-time'
import type { Action } from '../../../../shared/model'
import { useAppStore } from '../../app/app-store'
import { useProject } from '../../app/session-store'
import { EmptyState } from '../../ui/EmptyState'
import { UndoNotice, useUndoNotice } from '../../ui/UndoNotice'
import { shortDate } from '../meetings/format'
import { newAction, useMeetingEdits } from '../meetings/meeting-edits'
import { useMeetingsView } from '../meetings/meetings-view'
import { ActionFields } from './ActionFields'
import './actions.css'

const PAGE = 100

export function ActionsScreen() {
  const { t } = useTranslation('actions')
  const actions = useProject((p) => p.actions)
  const meetings = useProject((p) => p.meetings)
  const participants = useProject((p) => p.participants)
  const workGroups = useProject((p) => p.workGroups)
  const edits = useMeetingEdits()
  const { notice, announce, dismiss } = useUndoNotice()
  const [filter, setFilter] = useState<ActionFilter>(emptyActionFilter)
  const [limit, setLimit] = useState(PAGE)
  const [focusId, setFocusId] = useState<string | null>(null)
  const query = useDeferredValue(filter.query)
  const today = amsterdamToday(new Date())
  const groups = useMemo(() => meetingGroupIndex(meetings), [meetings])
  const meetingById = useMemo(() => new Map(meetings.map((m) => [m.id, m])), [meetings])
  const groupName = useMemo(() => new Map(workGroups.map((g) => [g.id, g.name])), [workGroups])
  const counts = useMemo(() => countActions(actions, today), [actions, today])
  const shown = useMemo(() => {
    const list = filterActions(actions, { ...filter, query }, today, groups)
    // A new action stays on top while it is being filled in, whatever the filter.
    const fresh = focusId ? actions.find((a) => a.id === focusId) : undefined
    return fresh ? [fresh, ...list.filter((a) => a.id !== fresh.id)] : list
  }, [actions, filter, query, today, groups, focusId])
  const update = (patch: Partial<ActionFilter>) => {
    setFilter((f) => ({ ...f, ...patch }))
    setLimit(PAGE)
  }

  const add = () => {
    const action = newAction({ ownerId: filter.ownerId && filter.ownerId !== 'nobody' ? filter.ownerId : null, workGroupId: filter.workGroupId })
    edits.addAction(action)
    setFocusId(action.id)
    announce(t('added'), 'success')
  }
  const remove = (action: Action) => {
    edits.removeAction(action.id)
    announce(t('removed', { what: action.what || t('fields.untitled') }))
  }
  const filtered = filter.view !== 'open' || filter.ownerId !== null || filter.workGroupId !== null || filter.query !== ''

  return (
    <div className="page ac-page" data-testid="actions-screen">
      <div className="page-header">
        <div>
          <h1>{t('title')}</h1>
          <p className="muted" data-testid="actions-summary">
            {actions.length > 0 ? t('summary', { open: counts.open, overdue: counts.overdue, done: counts.done }) : t('intro')}
          </p>
        </div>
        <button type="button" className="btn btn-primary" onClick={add}>
          {t('add')}
        </button>
      </div>
      <UndoNotice notice={notice} onDismiss={dismiss} undoLabel={t('undo')} dismissLabel={t('dismiss')} testId="actions-notice" />
      {actions.length === 0 ? (
        <EmptyState title={t('empty.title')} text={t('empty.text')} />
      ) : (
        <>
          <div className="ac-filters card">
            <fieldset className="ac-views">
              <legend className="field-label">{t('viewLabel')}</legend>
              <div className="ac-segments">
                {actionViews.map((view: ActionView) => (
                  <label key={view} className={`ac-segment${view === 'overdue' ? ' ac-segment-overdue' : ''}`}>
                    <input type="radio" name="action-view" value={view} checked={filter.view === view} onChange={() => update({ view })} />
                    <span>
                      {t(`views.${view}`)} <span className="ac-count">{counts[view]}</span>
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="field">
              <label className="field-label" htmlFor="ac-owner">{t('owner')}</label>
              <select id="ac-owner" className="select" value={filter.ownerId ?? ''} onChange={(e) => update({ ownerId: e.target.value || null })}>
                <option value="">{t('everyone')}</option>
                <option value="nobody">{t('nobody')}</option>
                {participants.map((p) => (
                  <option key={p.id} value={p.id}>{p.name}</option>
                ))}
              </select>
            </div>
            <div className="field">
              <label className="field-label" htmlFor="ac-group">{t('workGroup')}</label>
              <select id="ac-group" className="select" value={filter.workGroupId ?? ''} onChange={(e) => update({ workGroupId: e.target.value || null })}>
                <option value="">{t('allGroups')}</option>
                {workGroups.map((g) => (
                  <option key={g.id} value={g.id}>{g.name}</option>
                ))}
              </select>
            </div>
            <div className="field ac-search">
              <label className="field-label" htmlFor="ac-search">{t('search')}</label>
              <input id="ac-search" className="input" type="search" value={filter.query} placeholder={t('searchPlaceholder')} onChange={(e) => update({ query: e.target.value })} />
            </div>
          </div>
          <p className="muted" role="status" data-testid="actions-count">
            {t('count', { count: shown.length })}
            {filtered && (
              <>
                {' · '}
                <button type="button" className="btn-link" onClick={() => update(emptyActionFilter)}>
                  {t('clearFilters')}
                </button>
              </>
            )}
          </p>
          {shown.length === 0 ? (
            <p className="muted">{t('none')}</p>
          ) : (
            <div className="ac-list" role="list">
              <div className="ac-row ac-head" aria-hidden="true">
                <span>{t('columns.what')}</span>
                <span>{t('columns.owner')}</span>
                <span>{t('columns.deadline')}</span>
                <span>{t('columns.status')}</span>
                <span />
              </div>
              {shown.slice(0, limit).map((action) => (
                <div role="listitem" key={action.id}>
                  <ActionFields
                    action={action}
                    participants={participants}
                    today={today}
                    autoFocus={focusId === action.id}
                    onChange={(patch, mergeKey) => edits.updateAction(action.id, patch, mergeKey)}
                    onRemove={() => remove(action)}
                    source={<ActionSource action={action} meetingById={meetingById} groupName={groupName} />}
                  />
                </div>
              ))}
            </div>
          )}
          {shown.length > limit && (
            <button type="button" className="btn ac-more" onClick={() => setLimit((n) => n + PAGE)}>
              {t('showMore', { count: Math.min(PAGE, shown.length - limit) })}
            </button>
          )}
        </>
      )}
    </div>
  )
}

function ActionSource({
  action,
  meetingById,
  groupName,
}: {
  action: Action
  meetingById: ReadonlyMap<string, { id: string; title: string; date: string; workGroupId: string | null }>
  groupName: ReadonlyMap<string, string>
}) {
  const { t } = useTranslation('actions')
  const setView = useAppStore((s) => s.setView)
  const openMeeting = useMeetingsView((s) => s.openMeeting)
  const meeting = action.meetingId ? meetingById.get(action.meetingId) : undefined
  const group = action.workGroupId ?? meeting?.workGroupId ?? null
  const label = meeting ? `${meeting.title || t('title')} · ${shortDate(meeting.date)}` : null
  if (!label && !group) return null
  return (
    <span className="ac-source">
      {meeting && label && (
        <button
          type="button"
          className="btn-link"
          aria-label={t('openMeeting', { meeting: label })}
          onClick={() => {
            openMeeting(meeting.id, 'minutes')
            setView('meetings')
          }}
        >
          {t('from', { meeting: label })}
        </button>
      )}
      {group && groupName.get(group) && <span className="ac-group">{t('fromGroup', { group: groupName.get(group) })}</span>}
    </span>
  )
}
