// The block timer. It re-renders itself four times a second and nothing else does. role="timer"
// is silent by default; only the 5-minute and 1-minute thresholds and time-up are announced.
import { useEffect, useRef, useState, type ReactElement } from 'react'
import type { Timing } from '../../../../questions/engine'
import { formatClock } from '../../ui/format'
import { localWarning, remainingAt, type LocalWarning } from './timing'

interface BlockTimerProps {
  timing: Timing
  syncedAt: number
  announce(message: string): void
  /** Called once when the display reaches zero, to ask main for the submitted attempt. */
  onZero(): void
}

const THRESHOLD_TEXT: Partial<Record<LocalWarning, string>> = {
  'five-minutes': 'Five minutes left.',
  'one-minute': 'One minute left.',
  'time-up': 'Time is up. Your answers are being submitted.'
}
const RANK: Record<LocalWarning, number> = {
  none: 0,
  'five-minutes': 1,
  'one-minute': 2,
  'time-up': 3
}

export function BlockTimer({ timing, syncedAt, announce, onZero }: BlockTimerProps): ReactElement {
  const [now, setNow] = useState(() => performance.now())
  const ticking = timing.running && timing.remainingMs !== null
  useEffect(() => {
    if (!ticking) return
    const id = window.setInterval(() => setNow(performance.now()), 250)
    return () => window.clearInterval(id)
  }, [ticking])

  const remaining = remainingAt(timing, syncedAt, Math.max(now, syncedAt))
  const level = localWarning(remaining)
  const seen = useRef<LocalWarning>(level)
  useEffect(() => {
    // Announce only when crossing into a more urgent level, not on first render or resume.
    if (RANK[level] > RANK[seen.current]) {
      const text = THRESHOLD_TEXT[level]
      if (text) announce(text)
      if (level === 'time-up') onZero()
    }
    seen.current = level
  }, [level, announce, onZero])

  if (remaining === null) {
    return (
      <div className="block-timer" role="timer" aria-label="Time">
        <span className="timer-value">Untimed</span>
      </div>
    )
  }
  const note =
    level === 'time-up'
      ? 'Time is up'
      : level === 'one-minute'
        ? 'Under 1 minute'
        : level === 'five-minutes'
          ? 'Under 5 minutes'
          : null
  return (
    <div className={`block-timer timer-${level}`} role="timer" aria-label="Time remaining">
      <span className="timer-label" aria-hidden="true">
        Time left
      </span>
      <span className="timer-value" data-testid="timer">
        {formatClock(remaining)}
      </span>
      {note && <span className="timer-note">{note}</span>}
      {!timing.running && <span className="timer-note">Paused</span>}
    </div>
  )
}
