import type { ReactElement } from 'react'
import type { RecoveryNotice } from '../../../../preload/contract'
import { useAppStore } from '../../store'

// A stable empty list: a selector returning a fresh [] each time would re-render forever.
const NONE: never[] = []

/** Which record a damaged file held, in the learner's terms. */
function whatWasDamaged(notice: RecoveryNotice): string {
  const name = notice.file.split(/[\\/]/).pop() ?? notice.file
  if (name === 'casebook.json')
    return 'the file that holds your progress, settings and certificates'
  if (name.endsWith('.json')) return 'the record of one quiz attempt'
  return `the file ${name}`
}

function whatWasRestored(notice: RecoveryNotice): string {
  return notice.restoredFrom === 'backup'
    ? 'Its last good backup was restored, so at most the very latest change may be missing.'
    : 'There was no good backup of it, so that part starts empty.'
}

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
        <h2 id="recovery-title">Some of your data could not be read and was recovered</h2>
        {notices.map((notice) => (
          <div key={notice.quarantinedTo} className="stack">
            <p>
              When it started, RLS Casebook could not read {whatWasDamaged(notice)}.{' '}
              {whatWasRestored(notice)}
            </p>
            <p className="small">
              Nothing was deleted: the damaged file was kept at <code>{notice.quarantinedTo}</code>.
            </p>
            <p className="small muted">Technical detail: {notice.reason}</p>
          </div>
        ))}
        <button type="button" className="btn" onClick={() => void dismiss()}>
          I understand
        </button>
      </section>
    </div>
  )
}
