import { type ReactNode, useId } from 'react'

interface BaseProps {
  label: string
  hint?: string
  error?: string | null
  className?: string
}

/** A field's frame: its label, the control, and a hint or an error under it (for controls the fields below do not cover). */
export function FieldFrame({ label, hint, error, className, id, children }: BaseProps & { id: string; children: ReactNode }) {
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children}
      {hint && !error && (
        <span className="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  )
}

/** The id of the hint or error a control is described by. */
export const describedBy = (id: string, hint?: string, error?: string | null) =>
  error ? `${id}-error` : hint ? `${id}-hint` : undefined

interface TextFieldProps extends BaseProps {
  value: string
  onChange: (value: string) => void
  type?: 'text' | 'email' | 'tel' | 'search'
  required?: boolean
  autoFocus?: boolean
  placeholder?: string
  name?: string
}

export function TextField({ label, hint, error, className, value, onChange, type = 'text', ...rest }: TextFieldProps) {
  const id = useId()
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className} id={id}>
      <input
        id={id}
        className="input"
        type={type}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
        {...rest}
      />
    </FieldFrame>
  )
}

interface TextAreaProps extends BaseProps {
  value: string
  onChange: (value: string) => void
  rows?: number
  name?: string
}

export function TextArea({ label, hint, error, className, value, onChange, rows = 3, name }: TextAreaProps) {
  const id = useId()
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className} id={id}>
      <textarea
        id={id}
        className="textarea"
        rows={rows}
        name={name}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldFrame>
  )
}

interface DateFieldProps extends BaseProps {
  value: string | null
  onChange: (value: string | null) => void
  name?: string
}

/** A native date input: the browser's picker, keyboard entry, and YYYY-MM-DD as value. */
export function DateField({ label, hint, error, className, value, onChange, name }: DateFieldProps) {
  const id = useId()
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className} id={id}>
      <input
        id={id}
        className="input"
        type="date"
        name={name}
        value={value ?? ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
      />
    </FieldFrame>
  )
}

interface SelectFieldProps<V extends string> extends BaseProps {
  value: V
  options: ReadonlyArray<{ value: V; label: string }>
  onChange: (value: V) => void
  name?: string
}

export function SelectField<V extends string>({ label, hint, error, className, value, options, onChange, name }: SelectFieldProps<V>) {
  const id = useId()
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className} id={id}>
      <select
        id={id}
        className="select"
        name={name}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value as V)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  )
}
