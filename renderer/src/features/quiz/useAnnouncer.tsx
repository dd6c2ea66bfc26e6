// Two live regions for the player: polite for confirmations (flagged, struck out), assertive for
// the timer's thresholds and auto-submit. The regions exist from the first render so screen
// readers register them before anything is said.
import { useCallback, useRef, useState, type ReactElement } from 'react'

export interface Announcer {
  polite(message: string): void
  assertive(message: string): void
  regions: ReactElement
}

export function useAnnouncer(): Announcer {
  const [politeText, setPolite] = useState('')
  const [assertiveText, setAssertive] = useState('')
  const timers = useRef<number[]>([])
  // Clearing first lets the same sentence be announced twice in a row (T pressed twice).
  const say = useCallback((setter: (text: string) => void, message: string) => {
    setter('')
    timers.current.push(window.setTimeout(() => setter(message), 60))
  }, [])
  const polite = useCallback((m: string) => say(setPolite, m), [say])
  const assertive = useCallback((m: string) => say(setAssertive, m), [say])
  const regions = (
    <>
      <div
        className="visually-hidden"
        role="status"
        aria-live="polite"
        data-testid="announce-polite"
      >
        {politeText}
      </div>
      <div className="visually-hidden" aria-live="assertive" data-testid="announce-assertive">
        {assertiveText}
      </div>
    </>
  )
  return { polite, assertive, regions }
}
