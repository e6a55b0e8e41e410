import type { SelectHTMLAttributes } from 'react'

interface ParticipantSelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'children'> {
  participants: ReadonlyArray<{ id: string; name: string }>
  /** The chosen participant's id; null for no one. */
  value: string | null
  onChange: (participantId: string | null) => void
  /** The first choice, for no one (e.g. "Niemand", "Anoniem"). */
  noneLabel: string
}

/** A select of participants by name, with a first choice for no one. The label is the caller's. */
export function ParticipantSelect({ participants, value, onChange, noneLabel, className, ...rest }: ParticipantSelectProps) {
  return (
    <select className={className ? `select ${className}` : 'select'} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)} {...rest}>
      <option value="">{noneLabel}</option>
      {participants.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </select>
  )
}
