// A labelled group of native radio buttons: a fieldset whose legend names the group, so screen
// readers announce "Mode, radio group" and arrow keys move between choices.
import type { ReactElement, ReactNode } from 'react'
import './components.css'

export interface RadioChoice<T> {
  value: T
  label: ReactNode
  hint?: ReactNode
}

interface RadioGroupProps<T> {
  name: string
  legend: ReactNode
  /** null (or '') = nothing chosen yet. */
  value: T | null | ''
  choices: readonly RadioChoice<T>[]
  onChange(value: NoInfer<T>): void
  description?: ReactNode
  className?: string
}

export function RadioGroup<T extends string | number>(props: RadioGroupProps<T>): ReactElement {
  const { name, legend, value, choices, onChange, description, className } = props
  const descId = description ? `${name}-desc` : undefined
  return (
    <fieldset className={`choice-group ${className ?? ''}`} aria-describedby={descId}>
      <legend>{legend}</legend>
      {description && (
        <p id={descId} className="small muted choice-desc">
          {description}
        </p>
      )}
      <div className="choices">
        {choices.map((choice) => {
          const id = `${name}-${String(choice.value).replace('.', '_')}`
          return (
            <label key={String(choice.value)} htmlFor={id} className="choice">
              <input
                id={id}
                type="radio"
                name={name}
                checked={choice.value === value}
                onChange={() => onChange(choice.value)}
              />
              <span className="choice-body">
                <span className="choice-label">{choice.label}</span>
                {choice.hint && <span className="choice-hint">{choice.hint}</span>}
              </span>
            </label>
          )
        })}
      </div>
    </fieldset>
  )
}
