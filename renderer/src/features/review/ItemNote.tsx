// The learner's own note on a reviewed item: kept by main with their data (and in backups), and
// shown again whenever the same item is reviewed, in this quiz or a later one.
import { useEffect, useState, type ReactElement } from 'react'
import { useAppStore } from '../../store'

interface ItemNoteProps {
  attemptId: string
  itemIndex: number
  saved: string | null
}

export function ItemNote({ attemptId, itemIndex, saved }: ItemNoteProps): ReactElement {
  const saveNote = useAppStore((s) => s.saveNote)
  const [text, setText] = useState(saved ?? '')
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    setText(saved ?? '')
    setStatus('')
  }, [saved, itemIndex])
  const id = `note-${itemIndex}`
  const changed = text.trim() !== (saved ?? '')
  return (
    <form
      className="item-note stack"
      data-testid="item-note"
      onSubmit={async (e) => {
        e.preventDefault()
        setBusy(true)
        const ok = await saveNote(attemptId, itemIndex, text)
        setBusy(false)
        if (ok) setStatus(text.trim() ? 'Note saved.' : 'Note removed.')
      }}
    >
      <label htmlFor={id} className="item-note-label">
        Your note on this item
      </label>
      <textarea
        id={id}
        rows={3}
        maxLength={2000}
        value={text}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setText(e.target.value)}
      />
      <p id={`${id}-hint`} className="small muted">
        Kept with your data and shown again whenever you review this item. Search notes from
        History.
      </p>
      <div className="row">
        <button type="submit" className="btn" disabled={busy || !changed}>
          Save note
        </button>
        <span role="status" className="small">
          {status}
        </span>
      </div>
    </form>
  )
}
