import { useEffect, type ReactElement } from 'react'
import { useAppStore } from '../../store'
import { HistoryTable } from './HistoryTable'
import { ReviewSearch } from './ReviewSearch'
import './home.css'

export function HistoryView(): ReactElement {
  const history = useAppStore((s) => s.history)
  const loadHistory = useAppStore((s) => s.loadHistory)
  const navigate = useAppStore((s) => s.navigate)
  useEffect(() => {
    void loadHistory()
  }, [loadHistory])
  return (
    <div className="page">
      <div className="page-header">
        <h1>History</h1>
        <p className="muted">Every submitted quiz, with its score and a link to its review.</p>
      </div>
      {history === null ? (
        <p aria-busy="true">Loading…</p>
      ) : history.length === 0 ? (
        <div className="card stack">
          <p>No quizzes submitted yet.</p>
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => navigate({ name: 'setup' })}
          >
            Start your first quiz
          </button>
        </div>
      ) : (
        <div className="stack">
          <div className="card">
            <HistoryTable attempts={history} />
          </div>
          <ReviewSearch />
        </div>
      )}
    </div>
  )
}
