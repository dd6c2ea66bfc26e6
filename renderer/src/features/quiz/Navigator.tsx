// The item navigator: one button per item showing answered / unanswered / flagged / current, each
// with a full accessible name ("Item 3, answered B, flagged"), and a key to the symbols. Never
// colour alone: an answered tile is filled and shows the chosen letter, an unanswered one has a
// dashed outline, and in tutor mode an explained item shows ✓ or ✗.
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
  const tutor = player.config.mode === 'tutor'
  return (
    <nav className="navigator card" aria-labelledby="navigator-title">
      <h2 id="navigator-title" className="navigator-title">
        Items
      </h2>
      <ol className="nav-grid">
        {player.responses.map((r, i) => {
          const answered = r.optionId !== null
          const feedback = player.items[i]?.feedback ?? null
          const verdict = feedback ? (feedback.isCorrect ? 'correct' : 'incorrect') : null
          const name = [
            `Item ${i + 1}`,
            answered ? `answered ${r.optionId}` : 'unanswered',
            verdict,
            r.flagged ? 'flagged' : null
          ]
            .filter(Boolean)
            .join(', ')
          const state = verdict ? ` is-${verdict}` : answered ? ' is-answered' : ' is-unanswered'
          return (
            <li key={i}>
              <button
                type="button"
                className={`nav-cell${state}${r.flagged ? ' is-flagged' : ''}`}
                aria-label={name}
                aria-current={i === current ? 'step' : undefined}
                onClick={() => onGo(i)}
                data-testid={`nav-${i + 1}`}
                data-state={verdict ?? (answered ? 'answered' : 'unanswered')}
              >
                <span className="nav-num">{i + 1}</span>
                {(answered || verdict) && (
                  <span className="nav-mark" aria-hidden="true">
                    {verdict === 'correct' ? '✓' : verdict === 'incorrect' ? '✗' : r.optionId}
                  </span>
                )}
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
          <span className="nav-cell nav-cell-key is-answered" aria-hidden="true">
            B
          </span>{' '}
          Answered (your letter)
        </li>
        <li>
          <span className="nav-cell nav-cell-key is-unanswered" aria-hidden="true" /> Unanswered
        </li>
        {tutor && (
          <>
            <li>
              <span className="nav-cell nav-cell-key is-correct" aria-hidden="true">
                ✓
              </span>{' '}
              Right
            </li>
            <li>
              <span className="nav-cell nav-cell-key is-incorrect" aria-hidden="true">
                ✗
              </span>{' '}
              Wrong
            </li>
          </>
        )}
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
