/**
 * Notes, decisions and actions on the current agenda item, captured without leaving the chairing
 * view. The notes are project data (Ctrl+Z undoes the project edit). A decision or action being
 * typed is not yet: while its field holds text, Ctrl+Z there is the browser's own undo of the
 * typing (data-own-undo); once recorded (the field empty again), Ctrl+Z undoes the recording.
 */
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Action, AgendaItem, Participant } from '../../../../shared/model'
import { ParticipantSelect } from '../../ui/ParticipantSelect'
import type { ChairingEdits } from './chairing-edits'

interface QuickCaptureProps {
  item: AgendaItem
  actions: readonly Action[]
  participants: readonly Participant[]
  edits: ChairingEdits
}

export function QuickCapture({ item, actions, participants, edits }: QuickCaptureProps) {
  const { t } = useTranslation('chairing')
  const id = useId()
  const [decision, setDecision] = useState('')
  const [what, setWhat] = useState('')
  const [ownerId, setOwnerId] = useState<string | null>(null)
  const [deadline, setDeadline] = useState('')
  const itemActions = actions.filter((a) => a.agendaItemId === item.id)
  const names = new Map(participants.map((p) => [p.id, p.name]))

  const addDecision = () => {
    if (decision.trim() === '') return
    edits.addDecision(item.id, decision.trim())
    setDecision('')
  }
  const addAction = () => {
    if (what.trim() === '') return
    edits.addAction(item.id, what.trim(), ownerId, deadline || null, Date.now())
    setWhat('')
    setOwnerId(null)
    setDeadline('')
  }

  return (
    <div className="ch-capture" data-testid="chairing-capture">
      <div className="ch-capture-col">
        <label className="field-label" htmlFor={`${id}-notes`}>
          {t('capture.notes')}
        </label>
        <textarea
          id={`${id}-notes`}
          className="textarea ch-notes"
          value={item.notes}
          onChange={(event) => edits.setNotes(item.id, event.target.value)}
        />
      </div>
      <div className="ch-capture-col">
        <form
          className="ch-inline-form"
          data-own-undo={decision === '' ? undefined : ''}
          onSubmit={(event) => {
            event.preventDefault()
            addDecision()
          }}
        >
          <label className="field-label" htmlFor={`${id}-decision`}>
            {t('capture.decision')}
          </label>
          <div className="ch-inline-row">
            <input
              id={`${id}-decision`}
              className="input"
              value={decision}
              placeholder={t('capture.decisionPlaceholder')}
              onChange={(event) => setDecision(event.target.value)}
            />
            <button type="submit" className="btn">
              {t('capture.addDecision')}
            </button>
          </div>
        </form>
        <h3 className="ch-list-title">{t('capture.decisions', { count: item.decisions.length })}</h3>
        <ul className="ch-list" data-testid="chairing-decisions">
          {item.decisions.map((d) => (
            <li key={d.id}>{d.text}</li>
          ))}
        </ul>
      </div>
      <div className="ch-capture-col">
        <form
          className="ch-inline-form"
          data-own-undo={what === '' ? undefined : ''}
          onSubmit={(event) => {
            event.preventDefault()
            addAction()
          }}
        >
          <label className="field-label" htmlFor={`${id}-action`}>
            {t('capture.action')}
          </label>
          <div className="ch-inline-row">
            <input id={`${id}-action`} className="input" value={what} placeholder={t('capture.actionPlaceholder')} onChange={(event) => setWhat(event.target.value)} />
            <button type="submit" className="btn">
              {t('capture.addAction')}
            </button>
          </div>
          <div className="ch-inline-row">
            <ParticipantSelect aria-label={t('capture.who')} participants={participants.filter((p) => p.active)} noneLabel={t('capture.nobody')} value={ownerId} onChange={setOwnerId} />
            <input aria-label={t('capture.deadline')} className="input ch-deadline" type="date" value={deadline} onChange={(event) => setDeadline(event.target.value)} />
          </div>
        </form>
        <h3 className="ch-list-title">{t('capture.actions', { count: itemActions.length })}</h3>
        <ul className="ch-list" data-testid="chairing-actions">
          {itemActions.map((a) => (
            <li key={a.id}>
              {a.what}
              {a.ownerId && names.get(a.ownerId) ? <span className="muted"> — {names.get(a.ownerId)}</span> : null}
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
