// Time per item, time accommodation (WCAG 2.2.1) and confidence rating.
import type { ReactElement } from 'react'
import { MAX_SECONDS_PER_ITEM, MIN_SECONDS_PER_ITEM } from '../../../../questions/engine'
import { RadioGroup, type RadioChoice } from '../../ui/components/RadioGroup'
import type { SetupForm } from './setup-model'

interface TimingFieldsProps {
  form: SetupForm
  update(patch: Partial<SetupForm>): void
}

export function TimingFields({ form, update }: TimingFieldsProps): ReactElement {
  const accommodations: RadioChoice<SetupForm['accommodation']>[] = [
    { value: 1, label: 'Standard (×1)' },
    { value: 1.5, label: 'Extended (×1.5)' },
    { value: 2, label: 'Double (×2)' },
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
          value={form.secondsPerItem}
          disabled={untimed}
          aria-describedby="seconds-hint"
          onChange={(e) => update({ secondsPerItem: e.target.value })}
        />
        <span id="seconds-hint" className="small muted">
          Default 90 seconds. Not used when untimed.
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
          form.mode === 'timed'
            ? 'Extra time still counts toward a certificate. Untimed practice is available in Tutor mode.'
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
