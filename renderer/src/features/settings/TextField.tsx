// A labelled text input with its hint and error tied to it (aria-describedby), so a screen reader
// reads the label, the hint and what is wrong; aria-invalid marks it for assistive technology.
import type { ReactElement } from 'react'

interface TextFieldProps {
  id: string
  label: string
  hint?: string
  value: string
  onChange(value: string): void
  error?: string
  required?: boolean
  type?: 'text' | 'email'
  autoComplete?: string
  maxLength?: number
}

export function TextField(props: TextFieldProps): ReactElement {
  const { id, label, hint, value, onChange, error, required, type, autoComplete, maxLength } = props
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ')
  return (
    <div className="field">
      <label htmlFor={id}>
        {label} {required && <span className="required">(required)</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        type={type ?? 'text'}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        autoComplete={autoComplete}
        maxLength={maxLength}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </div>
  )
}
