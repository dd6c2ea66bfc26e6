// Optional confidence rating for the current item (sure / unsure / guess), with keys S, U and G.
import type { ReactElement } from 'react'
import type { Confidence } from '../../../../questions/engine'
import { RadioGroup, type RadioChoice } from '../../ui/components/RadioGroup'

/** The key that sets each rating (usePlayerKeys reads the same table). */
export const CONFIDENCE_KEYS: Record<string, Confidence> = { s: 'sure', u: 'unsure', g: 'guess' }

const choice = (value: Confidence, label: string, key: string): RadioChoice<Confidence> => ({
  value,
  label: (
    <>
      {label}{' '}
      <kbd className="key-hint" aria-hidden="true">
        {key}
      </kbd>
    </>
  )
})

const CHOICES: RadioChoice<Confidence>[] = [
  choice('sure', 'Sure', 'S'),
  choice('unsure', 'Unsure', 'U'),
  choice('guess', 'Guess', 'G')
]

interface ConfidenceGroupProps {
  itemIndex: number
  value: Confidence | null
  onChange(value: Confidence): void
}

/** The id of the group's wrapper, so the player can bring it into view and focus it. */
export const confidenceGroupId = (itemIndex: number): string => `confidence-${itemIndex}-group`

export function ConfidenceGroup({
  itemIndex,
  value,
  onChange
}: ConfidenceGroupProps): ReactElement {
  return (
    <div id={confidenceGroupId(itemIndex)} data-testid="confidence">
      <RadioGroup
        name={`confidence-${itemIndex}`}
        legend="How confident are you?"
        className="confidence-group choices-inline"
        value={value}
        choices={CHOICES}
        onChange={onChange}
      />
    </div>
  )
}
