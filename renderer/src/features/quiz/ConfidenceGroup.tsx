// Optional confidence rating for the current item (sure / unsure / guess).
import type { ReactElement } from 'react'
import type { Confidence } from '../../../../questions/engine'
import { RadioGroup, type RadioChoice } from '../../ui/components/RadioGroup'

const CHOICES: RadioChoice<Confidence>[] = [
  { value: 'sure', label: 'Sure' },
  { value: 'unsure', label: 'Unsure' },
  { value: 'guess', label: 'Guess' }
]

interface ConfidenceGroupProps {
  itemIndex: number
  value: Confidence | null
  onChange(value: Confidence): void
}

export function ConfidenceGroup({
  itemIndex,
  value,
  onChange
}: ConfidenceGroupProps): ReactElement {
  return (
    <RadioGroup
      name={`confidence-${itemIndex}`}
      legend="How confident are you?"
      className="confidence-group choices-inline"
      value={value}
      choices={CHOICES}
      onChange={onChange}
    />
  )
}
