// Before submitting: what is unanswered and what is flagged, with a way to jump to each, then
// "Submit quiz" (confirmed in a dialog).
import { useEffect, useRef, type ReactElement } from 'react'
import type { PlayerView } from '../../../../questions/engine'

interface PreSubmitReviewProps {
  player: PlayerView
  onGo(index: number): void
  onBack(): void
  onSubmit(): void
}

function ItemButtons({
  indices,
  onGo,
  empty
}: {
  indices: number[]
  onGo(i: number): void
  empty: string
}): ReactElement {
  if (indices.length === 0) return <p className="muted">{empty}</p>
  return (
    <ul className="jump-list">
      {indices.map((i) => (
        <li key={i}>
          <button type="button" className="btn btn-small" onClick={() => onGo(i)}>
            Item {i + 1}
          </button>
        </li>
      ))}
    </ul>
  )
}

export function PreSubmitReview({
  player,
  onGo,
  onBack,
  onSubmit
}: PreSubmitReviewProps): ReactElement {
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])
  const unanswered = player.responses.flatMap((r, i) => (r.optionId === null ? [i] : []))
  const flagged = player.responses.flatMap((r, i) => (r.flagged ? [i] : []))
  const total = player.items.length
  return (
    <section className="presubmit" aria-labelledby="presubmit-title">
      <h1 id="presubmit-title" tabIndex={-1} ref={headingRef}>
        Review before submitting
      </h1>
      <dl className="facts facts-3">
        <div>
          <dt>Answered</dt>
          <dd>
            {total - unanswered.length} of {total}
          </dd>
        </div>
        <div>
          <dt>Unanswered</dt>
          <dd>{unanswered.length}</dd>
        </div>
        <div>
          <dt>Flagged</dt>
          <dd>{flagged.length}</dd>
        </div>
      </dl>
      <section className="card" aria-labelledby="unanswered-title">
        <h2 id="unanswered-title">Unanswered items</h2>
        <ItemButtons indices={unanswered} onGo={onGo} empty="Every item has an answer." />
      </section>
      <section className="card" aria-labelledby="flagged-title">
        <h2 id="flagged-title">Flagged items</h2>
        <ItemButtons indices={flagged} onGo={onGo} empty="No items are flagged." />
      </section>
      <div className="item-actions">
        <button type="button" className="btn" onClick={onBack}>
          <span aria-hidden="true">←</span> Back to item {player.currentIndex + 1}
        </button>
        <span className="spacer" />
        <button
          type="button"
          className="btn btn-primary"
          onClick={onSubmit}
          data-testid="submit-quiz"
        >
          Submit quiz
        </button>
      </div>
    </section>
  )
}
