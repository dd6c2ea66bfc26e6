// Item-by-item review of a submitted attempt: filters (all / incorrect / flagged / low
// confidence) with counts, a number strip to open any item, and the full teaching content.
import { useEffect, useMemo, useRef, useState, type ReactElement } from 'react'
import { filterReview, type ReviewFilter } from '../../../../questions/engine'
import { useAppStore } from '../../store'
import { LabValuesButton, LabValuesDialog, useLabKey } from '../quiz/LabValuesDialog'
import { ReviewItemView } from './ReviewItemView'
import { ReviewStrip } from './ReviewStrip'
import { useReview } from './useReview'
import '../quiz/quiz.css'
import './review.css'

const FILTERS: { id: ReviewFilter; label: string }[] = [
  { id: 'all', label: 'All' },
  { id: 'incorrect', label: 'Incorrect' },
  { id: 'flagged', label: 'Flagged' },
  { id: 'low-confidence', label: 'Low confidence' }
]

export interface ReviewViewProps {
  attemptId: string
  initialIndex?: number
}

export function ReviewView({ attemptId, initialIndex }: ReviewViewProps): ReactElement {
  const review = useReview(attemptId)
  const navigate = useAppStore((s) => s.navigate)
  const history = useAppStore((s) => s.reviewHistory)
  const [filter, setFilter] = useState<ReviewFilter>('all')
  const [current, setCurrent] = useState(initialIndex ?? 0)
  const [labsOpen, setLabsOpen] = useState(false)
  useLabKey(() => setLabsOpen(true))
  const counts = useMemo(
    () => Object.fromEntries(FILTERS.map((f) => [f.id, review ? filterReview(review, f.id) : []])),
    [review]
  ) as Record<ReviewFilter, number[]>
  const visible = counts[filter]
  const headingRef = useRef<HTMLHeadingElement>(null)
  const loaded = review !== null
  useEffect(() => {
    if (loaded) headingRef.current?.focus()
  }, [loaded])

  // A filter that hides the open item opens its first match instead.
  useEffect(() => {
    if (review && visible.length > 0 && !visible.includes(current)) setCurrent(visible[0]!)
  }, [review, visible, current])

  if (!review) {
    return (
      <div className="page">
        <p aria-busy="true" className="card">
          Loading the review…
        </p>
      </div>
    )
  }
  const item = review.items[current]
  const position = visible.indexOf(current)
  return (
    <div className="page review-page">
      <header className="page-header review-header">
        <div>
          <h1 tabIndex={-1} ref={headingRef}>
            Answer review
          </h1>
          <p className="muted">
            {review.result.correct} of {review.result.total} correct ({review.result.percent}%) ·{' '}
            {review.result.passed ? 'Passed' : 'Not passed'}
          </p>
        </div>
        <span className="spacer" />
        <LabValuesButton onOpen={() => setLabsOpen(true)} />
        <button
          type="button"
          className="btn"
          onClick={() => navigate({ name: 'results', attemptId })}
        >
          Back to results
        </button>
      </header>
      <div className="review-tools card">
        <div role="group" aria-label="Show items" className="segmented">
          {FILTERS.map((f) => (
            <button
              key={f.id}
              type="button"
              aria-pressed={filter === f.id}
              onClick={() => setFilter(f.id)}
              data-testid={`filter-${f.id}`}
            >
              {f.label} <span className="count">{counts[f.id].length}</span>
            </button>
          ))}
        </div>
        <ReviewStrip review={review} indices={visible} current={current} onOpen={setCurrent} />
      </div>
      {visible.length === 0 || !item ? (
        <div className="card empty-state">
          <p>No items match this filter.</p>
        </div>
      ) : (
        <ReviewItemView
          attemptId={attemptId}
          item={item}
          history={history?.[item.index] ?? null}
          total={review.items.length}
          onPrev={position > 0 ? () => setCurrent(visible[position - 1]!) : undefined}
          onNext={
            position < visible.length - 1 ? () => setCurrent(visible[position + 1]!) : undefined
          }
        />
      )}
      <LabValuesDialog open={labsOpen} onClose={() => setLabsOpen(false)} />
    </div>
  )
}
