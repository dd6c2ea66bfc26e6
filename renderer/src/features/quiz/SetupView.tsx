// Quiz set-up: mode, length, sections, pool, timing and confidence rating, beside a summary of
// what the learner needs to know before starting. Starting asks main; main draws the items and
// sets the clock.
import { useEffect, useRef, useState, type FormEvent, type ReactElement } from 'react'
import type { CourseInfo } from '../../../../preload/contract'
import { useAppStore } from '../../store'
import { RadioGroup, type RadioChoice } from '../../ui/components/RadioGroup'
import { ExamTerms } from './ExamTerms'
import { SectionsField } from './SectionsField'
import { SetupSummary } from './SetupSummary'
import { TimingFields } from './TimingFields'
import {
  MAX_CUSTOM_ITEMS,
  initialForm,
  itemCountOf,
  toSetup,
  validate,
  type SetupForm
} from './setup-model'
import './quiz.css'

const MODES: RadioChoice<SetupForm['mode']>[] = [
  {
    value: 'exam',
    label: 'Certificate exam',
    hint: "Fresh items over every section at the course's time. Counts toward a certificate."
  },
  {
    value: 'timed',
    label: 'Timed exam',
    hint: 'Your own time, sections and pool; no feedback until you submit. Practice.'
  },
  { value: 'tutor', label: 'Tutor', hint: 'Explanation and references after each item. Practice.' }
]
const COUNTS: RadioChoice<SetupForm['countChoice']>[] = [
  { value: '10', label: '10 items' },
  { value: '20', label: '20 items' },
  { value: '40', label: '40 items' },
  { value: 'custom', label: 'Custom' }
]
const POOLS: RadioChoice<SetupForm['pool']>[] = [
  { value: 'all', label: 'All items' },
  { value: 'unused', label: 'Unused', hint: 'Items you have not seen' },
  { value: 'incorrect', label: 'Incorrect', hint: 'Items you answered wrongly' },
  { value: 'flagged', label: 'Flagged', hint: 'Items you flagged' }
]

/** The set-up needs the course's sections and rules (course:info) before it can be filled in. */
export function SetupView(): ReactElement {
  const course = useAppStore((s) => s.course)
  if (!course) {
    return (
      <div className="page setup-page">
        <h1>New quiz</h1>
        <p className="muted" role="status">
          Loading the course…
        </p>
      </div>
    )
  }
  return <SetupScreen course={course} />
}

function SetupScreen({ course }: { course: CourseInfo }): ReactElement {
  const lastSetup = useAppStore((s) => s.lastSetup)
  const startQuiz = useAppStore((s) => s.startQuiz)
  const rules = course.rules
  const [form, setForm] = useState<SetupForm>(() =>
    initialForm(
      lastSetup,
      course.sections.map((s) => s.id)
    )
  )
  const [errors, setErrors] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const errorRef = useRef<HTMLDivElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  // A new screen starts keyboard and screen-reader users at its title.
  useEffect(() => headingRef.current?.focus(), [])
  const update = (patch: Partial<SetupForm>): void => setForm((f) => ({ ...f, ...patch }))

  const onSubmit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    const problems = validate(form, rules)
    setErrors(problems)
    if (problems.length) {
      requestAnimationFrame(() => errorRef.current?.focus())
      return
    }
    setBusy(true)
    try {
      await startQuiz(toSetup(form, rules))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="page setup-page">
      <header className="page-header">
        <h1 tabIndex={-1} ref={headingRef}>
          New quiz
        </h1>
        <p className="muted">
          Choose how you want to practise. Your choices are kept for next time.
        </p>
      </header>
      <form className="setup-layout" onSubmit={(e) => void onSubmit(e)} noValidate>
        <div className="setup-form stack">
          <RadioGroup
            name="mode"
            legend="Mode"
            className="choice-cards"
            value={form.mode}
            choices={MODES}
            onChange={(mode) =>
              update({
                mode,
                accommodation:
                  mode !== 'tutor' && form.accommodation === 'untimed' ? 1 : form.accommodation
              })
            }
          />
          <fieldset className="choice-group">
            <legend>Number of items</legend>
            <div className="choices choices-inline">
              {COUNTS.map((c) => (
                <label key={c.value} className="choice" htmlFor={`count-${c.value}`}>
                  <input
                    id={`count-${c.value}`}
                    type="radio"
                    name="count"
                    checked={form.countChoice === c.value}
                    onChange={() => update({ countChoice: c.value })}
                  />
                  <span className="choice-label">{c.label}</span>
                </label>
              ))}
            </div>
            {form.countChoice === 'custom' && (
              <div className="field field-inline">
                <label htmlFor="custom-count">Items (1–{MAX_CUSTOM_ITEMS})</label>
                <input
                  id="custom-count"
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={MAX_CUSTOM_ITEMS}
                  value={form.customCount}
                  onChange={(e) => update({ customCount: e.target.value })}
                />
              </div>
            )}
          </fieldset>
          {form.mode === 'exam' ? (
            <p className="small muted" data-testid="exam-terms">
              A Certificate exam covers every section with items you have not seen answered in the
              last {rules.keyExposureWindowDays} days, at {rules.secondsPerItem} seconds per item.
            </p>
          ) : (
            <>
              <SectionsField
                sections={course.sections}
                value={form.sections}
                onChange={(sections) => update({ sections })}
              />
              <RadioGroup
                name="pool"
                legend="Item pool"
                className="choices-2col"
                value={form.pool}
                choices={POOLS}
                onChange={(pool) => update({ pool })}
                description="A small pool may give fewer items than you asked for; the time allowed follows the items drawn."
              />
            </>
          )}
          <TimingFields form={form} update={update} rules={rules} />
          {form.mode === 'exam' && (
            <ExamTerms
              course={course}
              itemCount={itemCountOf(form)}
              accommodation={form.accommodation}
            />
          )}
        </div>
        <div className="setup-aside stack">
          <SetupSummary form={form} rules={rules} />
          {errors.length > 0 && (
            <div ref={errorRef} tabIndex={-1} className="notice notice-error" role="alert">
              <p>
                <strong>Please fix the following:</strong>
              </p>
              <ul>
                {errors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            </div>
          )}
          <button
            type="submit"
            className="btn btn-primary btn-large btn-block"
            data-testid="start"
            aria-busy={busy}
            disabled={busy}
          >
            {busy
              ? 'Starting…'
              : form.mode === 'exam'
                ? 'Start certificate exam'
                : form.mode === 'timed'
                  ? 'Start timed exam'
                  : 'Start tutor quiz'}
          </button>
        </div>
      </form>
    </div>
  )
}
