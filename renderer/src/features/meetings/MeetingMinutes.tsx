/** Minutes of one meeting: per agenda item the notes, the decisions and the actions that came out of it. */
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { workGroupForNewAction } from '../../../../shared/logic/actions'
import { amsterdamToday } from '../../../../shared/logic/meeting-time'
import type { Action, AgendaItem, Meeting } from '../../../../shared/model'
import { useProject } from '../../app/session-store'
import { TextArea } from '../../ui/fields'
import { RemoveButton } from '../../ui/RemoveButton'
import { ActionFields } from '../actions/ActionFields'
import { newAction, useMeetingEdits } from './meeting-edits'
import { useMeetingLookups } from './use-meeting-lookups'

export function MeetingMinutes({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings')
  const actions = useProject((p) => p.actions)
  const byItem = useMemo(() => {
    const map = new Map<string | null, Action[]>()
    for (const action of actions) {
      if (action.meetingId !== meeting.id) continue
      const key = action.agendaItemId && meeting.agenda.some((i) => i.id === action.agendaItemId) ? action.agendaItemId : null
      map.set(key, [...(map.get(key) ?? []), action])
    }
    return map
  }, [actions, meeting.id, meeting.agenda])

  return (
    <div className="mt-minutes" data-testid="meeting-minutes">
      <h2 className="section-title">{t('minutes.heading')}</h2>
      {meeting.agenda.length === 0 && <p className="muted">{t('minutes.none')}</p>}
      {meeting.agenda.map((item, index) => (
        <MinutesItem key={item.id} meeting={meeting} item={item} number={index + 1} actions={byItem.get(item.id) ?? []} />
      ))}
      <section className="card mt-card mt-minutes-item" aria-label={t('minutes.meetingActions')}>
        <div className="card-body form-grid">
          <h3 className="mt-subheading">{t('minutes.meetingActions')}</h3>
          <ActionList meeting={meeting} item={null} actions={byItem.get(null) ?? []} />
        </div>
      </section>
    </div>
  )
}

function MinutesItem({ meeting, item, number, actions }: { meeting: Meeting; item: AgendaItem; number: number; actions: Action[] }) {
  const { t } = useTranslation('meetings')
  const lookups = useMeetingLookups()
  const edits = useMeetingEdits()
  const [focusDecision, setFocusDecision] = useState<string | null>(null)
  const owner = item.ownerId ? lookups.personName.get(item.ownerId) : undefined
  return (
    <section className="card mt-card mt-minutes-item" aria-labelledby={`minutes-${item.id}`} data-testid="minutes-item">
      <div className="card-body form-grid">
        <div className="mt-minutes-head">
          <h3 id={`minutes-${item.id}`}>
            {number}. {item.title}
          </h3>
          <span className="muted">
            {t('minutes.kindLabel', { kind: t(`itemKind.${item.kind}`), minutes: item.durationMinutes })}
            {owner ? ` · ${owner}` : ''}
          </span>
        </div>
        <TextArea
          label={t('minutes.notes')}
          value={item.notes}
          rows={3}
          onChange={(notes) => edits.updateItem(meeting.id, item.id, { notes }, `minutes:${item.id}`)}
        />
        <div className="mt-decisions">
          <h4 className="field-label">{t('minutes.decisions')}</h4>
          {item.decisions.map((decision, i) => (
            <div className="mt-decision" key={decision.id} data-testid="decision">
              <label className="visually-hidden" htmlFor={`decision-${decision.id}`}>
                {t('minutes.decision')} {i + 1}
              </label>
              <input
                id={`decision-${decision.id}`}
                className="input"
                value={decision.text}
                placeholder={t('minutes.newDecision')}
                autoFocus={focusDecision === decision.id}
                onChange={(e) => edits.updateDecision(meeting.id, item.id, decision.id, e.target.value)}
              />
              <RemoveButton label={t('minutes.removeDecision')} title={null} onClick={() => edits.removeDecision(meeting.id, item.id, decision.id)} />
            </div>
          ))}
          <button type="button" className="btn btn-small" onClick={() => setFocusDecision(edits.addDecision(meeting.id, item.id))}>
            {t('minutes.addDecision')}
          </button>
        </div>
        <div className="mt-item-actions">
          <h4 className="field-label">{t('minutes.actions')}</h4>
          <ActionList meeting={meeting} item={item} actions={actions} />
        </div>
      </div>
    </section>
  )
}

function ActionList({ meeting, item, actions }: { meeting: Meeting; item: AgendaItem | null; actions: Action[] }) {
  const { t } = useTranslation('meetings')
  const lookups = useMeetingLookups()
  const edits = useMeetingEdits()
  const [focusId, setFocusId] = useState<string | null>(null)
  const today = amsterdamToday(new Date())
  const add = () => {
    const action = newAction({
      meetingId: meeting.id,
      agendaItemId: item?.id ?? null,
      workGroupId: workGroupForNewAction(meeting, item),
    })
    edits.addAction(action)
    setFocusId(action.id)
  }
  return (
    <div className="mt-action-list">
      {actions.map((action) => (
        <ActionFields
          key={action.id}
          action={action}
          participants={lookups.participants}
          today={today}
          autoFocus={focusId === action.id}
          onChange={(patch, mergeKey) => edits.updateAction(action.id, patch, mergeKey)}
          onRemove={() => edits.removeAction(action.id)}
        />
      ))}
      <button type="button" className="btn btn-small" onClick={add}>
        {t('minutes.addAction')}
      </button>
    </div>
  )
}
