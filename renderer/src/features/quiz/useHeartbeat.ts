// Heartbeats keep main's checkpoint fresh (at least every 5 s per issue #4) and bring back main's
// clock, so the local countdown never drifts far. Only while the page is visible: a hidden page
// is either about to be suspended by main or throttled by the browser anyway.
import { useEffect } from 'react'

export const HEARTBEAT_MS = 2_000

export function useHeartbeat(active: boolean, beat: () => void): void {
  useEffect(() => {
    if (!active) return
    const tick = (): void => {
      if (document.visibilityState === 'visible') beat()
    }
    const id = window.setInterval(tick, HEARTBEAT_MS)
    document.addEventListener('visibilitychange', tick)
    return () => {
      window.clearInterval(id)
      document.removeEventListener('visibilitychange', tick)
    }
  }, [active, beat])
}
