// One reviewed item: where it sits in the course, the vignette and lead-in, the verdict, and
// the full explanation with references.
import { useEffect, useRef, type ReactElement } from 'react'
import { sectionTitleIn } from '../../store/course-slice'
import { useAppStore } from '../../store'
import type { ReviewItemHistory } from '../../../../preload/contract'
import type { ReviewItem } from '../../../../questions/engine'
import { formatDate, formatDuration } from '../../ui/format'
import { plural } from '../../ui/plural'
import { ItemExplanation, Outcome } from '../../ui/components/ItemExplanation'
import { Stem } from '../quiz/Stem'
import { ItemNote } from './ItemNote'

interface ReviewItemViewProps {
  attemptId: string
  item: ReviewItem
  history?: ReviewItemHistory | null
  total: number
  onPrev?: () => void
  onNext?: () => void
}

export function ReviewItemView(props: ReviewItemViewProps): ReactElement {
  const { attemptId, item, history, total, onPrev, onNext } = props
  const course = useAppStore((s) => s.course)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const first = useRef(true)
  useEffect(() => {
    // Opening another item moves focus to its lead-in; the first render leaves focus alone.
    if (!first.current) headingRef.current?.focus()
    first.current = false
  }, [item.index])
  const questionId = `review-${item.index}-question`
  return (
    <article className="card review-item" aria-labelledby={questionId}>
      <div className="review-item-head">
        <p className="item-counter-small">
          Item {item.index + 1} <span className="muted">of {total}</span>
          <span className="muted"> · {sectionTitleIn(course, item.section)}</span>
        </p>
        <div className="row">
          {item.flagged && (
            <span className="badge badge-flag">
              <span aria-hidden="true">⚑ </span>Flagged
            </span>
          )}
        </div>
      </div>
      <dl className="review-meta small" data-testid="review-meta">
        <div>
          <dt>Time on item</dt>
          <dd>{history ? formatDuration(history.ms) : '—'}</dd>
        </div>
        <div>
          <dt>Answer changes</dt>
          <dd>
            {item.changes === 0
              ? 'None'
              : `${plural(item.changes, 'change')}${history && history.answers.length > 1 ? ` (${history.answers.join(' → ')})` : ''}`}
          </dd>
        </div>
        {history?.concept && (
          <div>
            <dt>This concept</dt>
            <dd>
              {plural(history.concept.reviews, 'review')}
              {history.concept.lapses > 0 && `, ${history.concept.lapses} missed`}
              {history.concept.lastReviewedAt &&
                ` · last ${formatDate(history.concept.lastReviewedAt)}`}{' '}
              · next {formatDate(history.concept.dueAt)}
            </dd>
          </div>
        )}
      </dl>
      <Stem text={item.stem} exhibits={item.exhibits} />
      <h2 id={questionId} className="lead-in" tabIndex={-1} ref={headingRef}>
        {item.question}
      </h2>
      <Outcome
        chosen={item.chosenOptionId}
        correctId={item.correctOptionId}
        confidence={item.confidence}
      />
      <ItemExplanation
        options={item.options}
        chosen={item.chosenOptionId}
        objective={item.objective}
        explanation={item.explanation}
        evidenceNote={item.evidenceNote}
        references={item.references}
      />
      <ItemNote attemptId={attemptId} itemIndex={item.index} saved={history?.note ?? null} />
      <div className="item-actions">
        <button type="button" className="btn" onClick={onPrev} disabled={!onPrev}>
          <span aria-hidden="true">←</span> Previous
        </button>
        <span className="spacer" />
        <button type="button" className="btn btn-primary" onClick={onNext} disabled={!onNext}>
          Next <span aria-hidden="true">→</span>
        </button>
      </div>
    </article>
  )
}
