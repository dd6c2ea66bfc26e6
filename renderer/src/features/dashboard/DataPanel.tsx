// "Your data": exports, a full backup, and restore (inspect → confirm → replace).
import { useRef, useState, type ChangeEvent, type ReactElement } from 'react'
import type { BackupSummary } from '../../../../preload/contract'
import { useAppStore } from '../../store'
import type { ExportKind } from '../../store/progress-slice'
import { Modal } from '../../ui/components/Modal'
import { formatDate, formatDateTime } from '../../ui/format'
import { plural } from '../../ui/plural'
import { saveFile } from './download'

const MAX_BYTES = 7 * 1024 * 1024

export function DataPanel(): ReactElement {
  const exportData = useAppStore((s) => s.exportData)
  const inspectBackup = useAppStore((s) => s.inspectBackup)
  const restoreBackup = useAppStore((s) => s.restoreBackup)
  const showError = useAppStore((s) => s.showError)
  const [pending, setPending] = useState<{ content: string; summary: BackupSummary } | null>(null)
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  const input = useRef<HTMLInputElement>(null)

  const download = async (kind: ExportKind): Promise<void> => {
    const file = await exportData(kind)
    if (file) {
      saveFile(file)
      setStatus(`Saved ${file.filename}.${file.note ? ` ${file.note}` : ''}`)
    }
  }
  const onFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    if (file.size > MAX_BYTES) {
      showError({ code: 'INVALID_BACKUP', message: 'This file is too large to be a backup.' })
      return
    }
    const content = await file.text()
    const summary = await inspectBackup(content)
    if (summary) setPending({ content, summary })
  }
  const confirm = async (): Promise<void> => {
    if (!pending) return
    setBusy(true)
    const result = await restoreBackup(pending.content)
    setBusy(false)
    setPending(null)
    // The confirmation is shown on Home by RestoreNotice: this panel reloads with the new data.
    if (result) setStatus('')
  }
  const s = pending?.summary
  return (
    <section className="card stack" aria-labelledby="data-title" data-testid="data-panel">
      <h2 id="data-title">Your data</h2>
      <p className="small muted">
        Everything stays on this computer. Take your records with you as a spreadsheet (CSV), as
        xAPI statements for a learning record store, or as a full backup you can restore later.
      </p>
      <div className="row">
        <button type="button" className="btn" onClick={() => void download('csv')}>
          Export CSV
        </button>
        <button type="button" className="btn" onClick={() => void download('xapi')}>
          Export xAPI
        </button>
        <button type="button" className="btn" onClick={() => void download('backup')}>
          Download backup
        </button>
        <button type="button" className="btn" onClick={() => input.current?.click()}>
          Restore from backup…
        </button>
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Backup file to restore"
          data-testid="restore-input"
          onChange={(e) => void onFile(e)}
        />
      </div>
      <p role="status" className="small">
        {status}
      </p>
      <Modal
        open={pending !== null}
        onClose={() => setPending(null)}
        labelledBy="restore-title"
        describedBy="restore-desc"
      >
        <h2 id="restore-title">Replace your data with this backup?</h2>
        {s && (
          <div id="restore-desc" className="stack">
            <p>
              Backup made {formatDateTime(s.exportedAt)}
              {s.learnerName ? ` for ${s.learnerName}` : ''}:{' '}
              {plural(s.submittedAttempts, 'submitted quiz')}
              {s.firstAttemptAt
                ? ` (${formatDate(s.firstAttemptAt)} – ${formatDate(s.lastAttemptAt)})`
                : ''}
              , {plural(s.certificates, 'certificate')}
              {s.unfinishedAttempts ? `, ${s.unfinishedAttempts} unfinished` : ''}.
            </p>
            <p>
              Your current history, settings and review schedule will be replaced. A copy of them is
              saved in your data folder first.
            </p>
            <p className="small">
              Restored quizzes stay in your history and review, but cannot earn a certificate: only
              a Certificate exam taken in this installation can. Items whose answers you have seen
              still count as seen.
            </p>
          </div>
        )}
        <div className="row">
          <button
            type="button"
            className="btn btn-danger"
            disabled={busy}
            onClick={() => void confirm()}
          >
            Replace my data
          </button>
          <button type="button" className="btn" data-autofocus onClick={() => setPending(null)}>
            Cancel
          </button>
        </div>
      </Modal>
    </section>
  )
}
