// What to study next: the review of due concepts, and custom quizzes aimed at weak spots.
import { useState, type ReactElement } from 'react'
import type { DashboardData, QuizSetup } from '../../../../preload/contract'
import { useAppStore } from '../../store'
import { Modal } from '../../ui/components/Modal'
import { formatDateTime } from '../../ui/format'
import { plural } from '../../ui/plural'

const practice: Omit<QuizSetup, 'sections'> = {
  mode: 'tutor',
  itemCount: 10,
  pool: 'all',
  secondsPerItem: 90,
  accommodation: 'untimed',
  confidence: true
}

export function NextSteps({ data }: { data: DashboardData }): ReactElement {
  const startReviewQuiz = useAppStore((s) => s.startReviewQuiz)
  const prefillQuiz = useAppStore((s) => s.prefillQuiz)
  const course = useAppStore((s) => s.course)
  // Every section of the served course unless a button narrows it.
  const base: QuizSetup = { ...practice, sections: course?.sections.map((s) => s.id) ?? [] }
  const passMark = data.stats.trend.at(-1)?.passMarkPercent ?? 75
  const weak = data.stats.mastery.filter((m) => m.percent < passMark).slice(0, 3)
  const weakSections = (weak.length ? weak : data.stats.mastery.slice(0, 2)).map((m) => m.section)
  const { incorrect, flagged } = data.pools
  const unfinished = useAppStore((s) => s.unfinished)
  const [confirming, setConfirming] = useState(false)
  const [starting, setStarting] = useState(false)
  const reviewCount = Math.min(20, data.reviewDue)
  const timedOpen = unfinished.filter((a) => a.mode === 'timed')
  return (
    <section className="card stack" aria-labelledby="next-title">
      <h2 id="next-title">What to study next</h2>
      <div className="row">
        <button
          type="button"
          className="btn btn-primary"
          data-testid="review-due"
          disabled={data.reviewDue === 0}
          onClick={() => setConfirming(true)}
        >
          Review due ({data.reviewDue})
        </button>
        <span className="small muted">
          {data.reviewDue > 0
            ? 'Concepts you missed or were unsure of, with new patients, in tutor mode.'
            : data.nextReviewAt
              ? `Next concept comes due ${formatDateTime(data.nextReviewAt)}.`
              : 'Concepts come due for review after you answer them.'}
        </span>
      </div>
      <div className="row" role="group" aria-label="Custom quizzes">
        <button
          type="button"
          className="btn"
          disabled={weakSections.length === 0}
          onClick={() => prefillQuiz({ ...base, sections: weakSections })}
        >
          Practice weakest sections
        </button>
        <button
          type="button"
          className="btn"
          disabled={incorrect === 0}
          onClick={() =>
            prefillQuiz({ ...base, pool: 'incorrect', itemCount: Math.min(20, incorrect) })
          }
        >
          Retry incorrect ({incorrect})
        </button>
        <button
          type="button"
          className="btn"
          disabled={flagged === 0}
          onClick={() =>
            prefillQuiz({ ...base, pool: 'flagged', itemCount: Math.min(20, flagged) })
          }
        >
          Flagged items ({flagged})
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => prefillQuiz({ ...base, pool: 'unused' })}
        >
          Unseen cases
        </button>
      </div>
      <Modal
        open={confirming}
        onClose={() => setConfirming(false)}
        labelledBy="review-confirm-title"
        describedBy="review-confirm-desc"
      >
        <h2 id="review-confirm-title">Start a review quiz?</h2>
        <div id="review-confirm-desc" className="stack">
          <p>
            {plural(reviewCount, 'item')} on the {plural(data.reviewDue, 'concept')} due for review,
            with new patients: tutor mode, untimed, with a confidence rating for each answer. The
            result counts toward your progress but not toward a certificate.
          </p>
          {timedOpen.length > 0 && (
            <p className="notice notice-warn" data-testid="review-keeps-exam">
              Your timed exam in progress stays suspended, with its time left, and is listed on Home
              so you can resume it after the review.
            </p>
          )}
        </div>
        <div className="row">
          <button
            type="button"
            className="btn btn-primary"
            data-testid="confirm-review"
            disabled={starting}
            onClick={async () => {
              setStarting(true)
              await startReviewQuiz(reviewCount)
              setStarting(false)
              setConfirming(false)
            }}
          >
            Start review
          </button>
          <button type="button" className="btn" data-autofocus onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      </Modal>
    </section>
  )
}
