/**
 * Record (or edit) an observation: date, group, the phase you see, the signals you saw (the
 * checklist of that phase) and a note. Saving is one undo step.
 */
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { GroupKey } from '../../../../shared/logic/group-phases'
import { signalText } from '../../../../shared/logic/ipg-signals'
import { groupPhases, type GroupPhase, type PhaseObservation } from '../../../../shared/model'
import { newId } from '../../app/new-id'
import { useProject } from '../../app/session-store'
import { todayIso } from '../../i18n/dates'
import { Dialog } from '../../ui/Dialog'
import { DateField, SelectField, TextArea } from '../../ui/fields'
import { phaseNumber, useGroups, useIpgLanguage, usePhaseNames, useSignals } from './use-phases'

const COMMUNITY = 'community'
export const groupValue = (id: GroupKey): string => id ?? COMMUNITY
export const groupFromValue = (value: string): GroupKey => (value === COMMUNITY ? null : value)

interface Props {
  observation: PhaseObservation | null
  groupId: GroupKey
  /** Called with the observation to store, or null when cancelled. */
  onDone: (observation: PhaseObservation | null) => void
}

export function ObservationDialog({ observation, groupId, onDone }: Props) {
  const { t } = useTranslation('phases')
  const { t: tc } = useTranslation()
  const language = useIpgLanguage()
  const groups = useGroups()
  const names = usePhaseNames()
  const signals = useSignals()
  const overrides = useProject((p) => p.groupDevelopment.signalOverrides)
  const phaseName = useId()
  const [date, setDate] = useState<string | null>(observation?.date ?? todayIso())
  const [group, setGroup] = useState(groupValue(observation ? (observation.workGroupId ?? null) : groupId))
  const [phase, setPhase] = useState<GroupPhase | null>(observation?.phase ?? null)
  const [ticked, setTicked] = useState<string[]>(observation?.signalIds ?? [])
  const [note, setNote] = useState(observation?.note ?? '')
  const [error, setError] = useState<string | null>(null)

  const phaseSignals = phase ? signals.filter((s) => s.phase === phase) : []
  // Ticked signals that are not in the list (another phase, or removed since): still shown so they can be unticked.
  const extra = ticked.filter((id) => !phaseSignals.some((s) => s.id === id))
  const toggle = (id: string) => setTicked(ticked.includes(id) ? ticked.filter((x) => x !== id) : [...ticked, id])

  const save = () => {
    if (!date) return setError(t('observation.dateRequired'))
    if (!phase) return setError(t('observation.phaseRequired'))
    onDone({
      ...(observation ?? {}),
      id: observation?.id ?? newId('po-'),
      date,
      workGroupId: groupFromValue(group),
      phase,
      signalIds: ticked,
      note,
    })
  }

  return (
    <Dialog
      open
      wide
      title={observation ? t('observation.titleEdit') : t('observation.titleNew')}
      onClose={() => onDone(null)}
      testId="observation-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={() => onDone(null)}>
            {tc('cancel')}
          </button>
          <button type="button" className="btn btn-primary" onClick={save}>
            {t('observation.save')}
          </button>
        </>
      }
    >
      <div className="field-row">
        <DateField label={t('observation.date')} value={date} onChange={setDate} error={error === t('observation.dateRequired') ? error : null} />
        <SelectField label={t('observation.group')} value={group} options={groups.map((g) => ({ value: groupValue(g.id), label: g.name }))} onChange={setGroup} />
      </div>
      <fieldset className="ipg-fieldset">
        <legend className="field-label">{t('observation.phase')}</legend>
        <div className="phase-choices">
          {groupPhases.map((p) => (
            <label key={p} className="phase-choice">
              <input type="radio" name={phaseName} value={p} checked={phase === p} onChange={() => setPhase(p)} />
              <span className={`phase-choice-number band-${p}`} aria-hidden="true">
                {phaseNumber(p)}
              </span>
              <span>
                {names.primary(p)}
                {names.secondary(p) && <span className="phase-choice-alt">{names.secondary(p)}</span>}
              </span>
            </label>
          ))}
        </div>
        {error === t('observation.phaseRequired') && (
          <span className="field-error" role="alert">
            {error}
          </span>
        )}
      </fieldset>
      {phase && (
        <fieldset className="ipg-fieldset" data-testid="observation-signals">
          <legend className="field-label">{t('observation.signals')}</legend>
          <span className="field-hint">{t('observation.signalsHint')}</span>
          {phaseSignals.length === 0 && extra.length === 0 && <p className="muted">{t('observation.noSignals')}</p>}
          <div className="signal-checks">
            {phaseSignals.map((s) => (
              <label key={s.id} className="ipg-check">
                <input type="checkbox" checked={ticked.includes(s.id)} onChange={() => toggle(s.id)} />
                <span>{s.text}</span>
              </label>
            ))}
            {extra.map((id) => (
              <label key={id} className="ipg-check is-extra">
                <input type="checkbox" checked onChange={() => toggle(id)} />
                <span>{signalText(id, overrides, language) ?? t('tracking.unknownSignal')}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <TextArea label={t('observation.note')} hint={t('observation.noteHint')} value={note} onChange={setNote} rows={3} />
    </Dialog>
  )
}
