// Right after submitting: the score against the pass mark, time used, whether the attempt was
// suspended, how each section went, certificate eligibility, and the ways on.
import { useEffect, useRef, type ReactElement } from 'react'
import { CertificateCta } from '../certificate/CertificateCta'
import { SCORING_RULE } from '../../../../questions/progress/stats'
import { useAppStore } from '../../store'
import { formatDateTime, formatDuration } from '../../ui/format'
import { SectionBreakdown } from './SectionBreakdown'
import { useReview } from './useReview'
import '../quiz/quiz.css'
import './review.css'

export function ResultsView({ attemptId }: { attemptId: string }): ReactElement {
  const review = useReview(attemptId)
  const navigate = useAppStore((s) => s.navigate)
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (review) headingRef.current?.focus()
  }, [review])

  if (!review) {
    return (
      <div className="page page-narrow">
        <p aria-busy="true" className="card">
          Loading your results…
        </p>
      </div>
    )
  }
  const { summary, result } = review
  const expired = summary.submitReason === 'expired'
  return (
    <div className="page page-narrow results-page">
      {expired && (
        <div className="notice notice-warn" role="alert">
          Time ran out, so your quiz was submitted automatically with every answer you had given.
        </div>
      )}
      <section className="card results-card" aria-labelledby="results-title">
        <p className="eyebrow">
          {summary.examRulesId
            ? 'Certificate exam'
            : summary.mode === 'timed'
              ? 'Timed exam'
              : 'Tutor quiz'}{' '}
          · submitted {formatDateTime(summary.submittedAt)}
        </p>
        <h1 id="results-title" tabIndex={-1} ref={headingRef}>
          Your results
        </h1>
        <div className="score-row">
          <p className="score" data-testid="score">
            {result.percent}
            <span className="score-unit">%</span>
          </p>
          <div>
            <p
              className={`verdict ${result.passed ? 'verdict-pass' : 'verdict-fail'}`}
              data-testid="verdict"
            >
              <span aria-hidden="true">{result.passed ? '✓ ' : '✗ '}</span>
              {result.passed ? 'Passed' : 'Not passed'}
            </p>
            <p className="muted">Pass mark {result.passMarkPercent}%</p>
            <p className="muted small" data-testid="scoring-rule">
              {SCORING_RULE}
            </p>
          </div>
        </div>
        <dl className="facts facts-4">
          <div>
            <dt>Correct</dt>
            <dd>
              {result.correct} of {result.total}
            </dd>
          </div>
          <div>
            <dt>Answered</dt>
            <dd>
              {result.answered} of {result.total}
            </dd>
          </div>
          <div>
            <dt>Time used</dt>
            <dd>
              {formatDuration(summary.elapsedMs)}
              {summary.timeLimitMs !== null && (
                <span className="muted small"> of {formatDuration(summary.timeLimitMs)}</span>
              )}
            </dd>
          </div>
          <div>
            <dt>Suspended</dt>
            <dd>{summary.everSuspended ? 'Yes' : 'No'}</dd>
          </div>
        </dl>
        <div className="row results-actions">
          <button
            type="button"
            className="btn btn-primary"
            data-testid="review-answers"
            onClick={() => navigate({ name: 'review', attemptId })}
          >
            Review answers
          </button>
          <button type="button" className="btn" onClick={() => navigate({ name: 'setup' })}>
            New quiz
          </button>
          <button type="button" className="btn" onClick={() => navigate({ name: 'home' })}>
            Home
          </button>
        </div>
      </section>
      <CertificateCta attemptId={attemptId} />
      <SectionBreakdown review={review} />
    </div>
  )
}
