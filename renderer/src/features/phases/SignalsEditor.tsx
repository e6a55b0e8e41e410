/**
 * Signals per phase: the checklist ticked when recording an observation. Edit a signal in place
 * (typing merges into one undo step), remove it, add your own, or restore a phase's defaults.
 */
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { phaseSignalsChanged, type Signal } from '../../../../shared/logic/ipg-signals'
import { groupPhases, type GroupPhase } from '../../../../shared/model'
import { useProject } from '../../app/session-store'
import { RemoveButton } from '../../ui/RemoveButton'
import { UndoNotice, useUndoNotice } from '../../ui/UndoNotice'
import { PhaseHeading } from './PhaseHeading'
import { type PhaseEdits, usePhaseEdits } from './phase-edits'
import { useIpgLanguage, usePhaseNames, useSignals } from './use-phases'

export function SignalsEditor() {
  const { t } = useTranslation('phases')
  const { t: tc } = useTranslation()
  const language = useIpgLanguage()
  const signals = useSignals()
  const overrides = useProject((p) => p.groupDevelopment.signalOverrides)
  const edits = usePhaseEdits(language)
  const names = usePhaseNames()
  const { notice, announce, dismiss } = useUndoNotice()

  return (
    <section className="signals" aria-labelledby="signals-heading">
      <div>
        <h2 id="signals-heading" className="section-title">
          {t('signals.heading')}
        </h2>
        <p className="muted signals-intro">{t('signals.intro')}</p>
      </div>
      <UndoNotice notice={notice} onDismiss={dismiss} undoLabel={tc('undo')} dismissLabel={tc('close')} testId="signals-notice" />
      <div className="signals-grid">
        {groupPhases.map((phase) => (
          <PhaseSignals
            key={phase}
            phase={phase}
            signals={signals.filter((s) => s.phase === phase)}
            changed={phaseSignalsChanged(overrides, phase)}
            edits={edits}
            onReset={() => {
              edits.resetSignals(phase)
              announce(t('signals.resetDone', { phase: names.primary(phase) }))
            }}
            announce={announce}
          />
        ))}
      </div>
    </section>
  )
}

interface PhaseSignalsProps {
  phase: GroupPhase
  signals: Signal[]
  changed: boolean
  edits: PhaseEdits
  onReset: () => void
  announce: (message: string, tone?: 'info' | 'success') => void
}

function PhaseSignals({ phase, signals, changed, edits, onReset, announce }: PhaseSignalsProps) {
  const { t } = useTranslation('phases')
  const names = usePhaseNames()
  const [draft, setDraft] = useState('')
  const add = (event: FormEvent) => {
    event.preventDefault()
    const text = draft.trim()
    if (text === '') return
    edits.addSignal(phase, text)
    setDraft('')
    announce(t('signals.added'), 'success')
  }
  return (
    <section className="card signals-card" aria-label={names.primary(phase)} data-testid={`signals-${phase}`}>
      <h3 className="signals-card-head">
        <PhaseHeading phase={phase} />
      </h3>
      {signals.length === 0 ? (
        <p className="muted">{t('signals.none')}</p>
      ) : (
        <ul className="signals-list">
          {signals.map((signal) => (
            <li key={signal.id} data-signal-id={signal.id}>
              <input
                className="input signals-input"
                aria-label={t('signals.textLabel')}
                value={signal.text}
                onChange={(event) => edits.editSignal(signal, event.target.value)}
              />
              {!signal.isDefault && <span className="badge">{t('signals.own')}</span>}
              {signal.edited && <span className="badge badge-accent">{t('signals.edited')}</span>}
              <RemoveButton
                small
                label={t('signals.removeLabel', { text: signal.text })}
                title={t('signals.remove')}
                onClick={() => {
                  edits.removeSignal(signal)
                  announce(t('signals.removed'))
                }}
              />
            </li>
          ))}
        </ul>
      )}
      <form className="signals-add" onSubmit={add} data-own-undo>
        <input
          className="input"
          aria-label={t('signals.addLabel', { phase: names.primary(phase) })}
          placeholder={t('signals.addPlaceholder')}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" className="btn btn-small" disabled={draft.trim() === ''}>
          {t('signals.add')}
        </button>
      </form>
      {changed && (
        <button type="button" className="btn btn-ghost btn-small signals-reset" onClick={onReset}>
          {t('signals.reset')}
        </button>
      )}
    </section>
  )
}
