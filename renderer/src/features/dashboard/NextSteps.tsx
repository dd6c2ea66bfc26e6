// What to study next: the review of due concepts, and custom quizzes aimed at weak spots.
import type { ReactElement } from 'react'
import type { DashboardData, QuizSetup } from '../../../../preload/contract'
import { ALL_SECTIONS } from '../../../../questions/engine'
import { useAppStore } from '../../store'
import { formatDateTime } from '../../ui/format'

const base: QuizSetup = {
  mode: 'tutor',
  itemCount: 10,
  sections: [...ALL_SECTIONS],
  pool: 'all',
  secondsPerItem: 90,
  accommodation: 'untimed',
  confidence: true
}

export function NextSteps({ data }: { data: DashboardData }): ReactElement {
  const startReviewQuiz = useAppStore((s) => s.startReviewQuiz)
  const prefillQuiz = useAppStore((s) => s.prefillQuiz)
  const passMark = data.stats.trend.at(-1)?.passMarkPercent ?? 75
  const weak = data.stats.mastery.filter((m) => m.percent < passMark).slice(0, 3)
  const weakSections = (weak.length ? weak : data.stats.mastery.slice(0, 2)).map((m) => m.section)
  const { incorrect, flagged } = data.pools
  return (
    <section className="card stack" aria-labelledby="next-title">
      <h2 id="next-title">What to study next</h2>
      <div className="row">
        <button
          type="button"
          className="btn btn-primary"
          data-testid="review-due"
          disabled={data.reviewDue === 0}
          onClick={() => void startReviewQuiz(Math.min(20, data.reviewDue))}
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
          Practise weakest sections
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
    </section>
  )
}
