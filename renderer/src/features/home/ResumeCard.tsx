import { useEffect, type ReactElement } from 'react'
import type { UnfinishedAttempt } from '../../../../preload/contract'
import { useAppStore } from '../../store'
import { formatDateTime, formatDuration } from '../../ui/format'

function describe(a: UnfinishedAttempt): string {
  const mode = a.exam ? 'Certificate exam' : a.mode === 'timed' ? 'Timed exam' : 'Tutor quiz'
  const state = a.status === 'active' ? 'open now' : 'suspended'
  const left = a.remainingMs !== null ? ` · ${formatDuration(a.remainingMs)} left` : ''
  return `${mode} · ${state} · ${a.answered} of ${a.itemCount} answered${left}`
}

/**
 * Offers to resume every unsubmitted attempt (suspended or crashed), each with the time that was
 * left: starting a review quiz suspends a timed exam, and the exam must stay in sight meanwhile.
 */
export function ResumeCard(): ReactElement | null {
  const unfinished = useAppStore((s) => s.unfinished)
  const loadResumable = useAppStore((s) => s.loadResumable)
  const resume = useAppStore((s) => s.resume)
  useEffect(() => {
    void loadResumable()
  }, [loadResumable])
  if (unfinished.length === 0) return null
  const one = unfinished.length === 1
  return (
    <section className="card resume-card stack" aria-labelledby="resume-title">
      <h2 id="resume-title">
        {one ? 'You have a quiz in progress' : `You have ${unfinished.length} quizzes in progress`}
      </h2>
      <ul className="resume-list">
        {unfinished.map((a) => (
          <li key={a.attemptId} className="resume-row" data-testid="unfinished-attempt">
            <span>
              {describe(a)}
              <span className="muted small"> · started {formatDateTime(a.startedAt)}</span>
            </span>
            <button
              type="button"
              className="btn btn-primary"
              data-testid="resume-quiz"
              aria-label={one ? undefined : `Resume quiz: ${describe(a)}`}
              onClick={() => void resume(a.attemptId)}
            >
              Resume quiz
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
