// The activity evaluation continuing-education providers ask for, completed before issue and
// stored with the certificate. The four questions are required; the two text boxes are not.
import { useId, useRef, useState, type FormEvent, type ReactElement } from 'react'
import type { Evaluation } from '../../../../preload/contract/certificate'
import { RadioGroup } from '../../ui/components/RadioGroup'

type Draft = Partial<Omit<Evaluation, 'relevance'>> & { relevance?: number }

const RELEVANCE = [
  { value: '1', label: '1', hint: 'Not relevant' },
  { value: '2', label: '2' },
  { value: '3', label: '3', hint: 'Somewhat' },
  { value: '4', label: '4' },
  { value: '5', label: '5', hint: 'Highly relevant' }
] as const
const INTENT = [
  { value: 'yes', label: 'Yes' },
  { value: 'unsure', label: 'Not sure yet' },
  { value: 'no', label: 'No' }
] as const
const BALANCED = [
  { value: 'yes', label: 'Yes, fair and balanced' },
  { value: 'no', label: 'No' }
] as const
const BIAS = [
  { value: 'none', label: 'No commercial bias' },
  { value: 'some', label: 'Some commercial bias' }
] as const
const REQUIRED: [keyof Draft, string][] = [
  ['relevance', 'Rate how relevant the activity was to your practice.'],
  ['intentToChange', 'Say whether you intend to change your practice.'],
  ['balanced', 'Say whether the content was balanced.'],
  ['commercialBias', 'Say whether you noticed commercial bias.']
]

export function EvaluationForm(props: {
  busy: boolean
  onSubmit(evaluation: Evaluation): void
  onCancel(): void
}): ReactElement {
  const [draft, setDraft] = useState<Draft>({})
  const [tried, setTried] = useState(false)
  const summaryRef = useRef<HTMLDivElement>(null)
  const id = useId()
  const update = (change: Draft): void => setDraft((d) => ({ ...d, ...change }))
  // Once shown, the list follows the answers, so it never names a question already answered.
  const missing = tried ? gapsIn(draft) : []

  const submit = (event: FormEvent): void => {
    event.preventDefault()
    setTried(true)
    if (gapsIn(draft).length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus())
      return
    }
    props.onSubmit(draft as Evaluation)
  }

  return (
    <form className="evaluation" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Evaluate this activity</h3>
      <p className="small muted">
        Continuing-education providers ask every learner these questions. Your answers are kept with
        the certificate; they do not change your score.
      </p>
      {missing.length > 0 && (
        <div className="notice notice-error" role="alert" tabIndex={-1} ref={summaryRef}>
          <p>Please answer every question before the certificate is issued:</p>
          <ul>
            {missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      <RadioGroup<string>
        name="eval-relevance"
        legend="How relevant was this activity to your practice?"
        className="scale-5"
        value={draft.relevance === undefined ? '' : String(draft.relevance)}
        choices={RELEVANCE}
        onChange={(v) => update({ relevance: Number(v) })}
      />
      <RadioGroup
        name="eval-intent"
        legend="Do you intend to change your practice as a result?"
        className="choices-inline"
        value={draft.intentToChange ?? ''}
        choices={INTENT}
        onChange={(intentToChange) => update({ intentToChange })}
      />
      <div className="field">
        <label htmlFor={`${id}-details`}>What will you change? (optional)</label>
        <textarea
          id={`${id}-details`}
          rows={2}
          maxLength={1000}
          value={draft.intentToChangeDetails ?? ''}
          onChange={(e) => update({ intentToChangeDetails: e.target.value })}
        />
      </div>
      <RadioGroup
        name="eval-balanced"
        legend="Was the content scientifically balanced?"
        className="choices-inline"
        value={draft.balanced ?? ''}
        choices={BALANCED}
        onChange={(balanced) => update({ balanced })}
      />
      <RadioGroup
        name="eval-bias"
        legend="Was it free of commercial bias?"
        className="choices-inline"
        value={draft.commercialBias ?? ''}
        choices={BIAS}
        onChange={(commercialBias) => update({ commercialBias })}
      />
      <div className="field">
        <label htmlFor={`${id}-comments`}>Comments (optional)</label>
        <textarea
          id={`${id}-comments`}
          rows={3}
          maxLength={2000}
          aria-describedby={`${id}-count`}
          value={draft.comments ?? ''}
          onChange={(e) => update({ comments: e.target.value })}
        />
        <p id={`${id}-count`} className="field-hint">
          {(draft.comments ?? '').length} of 2,000 characters
        </p>
      </div>
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={props.busy}>
          {props.busy ? 'Issuing…' : 'Issue my certificate'}
        </button>
        <button type="button" className="btn" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}

function gapsIn(draft: Draft): string[] {
  return REQUIRED.filter(([key]) => draft[key] === undefined).map(([, text]) => text)
}
