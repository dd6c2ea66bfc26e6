// The quiz's top bar: mode, progress (answered of total), the block timer and quiz-level actions.
import type { ReactElement } from 'react'
import type { PlayerView } from '../../../../questions/engine'
import { BlockTimer } from './BlockTimer'
import { LabValuesButton } from './LabValuesDialog'

interface QuizBarProps {
  player: PlayerView
  syncedAt: number
  announce(message: string): void
  onZero(): void
  onShortcuts(): void
  onLabs(): void
  onSuspend(): void
}

export function QuizBar(props: QuizBarProps): ReactElement {
  const { player, syncedAt, announce, onZero, onShortcuts, onLabs, onSuspend } = props
  const total = player.items.length
  const answered = player.responses.filter((r) => r.optionId !== null).length
  const percent = total ? Math.round((answered / total) * 100) : 0
  return (
    <div className="quiz-bar">
      <div className="quiz-bar-inner">
        <span className="quiz-mode badge">
          {player.config.exam
            ? 'Certificate exam'
            : player.config.mode === 'timed'
              ? 'Timed exam'
              : 'Tutor'}
        </span>
        <div className="progress-wrap">
          <div
            className="progress"
            role="progressbar"
            aria-label="Items answered"
            aria-valuemin={0}
            aria-valuemax={total}
            aria-valuenow={answered}
            aria-valuetext={`${answered} of ${total} answered`}
          >
            <div className="progress-fill" style={{ width: `${percent}%` }} />
          </div>
          <span className="progress-text small muted" aria-hidden="true">
            {answered}/{total} answered
          </span>
        </div>
        <BlockTimer
          timing={player.timing}
          syncedAt={syncedAt}
          announce={announce}
          onZero={onZero}
        />
        <div className="quiz-bar-actions">
          <LabValuesButton onOpen={onLabs} />
          <button
            type="button"
            className="btn btn-quiet"
            onClick={onShortcuts}
            aria-keyshortcuts="?"
          >
            Shortcuts <kbd aria-hidden="true">?</kbd>
          </button>
          <button type="button" className="btn btn-quiet" onClick={onSuspend} data-testid="suspend">
            Suspend
          </button>
        </div>
      </div>
    </div>
  )
}
