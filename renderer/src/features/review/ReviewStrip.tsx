// The number strip: one button per item in the current filter, marked right or wrong in words
// (for screen readers) and symbols (for sight), never colour alone.
import type { ReactElement } from 'react'
import type { ReviewView } from '../../../../questions/engine'

interface ReviewStripProps {
  review: ReviewView
  indices: number[]
  current: number
  onOpen(index: number): void
}

export function ReviewStrip({ review, indices, current, onOpen }: ReviewStripProps): ReactElement {
  return (
    <nav aria-label="Items in this review">
      <ol className="review-strip">
        {indices.map((i) => {
          const it = review.items[i]!
          const state = !it.answered ? 'unanswered' : it.isCorrect ? 'correct' : 'incorrect'
          const name = [`Item ${i + 1}`, state, it.flagged ? 'flagged' : null]
            .filter(Boolean)
            .join(', ')
          return (
            <li key={i}>
              <button
                type="button"
                className={`strip-cell strip-${state}`}
                aria-label={name}
                aria-current={i === current ? 'true' : undefined}
                onClick={() => onOpen(i)}
                data-testid={`review-item-${i + 1}`}
              >
                <span className="strip-mark" aria-hidden="true">
                  {state === 'correct' ? '✓' : state === 'incorrect' ? '✗' : '–'}
                </span>
                {i + 1}
                {it.flagged && (
                  <span className="nav-flag" aria-hidden="true">
                    ⚑
                  </span>
                )}
              </button>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
