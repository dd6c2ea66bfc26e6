// The player's two dialogs: the keyboard shortcut list and the submit confirmation.
import type { ReactElement } from 'react'
import { Modal } from '../../ui/components/Modal'

const SHORTCUTS: [string, string][] = [
  ['A–E or 1–5', 'Choose an option'],
  ['X', 'Strike out the focused option (again to undo)'],
  ['S / U / G', 'Confidence: sure, unsure, guess (when the quiz asks for it)'],
  ['F', 'Flag or unflag this item'],
  ['← / →', 'Previous / next item'],
  ['Enter', 'Tutor: submit the answer (then next). Timed: next item'],
  ['T', 'Hear the time left'],
  ['L', 'Lab reference values'],
  ['?', 'Show these shortcuts'],
  ['Esc', 'Close a dialog']
]

export function ShortcutsDialog({
  open,
  onClose
}: {
  open: boolean
  onClose(): void
}): ReactElement {
  return (
    <Modal open={open} onClose={onClose} labelledBy="shortcuts-title">
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table className="shortcut-table">
        <caption className="visually-hidden">Keys and what they do</caption>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(([key, action]) => (
            <tr key={key}>
              <td>
                <kbd>{key}</kbd>
              </td>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small muted">Shortcuts are off while you type in a text field.</p>
      <div className="modal-actions">
        <button type="button" className="btn btn-primary" onClick={onClose} data-autofocus>
          Close
        </button>
      </div>
    </Modal>
  )
}

interface SubmitDialogProps {
  open: boolean
  unanswered: number
  busy: boolean
  onCancel(): void
  onConfirm(): void
}

export function SubmitDialog({
  open,
  unanswered,
  busy,
  onCancel,
  onConfirm
}: SubmitDialogProps): ReactElement {
  return (
    <Modal open={open} onClose={onCancel} labelledBy="submit-title" describedBy="submit-desc">
      <h2 id="submit-title">Submit your quiz?</h2>
      <p id="submit-desc">
        {unanswered > 0
          ? `${unanswered} item${unanswered === 1 ? ' is' : 's are'} unanswered and will count as incorrect. `
          : 'Every item has an answer. '}
        You cannot change answers after submitting.
      </p>
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onCancel} data-autofocus>
          Keep working
        </button>
        <button
          type="button"
          className="btn btn-primary"
          onClick={onConfirm}
          disabled={busy}
          data-testid="confirm-submit"
        >
          {busy ? 'Submitting…' : 'Submit quiz'}
        </button>
      </div>
    </Modal>
  )
}
