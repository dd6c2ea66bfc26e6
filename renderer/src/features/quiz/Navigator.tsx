// The item navigator: one button per item showing answered / unanswered / flagged / current, each
// with a full accessible name ("Item 3, answered, flagged"), and a key to the symbols.
import type { ReactElement } from 'react'
import type { PlayerView } from '../../../../questions/engine'

interface NavigatorProps {
  player: PlayerView
  current: number | null
  onGo(index: number): void
  onReview(): void
  reviewing: boolean
}

export function Navigator({
  player,
  current,
  onGo,
  onReview,
  reviewing
}: NavigatorProps): ReactElement {
  return (
    <nav className="navigator card" aria-labelledby="navigator-title">
      <h2 id="navigator-title" className="navigator-title">
        Items
      </h2>
      <ol className="nav-grid">
        {player.responses.map((r, i) => {
          const answered = r.optionId !== null
          const name = [
            `Item ${i + 1}`,
            answered ? 'answered' : 'unanswered',
            r.flagged ? 'flagged' : null
          ]
            .filter(Boolean)
            .join(', ')
          return (
            <li key={i}>
              <button
                type="button"
                className={`nav-cell${answered ? ' is-answered' : ''}${r.flagged ? ' is-flagged' : ''}`}
                aria-label={name}
                aria-current={i === current ? 'step' : undefined}
                onClick={() => onGo(i)}
                data-testid={`nav-${i + 1}`}
              >
                {i + 1}
                {r.flagged && (
                  <span className="nav-flag" aria-hidden="true">
                    ⚑
                  </span>
                )}
              </button>
            </li>
          )
        })}
      </ol>
      <ul className="nav-key small muted" aria-label="Key">
        <li>
          <span className="nav-cell nav-cell-key is-answered" aria-hidden="true" /> Answered
        </li>
        <li>
          <span className="nav-cell nav-cell-key" aria-hidden="true" /> Unanswered
        </li>
        <li>
          <span className="nav-key-flag" aria-hidden="true">
            ⚑
          </span>{' '}
          Flagged
        </li>
      </ul>
      <button
        type="button"
        className="btn btn-block review-submit-btn"
        onClick={onReview}
        disabled={reviewing}
        data-testid="review-submit"
      >
        Review &amp; submit
      </button>
    </nav>
  )
}
