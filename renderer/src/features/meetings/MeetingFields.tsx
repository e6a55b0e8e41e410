/** Small form fields the meetings screens need beyond ui/fields: time, number, location and work-group pickers. */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { SelectField } from '../../ui/fields'
import type { MeetingLookups } from './use-meeting-lookups'

export function TimeField(props: { label: string; value: string; onChange: (value: string) => void; error?: string | null }) {
  const id = useId()
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {props.label}
      </label>
      <input
        id={id}
        className="input"
        type="time"
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {props.error && (
        <span className="field-error" id={`${id}-error`} role="alert">
          {props.error}
        </span>
      )}
    </div>
  )
}

export function NumberField(props: { label: string; value: string; onChange: (value: string) => void; min: number; max: number; error?: string | null }) {
  const id = useId()
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {props.label}
      </label>
      <input
        id={id}
        className="input mt-number"
        type="number"
        inputMode="numeric"
        min={props.min}
        max={props.max}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {props.error && (
        <span className="field-error" id={`${id}-error`} role="alert">
          {props.error}
        </span>
      )}
    </div>
  )
}

export function LocationSelect(props: { label: string; value: string | null; onChange: (value: string | null) => void; lookups: MeetingLookups }) {
  const { t } = useTranslation('meetings')
  return (
    <SelectField
      label={props.label}
      value={props.value ?? ''}
      options={[{ value: '', label: t('detail.noLocation') }, ...props.lookups.locations.map((l) => ({ value: l.id, label: l.name }))]}
      onChange={(value) => props.onChange(value === '' ? null : value)}
    />
  )
}

export function WorkGroupSelect(props: { label: string; value: string | null; onChange: (value: string | null) => void; lookups: MeetingLookups }) {
  const { t } = useTranslation('meetings')
  return (
    <SelectField
      label={props.label}
      value={props.value ?? ''}
      options={[{ value: '', label: t('detail.noWorkGroup') }, ...props.lookups.workGroups.map((g) => ({ value: g.id, label: g.name }))]}
      onChange={(value) => props.onChange(value === '' ? null : value)}
    />
  )
}
