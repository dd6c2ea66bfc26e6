// Time per item, time accommodation (WCAG 2.2.1) and confidence rating.
import type { ReactElement } from 'react'
import {
  MAX_SECONDS_PER_ITEM,
  MIN_SECONDS_PER_ITEM,
  type CourseRules
} from '../../../../questions/engine'
import { RadioGroup, type RadioChoice } from '../../ui/components/RadioGroup'
import type { SetupForm } from './setup-model'

interface TimingFieldsProps {
  form: SetupForm
  update(patch: Partial<SetupForm>): void
  rules: CourseRules
}

const LABELS: Record<string, string> = {
  '1': 'Standard (×1)',
  '1.5': 'Extended (×1.5)',
  '2': 'Double (×2)'
}

export function TimingFields({ form, update, rules }: TimingFieldsProps): ReactElement {
  const exam = form.mode === 'exam'
  // A Certificate exam offers only the course's accommodations (recorded on the attempt).
  const factors: (1 | 1.5 | 2)[] = exam ? [...rules.accommodations] : [1, 1.5, 2]
  const accommodations: RadioChoice<SetupForm['accommodation']>[] = [
    ...factors.map((value) => ({ value, label: LABELS[String(value)] ?? `×${value}` })),
    // Untimed practice never counts toward a certificate, so it is offered in Tutor mode only.
    ...(form.mode === 'tutor' ? [{ value: 'untimed' as const, label: 'Untimed' }] : [])
  ]
  const untimed = form.accommodation === 'untimed'
  return (
    <fieldset className="choice-group">
      <legend>Timing</legend>
      <div className="field field-inline">
        <label htmlFor="seconds-per-item">Time per item (seconds)</label>
        <input
          id="seconds-per-item"
          type="number"
          inputMode="numeric"
          min={MIN_SECONDS_PER_ITEM}
          max={MAX_SECONDS_PER_ITEM}
          step={5}
          value={exam ? String(rules.secondsPerItem) : form.secondsPerItem}
          disabled={untimed || exam}
          aria-describedby="seconds-hint"
          onChange={(e) => update({ secondsPerItem: e.target.value })}
        />
        <span id="seconds-hint" className="small muted">
          {exam
            ? `The course's time for a Certificate exam.`
            : 'Default 90 seconds. Not used when untimed.'}
        </span>
      </div>
      <RadioGroup
        name="accommodation"
        legend="Time accommodation"
        className="nested choices-inline"
        value={form.accommodation}
        choices={accommodations}
        onChange={(accommodation) => update({ accommodation })}
        description={
          exam
            ? 'Extra time still counts toward a certificate and is printed on it. Untimed practice is available in Tutor mode.'
            : 'Extra time multiplies the time per item.'
        }
      />
      <div className="checkbox-row">
        <label htmlFor="confidence" className="choice">
          <input
            id="confidence"
            type="checkbox"
            checked={form.confidence}
            onChange={(e) => update({ confidence: e.target.checked })}
          />
          <span className="choice-body">
            <span className="choice-label">Rate my confidence</span>
            <span className="choice-hint">
              Sure, unsure or guess for each answer; review can then show your low-confidence items.
            </span>
          </span>
        </label>
      </div>
    </fieldset>
  )
}
