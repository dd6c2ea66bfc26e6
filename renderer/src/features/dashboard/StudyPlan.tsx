// The study plan in three lines: what is due, what is weakest, and how far through the course
// the learner is (concepts met, sections tried), each with the step to take.
import type { ReactElement } from 'react'
import type { DashboardData } from '../../../../preload/contract'
import { formatDateTime } from '../../ui/format'
import { plural } from '../../ui/plural'

export function StudyPlan({ data }: { data: DashboardData }): ReactElement {
  const { course, stats } = data
  const weakest = stats.mastery[0]
  const percent = course.conceptsTotal
    ? Math.round((course.conceptsSeen / course.conceptsTotal) * 100)
    : 0
  return (
    <section
      className="card stack study-plan"
      aria-labelledby="plan-title"
      data-testid="study-plan"
    >
      <h2 id="plan-title">Study plan</h2>
      <dl className="plan-list">
        <div>
          <dt>Due for review</dt>
          <dd>
            {data.reviewDue > 0
              ? `${plural(data.reviewDue, 'concept')} due now`
              : data.nextReviewAt
                ? `Nothing due; next on ${formatDateTime(data.nextReviewAt)}`
                : 'Nothing yet: concepts come due after you answer them'}
          </dd>
        </div>
        <div>
          <dt>Weakest section</dt>
          <dd>
            {weakest
              ? `${weakest.title}: ${weakest.correct} of ${plural(weakest.items, 'item')} right (${weakest.percent}%)`
              : 'Not enough answers yet'}
          </dd>
        </div>
        <div>
          <dt>Through the course</dt>
          <dd>
            <span data-testid="plan-concepts">
              {course.conceptsSeen} of {plural(course.conceptsTotal, 'concept')} met
            </span>{' '}
            · {course.sectionsSeen} of {plural(course.sectionsTotal, 'section')} tried
            <span
              className="progress plan-progress"
              role="progressbar"
              aria-label="Concepts met"
              aria-valuemin={0}
              aria-valuemax={course.conceptsTotal}
              aria-valuenow={course.conceptsSeen}
              aria-valuetext={`${percent}% of the concepts met`}
            >
              <span className="progress-fill" style={{ width: `${percent}%` }} />
            </span>
          </dd>
        </div>
      </dl>
    </section>
  )
}
