import type { ReactElement } from 'react'
import type { AttemptSummary } from '../../../../questions/engine'
import { useAppStore } from '../../store'
import { formatDateTime, formatDuration } from '../../ui/format'

/** Past attempts, newest first, each with a link to its review. */
export function HistoryTable({ attempts }: { attempts: AttemptSummary[] }): ReactElement {
  const navigate = useAppStore((s) => s.navigate)
  const rows = [...attempts].sort((a, b) =>
    (b.submittedAt ?? '').localeCompare(a.submittedAt ?? '')
  )
  return (
    <table>
      <caption className="visually-hidden">Submitted quizzes, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Mode</th>
          <th scope="col">Items</th>
          <th scope="col">Score</th>
          <th scope="col">Result</th>
          <th scope="col">Time used</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((attempt) => (
          <tr key={attempt.id}>
            <td>{formatDateTime(attempt.submittedAt)}</td>
            <td>
              {attempt.examRulesId
                ? 'Certificate exam'
                : attempt.mode === 'timed'
                  ? 'Timed exam'
                  : 'Tutor'}
            </td>
            <td>{attempt.itemCount}</td>
            <td>{attempt.scorePercent}%</td>
            <td>
              <span className={`badge ${attempt.passed ? 'badge-pass' : 'badge-fail'}`}>
                {attempt.passed ? 'Passed' : 'Not passed'}
              </span>
            </td>
            <td>{formatDuration(attempt.elapsedMs)}</td>
            <td>
              <button
                type="button"
                className="btn-link"
                onClick={() => navigate({ name: 'review', attemptId: attempt.id })}
              >
                Review
                <span className="visually-hidden">
                  {' '}
                  attempt of {formatDateTime(attempt.submittedAt)}
                </span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
