// What a learner must be told before a certificate exam starts (issue 15, item 2): who stands
// behind the activity and what credit it offers (the course's provider block), the objectives,
// the exam's rules and how long it will take. Everything comes from course:info, so another
// course shows its own provider and rules here.
import type { ReactElement } from 'react'
import type { CourseInfo } from '../../../../preload/contract'
import { formatDate, formatDuration } from '../../ui/format'
import { plural } from '../../ui/plural'

interface ExamTermsProps {
  course: CourseInfo
  /** Items the learner asked for (NaN while the custom field is half typed). */
  itemCount: number
  accommodation: 1 | 1.5 | 2 | 'untimed'
}

// A calendar day of the course (YYYY-MM-DD), read as that day wherever the learner is.
const day = (iso: string): string => formatDate(`${iso}T12:00:00`)

const factorOf = (a: ExamTermsProps['accommodation']): number => (a === 'untimed' ? 1 : a)

export function ExamTerms({ course, itemCount, accommodation }: ExamTermsProps): ReactElement {
  const { rules, provider } = course
  const items = Number.isInteger(itemCount) && itemCount > 0 ? itemCount : rules.minItems
  const totalMs = items * rules.secondsPerItem * factorOf(accommodation) * 1000
  const minimumMs = items * rules.minSecondsPerItem * 1000
  const credit = provider.credit
  const titleOf = (id: string): string => course.sections.find((s) => s.id === id)?.title ?? id
  return (
    <section className="card exam-terms stack" aria-labelledby="exam-terms-title">
      <h2 id="exam-terms-title">About this certificate exam</h2>
      <p data-testid="exam-duration">
        <strong>How long it takes:</strong> up to {formatDuration(totalMs)} for{' '}
        {plural(items, 'item')} at {rules.secondsPerItem} s per item
        {factorOf(accommodation) !== 1 ? ` (×${factorOf(accommodation)})` : ''}, in one sitting or
        with up to {plural(rules.maxSuspensions, 'suspension')}.
      </p>

      <h3>Provider</h3>
      <dl className="terms-list" data-testid="exam-provider">
        <dt>Provider</dt>
        <dd>{provider.name}</dd>
        <dt>Contact</dt>
        <dd>{provider.contact}</dd>
        <dt>Accreditation</dt>
        <dd>{provider.accreditationStatement}</dd>
        <dt>Credit</dt>
        <dd>
          {credit.type ?? 'No credit is designated'}. {credit.statement} At most {credit.maxCredits}
          , in steps of {credit.increment}, {credit.minutesPerCredit} minutes of participation each.
        </dd>
        <dt>Target audience</dt>
        <dd>{provider.targetAudience.join(', ')}</dd>
        <dt>Released</dt>
        <dd>{day(provider.releaseDate)}</dd>
        <dt>Expires</dt>
        <dd>{day(provider.expiryDate)}</dd>
      </dl>

      <h3>Disclosures</h3>
      <ul className="terms-bullets">
        {provider.disclosures.map((d) => (
          <li key={`${d.role}-${d.name}`}>
            {d.name} ({d.role}): {d.relationships}
          </li>
        ))}
      </ul>

      <h3>Objectives</h3>
      <ul className="terms-bullets" data-testid="exam-objectives">
        {course.objectives.map((o) => (
          <li key={o}>{o}</li>
        ))}
      </ul>

      <h3>Exam rules</h3>
      <dl className="terms-list" data-testid="exam-rules">
        <dt>Pass mark</dt>
        <dd>{rules.passMarkPercent}% correct</dd>
        <dt>Minimum length</dt>
        <dd>{plural(rules.minItems, 'item')}</dd>
        <dt>Sections</dt>
        <dd>Every section: {rules.requiredSections.map(titleOf).join('; ')}</dd>
        <dt>Time per item</dt>
        <dd>{rules.secondsPerItem} seconds</dd>
        <dt>Time accommodations</dt>
        <dd>{rules.accommodations.map((a) => `×${a}`).join(', ')}, chosen before you start</dd>
        <dt>Minimum working time</dt>
        <dd>
          {rules.minSecondsPerItem > 0
            ? `${rules.minSecondsPerItem} s per item (${formatDuration(minimumMs)} for this exam)`
            : 'None'}
        </dd>
        <dt>Suspensions</dt>
        <dd>
          At most {rules.maxSuspensions}, {Math.round(rules.maxSuspendedMs / 60_000)} min in all
        </dd>
        <dt>Fresh items</dt>
        <dd>None whose answer you saw in the last {rules.keyExposureWindowDays} days</dd>
      </dl>
    </section>
  )
}
