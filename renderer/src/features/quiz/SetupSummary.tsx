// What the learner must know before starting (issue #4 §1, #5 §2, #9 §4): how to complete the
// quiz, the pass mark, whether this set-up can earn a certificate, the time allowed and the
// timer policy.
import { useEffect, type ReactElement } from 'react'
import {
  TIMER_POLICY_TEXT,
  certificateRuleText,
  type CourseRules
} from '../../../../questions/engine'
import { useAppStore } from '../../store'
import { formatDuration } from '../../ui/format'
import { certificateBlockers, itemCountOf, previewLimitMs, type SetupForm } from './setup-model'

export function SetupSummary({
  form,
  rules
}: {
  form: SetupForm
  /** The course's rules as main applies them (course:info). */
  rules: CourseRules
}): ReactElement {
  const timerPolicy = useAppStore((s) => s.info?.timerPolicy) ?? TIMER_POLICY_TEXT
  const limit = previewLimitMs(form, rules)
  const count = itemCountOf(form)
  const passMark = rules.passMarkPercent
  const blockers = certificateBlockers(form, rules)
  const tutor = form.mode === 'tutor'
  const course = useAppStore((s) => s.dashboard?.course) ?? null
  const loadDashboard = useAppStore((s) => s.loadDashboard)
  const haveCourse = course !== null
  useEffect(() => {
    if (!haveCourse) void loadDashboard()
  }, [haveCourse, loadDashboard])
  return (
    <section className="card setup-summary" aria-labelledby="summary-title">
      <h2 id="summary-title">Before you start</h2>
      <dl className="facts">
        <div>
          <dt>Time allowed</dt>
          <dd data-testid="setup-total-time">
            {limit === null
              ? 'No time limit (practice)'
              : `${formatDuration(limit)} for ${Number.isFinite(count) ? count : 0} items`}
          </dd>
        </div>
        <div>
          <dt>Pass mark</dt>
          <dd>{passMark}% correct</dd>
        </div>
      </dl>

      <h3>Completing the quiz</h3>
      <ul className="instructions">
        <li>Answer every item; unanswered items count as incorrect.</li>
        <li>
          {tutor
            ? 'After each answer you will see whether it was right, why each option is right or wrong, and the references. Tutor answers are final once submitted.'
            : 'You can change answers, flag items and strike out options until you submit. Explanations appear after you submit.'}
        </li>
        <li>Before submitting, a review screen lists unanswered and flagged items.</li>
        <li>
          Extra time (×1.5 or ×2) is available for anyone who needs it; you will be warned at 5
          minutes and 1 minute. Press <kbd>T</kbd> at any time to hear the time left, and{' '}
          <kbd>?</kbd> for all keyboard shortcuts.
        </li>
      </ul>

      <h3>Certificate eligibility</h3>
      <p className="small">{certificateRuleText(rules)}</p>
      <p
        className={`eligibility ${blockers.length ? 'eligibility-no' : 'eligibility-yes'}`}
        data-testid="setup-eligibility"
      >
        {blockers.length === 0
          ? `This quiz can earn a certificate if you score ${passMark}% or more.`
          : `This quiz will not count toward a certificate: ${blockers.join('; ')}.`}
      </p>
      {blockers.length === 0 && (
        <p className="small" data-testid="setup-coverage">
          It takes up to {limit === null ? '—' : formatDuration(limit)} in one sitting (you may
          suspend it).{' '}
          {course &&
            `So far you have met ${course.conceptsSeen} of the ${course.conceptsTotal} concepts ` +
              `in the question bank${course.conceptsSeen < course.conceptsTotal ? '; a few tutor quizzes first will show you the rest with explanations' : ''}.`}
        </p>
      )}

      <h3>Timer policy</h3>
      <p className="small muted">{timerPolicy}</p>
    </section>
  )
}
