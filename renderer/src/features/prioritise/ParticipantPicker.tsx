import { type Ref, useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { ParticipantProgress } from '../../../../shared/logic/ranking'
import { progressOf, type Scorer } from './use-prioritise-data'

interface ParticipantPickerProps {
  scorers: readonly Scorer[]
  value: string
  onChange: (id: string) => void
  /** Called by "Volgende deelnemer" and "Vorige", after the choice changed. */
  onStep?: () => void
  progress: Map<string, ParticipantProgress>
  /** What counts as done for the option labels: complete rows, or dots given. */
  done: (progress: ParticipantProgress) => number
  total: number
  nextRef?: Ref<HTMLButtonElement>
}

/** Whose form is being typed in: a select (with each person's progress) and previous/next. */
export function ParticipantPicker({ scorers, value, onChange, onStep, progress, done, total, nextRef }: ParticipantPickerProps) {
  const { t } = useTranslation('prioritise')
  const id = useId()
  const index = scorers.findIndex((s) => s.id === value)
  const step = (delta: number) => {
    const next = scorers[index + delta]
    if (!next) return
    onChange(next.id)
    onStep?.()
  }
  return (
    <div className="prio-picker">
      <div className="field prio-picker-field">
        <label className="field-label" htmlFor={id}>
          {t('picker.label')}
        </label>
        <select id={id} className="select" value={value} onChange={(event) => onChange(event.target.value)} data-testid="participant-picker">
          {scorers.map((s) => {
            const values = { name: s.name, done: done(progressOf(progress, s.id)), total }
            return (
              <option key={s.id} value={s.id}>
                {s.active ? t('picker.option', values) : t('picker.optionStopped', values)}
              </option>
            )
          })}
        </select>
      </div>
      <div className="prio-picker-steps">
        <button type="button" className="btn" onClick={() => step(-1)} disabled={index <= 0}>
          {t('picker.previous')}
        </button>
        <button ref={nextRef} type="button" className="btn btn-primary" onClick={() => step(1)} disabled={index < 0 || index >= scorers.length - 1}>
          {t('picker.next')}
        </button>
      </div>
    </div>
  )
}
