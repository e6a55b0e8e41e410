/** Small form fields the meetings screens need beyond ui/fields: time, number, location and work-group pickers. */
import { type InputHTMLAttributes, useId } from 'react'
import { useTranslation } from 'react-i18next'
import { describedBy, FieldFrame, SelectField } from '../../ui/fields'
import type { MeetingLookups } from './use-meeting-lookups'

interface InputFieldProps {
  label: string
  value: string
  onChange: (value: string) => void
  error?: string | null
}

function InputField({ label, value, onChange, error, ...input }: InputFieldProps & Pick<InputHTMLAttributes<HTMLInputElement>, 'className' | 'type' | 'inputMode' | 'min' | 'max'>) {
  const id = useId()
  return (
    <FieldFrame label={label} error={error} id={id}>
      <input
        id={id}
        {...input}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, undefined, error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldFrame>
  )
}

export function TimeField(props: InputFieldProps) {
  return <InputField {...props} className="input" type="time" />
}

export function NumberField(props: InputFieldProps & { min: number; max: number }) {
  return <InputField {...props} className="input mt-number" type="number" inputMode="numeric" />
}

interface OptionalSelectProps {
  label: string
  value: string | null
  onChange: (value: string | null) => void
}

/** A select of named things with a first choice for none; the empty value stands for null. */
function OptionalSelect({ label, value, onChange, noneLabel, items }: OptionalSelectProps & { noneLabel: string; items: ReadonlyArray<{ id: string; name: string }> }) {
  return (
    <SelectField
      label={label}
      value={value ?? ''}
      options={[{ value: '', label: noneLabel }, ...items.map((item) => ({ value: item.id, label: item.name }))]}
      onChange={(chosen) => onChange(chosen === '' ? null : chosen)}
    />
  )
}

export function LocationSelect({ lookups, ...props }: OptionalSelectProps & { lookups: MeetingLookups }) {
  const { t } = useTranslation('meetings')
  return <OptionalSelect {...props} noneLabel={t('detail.noLocation')} items={lookups.locations} />
}

export function WorkGroupSelect({ lookups, ...props }: OptionalSelectProps & { lookups: MeetingLookups }) {
  const { t } = useTranslation('meetings')
  return <OptionalSelect {...props} noneLabel={t('detail.noWorkGroup')} items={lookups.workGroups} />
}
