// Score by course section, so the learner sees where to read next.
import type { ReactElement } from 'react'
import type { ReviewView } from '../../../../questions/engine'
import { useAppStore } from '../../store'

export function SectionBreakdown({ review }: { review: ReviewView }): ReactElement {
  const sections = useAppStore((s) => s.course?.sections) ?? []
  const rows = sections
    .map((s) => {
      const items = review.items.filter((i) => i.section === s.id)
      return {
        id: s.id,
        title: s.title,
        total: items.length,
        correct: items.filter((i) => i.isCorrect).length
      }
    })
    .filter((r) => r.total > 0)
  return (
    <section className="card" aria-labelledby="breakdown-title">
      <h2 id="breakdown-title">By section</h2>
      <table className="breakdown">
        <caption className="visually-hidden">Correct answers by course section</caption>
        <thead>
          <tr>
            <th scope="col">Section</th>
            <th scope="col" className="num">
              Correct
            </th>
            <th scope="col" className="bar-col">
              <span className="visually-hidden">Share correct</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.title}</th>
              <td className="num">
                {r.correct} of {r.total}
              </td>
              <td className="bar-col" aria-hidden="true">
                <span className="mini-bar">
                  <span style={{ width: `${Math.round((r.correct / r.total) * 100)}%` }} />
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
