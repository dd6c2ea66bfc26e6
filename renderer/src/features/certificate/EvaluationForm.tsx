// The course's evaluation (its provider block's questions, from main), completed before a
// certificate is issued and kept with it; a claim file carries the same answers. Each question is
// a fieldset with a legend or a labelled text box; problems are checked with the same function
// main applies (questions/course/evaluation.ts), listed in an alert and tied to each question.
import { useId, useRef, useState, type FormEvent, type ReactElement } from 'react'
import type { Evaluation } from '../../../../preload/contract/certificate'
import { checkEvaluation, type EvaluationProblem } from '../../../../questions/course/evaluation'
import type { EvaluationQuestion } from '../../../../questions/course/types'
import { RadioGroup } from '../../ui/components/RadioGroup'

const SCALE_HINTS: Record<number, string> = { 1: 'Not at all', 3: 'Somewhat', 5: 'Very much' }

/** "unsure" → "Unsure": the course's choices are its words; only the first letter changes. */
const choiceLabel = (choice: string): string => choice.charAt(0).toUpperCase() + choice.slice(1)

export function EvaluationForm(props: {
  questions: readonly EvaluationQuestion[]
  busy: boolean
  submitLabel: string
  busyLabel: string
  onSubmit(evaluation: Evaluation): void
  onCancel(): void
}): ReactElement {
  const [draft, setDraft] = useState<Evaluation>({})
  const [tried, setTried] = useState(false)
  const summaryRef = useRef<HTMLDivElement>(null)
  const id = useId()
  const update = (questionId: string, value: string | number): void =>
    setDraft((d) => ({ ...d, [questionId]: value }))
  // Once shown, the list follows the answers, so it never names a question already answered.
  const problems: EvaluationProblem[] = tried ? problemsIn(props.questions, draft) : []
  const problemOf = (qid: string): string | undefined =>
    problems.find((p) => p.questionId === qid)?.message

  const submit = (event: FormEvent): void => {
    event.preventDefault()
    setTried(true)
    const check = checkEvaluation(props.questions, draft)
    if (!check.ok) {
      requestAnimationFrame(() => summaryRef.current?.focus())
      return
    }
    props.onSubmit(check.answers)
  }

  return (
    <form className="evaluation" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Evaluate this activity</h3>
      <p className="small muted">
        The course asks every learner these questions. Your answers are kept with the certificate
        and sent with a credit claim; they do not change your score.
      </p>
      {problems.length > 0 && (
        <div className="notice notice-error" role="alert" tabIndex={-1} ref={summaryRef}>
          <p>Please answer every question marked required:</p>
          <ul>
            {problems.map((p) => (
              <li key={p.questionId}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
      {props.questions.map((q) => (
        <Question
          key={q.id}
          question={q}
          inputId={`${id}-${q.id}`}
          value={draft[q.id]}
          problem={problemOf(q.id)}
          onChange={(v) => update(q.id, v)}
        />
      ))}
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={props.busy}>
          {props.busy ? props.busyLabel : props.submitLabel}
        </button>
        <button type="button" className="btn" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}

function Question(props: {
  question: EvaluationQuestion
  inputId: string
  value: string | number | undefined
  problem: string | undefined
  onChange(value: string | number): void
}): ReactElement {
  const { question: q, inputId, value, problem } = props
  const legend = (
    <>
      {q.prompt} {q.required ? <span className="required">(required)</span> : '(optional)'}
    </>
  )
  const error = problem && (
    <p id={`${inputId}-error`} className="field-error">
      <span aria-hidden="true">⚠ </span>
      {problem}
    </p>
  )
  if (q.kind === 'text') {
    const text = typeof value === 'string' ? value : ''
    return (
      <div className="field">
        <label htmlFor={inputId}>{legend}</label>
        <textarea
          id={inputId}
          rows={q.maxLength > 1000 ? 3 : 2}
          maxLength={q.maxLength}
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${inputId}-count${problem ? ` ${inputId}-error` : ''}`}
          value={text}
          onChange={(e) => props.onChange(e.target.value)}
        />
        <p id={`${inputId}-count`} className="field-hint">
          {text.length.toLocaleString()} of {q.maxLength.toLocaleString()} characters
        </p>
        {error}
      </div>
    )
  }
  const choices =
    q.kind === 'scale'
      ? Array.from({ length: q.max - q.min + 1 }, (_, i) => {
          const n = q.min + i
          return { value: String(n), label: String(n), hint: SCALE_HINTS[n] }
        })
      : q.choices.map((c) => ({ value: c, label: choiceLabel(c) }))
  return (
    <RadioGroup<string>
      name={inputId}
      legend={legend}
      className={q.kind === 'scale' ? 'scale-5' : 'choices-inline'}
      value={value === undefined ? '' : String(value)}
      choices={choices}
      description={
        problem && (
          <span className="field-error">
            <span aria-hidden="true">⚠ </span>
            {problem}
          </span>
        )
      }
      onChange={(v) => props.onChange(q.kind === 'scale' ? Number(v) : v)}
    />
  )
}

function problemsIn(
  questions: readonly EvaluationQuestion[],
  draft: Evaluation
): EvaluationProblem[] {
  const check = checkEvaluation(questions, draft)
  return check.ok ? [] : check.problems
}
