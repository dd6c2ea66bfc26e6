// After a restore, a confirmation that stays until the learner dismisses it: what came back from
// the backup, and where the data it replaced was kept.
import { useEffect, useRef, type ReactElement } from 'react'
import { useAppStore } from '../../store'
import { formatDateTime } from '../../ui/format'
import { plural } from '../../ui/plural'

export function RestoreNotice(): ReactElement | null {
  const notice = useAppStore((s) => s.restoreNotice)
  const dismiss = useAppStore((s) => s.dismissRestoreNotice)
  const ref = useRef<HTMLDivElement>(null)
  // Focus moves here from the dialog's button, which is gone, so keyboard users land on it.
  useEffect(() => {
    if (notice) ref.current?.focus()
  }, [notice])
  if (!notice) return null
  return (
    <div
      className="notice notice-success restore-notice"
      role="status"
      tabIndex={-1}
      ref={ref}
      data-testid="restore-notice"
    >
      <p>
        <strong>Backup restored.</strong> {plural(notice.submittedAttempts, 'submitted quiz')}
        {notice.unfinishedAttempts > 0 && `, ${notice.unfinishedAttempts} unfinished`},{' '}
        {plural(notice.certificates, 'certificate')} from the backup made{' '}
        {formatDateTime(notice.exportedAt)}. Your previous data was saved to{' '}
        <code>{notice.previousDataSavedTo}</code>.
      </p>
      <button type="button" className="btn btn-small" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  )
}
