import type { ReactElement } from 'react'
import { useAppStore } from '../../store'

// A stable empty list: a selector returning a fresh [] each time would re-render forever.
const NONE: never[] = []

/**
 * Shown when the store found a damaged data file at start-up: what happened, what was restored,
 * and where the damaged file was kept (it is never deleted).
 */
export function RecoveryNotices(): ReactElement | null {
  const notices = useAppStore((s) => s.info?.notices ?? NONE)
  const dismiss = useAppStore((s) => s.dismissNotices)
  if (notices.length === 0) return null
  return (
    <div className="page page-banner">
      <section className="notice notice-warn" aria-labelledby="recovery-title" role="alert">
        <h2 id="recovery-title">Your data file was damaged and has been recovered</h2>
        {notices.map((notice) => (
          <div key={notice.quarantinedTo} className="stack">
            <p>
              {notice.reason}{' '}
              {notice.restoredFrom === 'backup'
                ? 'The last good backup was restored.'
                : 'No good backup existed, so the app started with empty data.'}
            </p>
            <p className="small">
              The damaged file was kept at <code>{notice.quarantinedTo}</code>.
            </p>
          </div>
        ))}
        <button type="button" className="btn" onClick={() => void dismiss()}>
          I understand
        </button>
      </section>
    </div>
  )
}
