// The vignette: paragraphs at a readable measure, then its lab results and medication lists as
// tables (Item.exhibits, written by the templates), the way a chart shows them. Each table has a
// caption and header cells with scope; flags are words ("Low", "High"), not colour alone.
// Consecutive tables sit side by side when they fit, so the options stay in view at 1366×800.
import type { ReactElement } from 'react'
import type { Exhibit, LabRow, MedicationRow } from '../../../../questions/item'

const FLAG_WORD = { low: 'Low', high: 'High' } as const

function LabsTable({ caption, rows }: { caption: string; rows: LabRow[] }): ReactElement {
  const ranges = rows.some((r) => r.range !== null)
  return (
    <table className="stem-table stem-labs" data-testid="stem-labs">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Test</th>
          <th scope="col" className="num">
            Result
          </th>
          <th scope="col">Unit</th>
          {ranges && <th scope="col">Reference</th>}
          <th scope="col">Flag</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i} data-flag={r.flag ?? undefined}>
            <th scope="row">{r.name}</th>
            <td className="num">{r.value}</td>
            <td>{r.unit}</td>
            {ranges && <td>{r.range ?? ''}</td>}
            <td className="flag">{r.flag ? FLAG_WORD[r.flag] : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function MedicationsTable({ caption, rows }: { caption: string; rows: MedicationRow[] }) {
  // A column the vignette never fills (no start dates, say) is left out rather than shown empty.
  const started = rows.some((r) => r.started !== null)
  const reason = rows.some((r) => r.reason !== null)
  return (
    <table className="stem-table" data-testid="stem-medications">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Medicine</th>
          <th scope="col">Dose and timing</th>
          {started && <th scope="col">Started</th>}
          {reason && <th scope="col">For</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            <th scope="row">{r.drug}</th>
            <td>{r.dose}</td>
            {started && <td>{r.started ?? '—'}</td>}
            {reason && <td>{r.reason ?? '—'}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function ExhibitTable({ exhibit }: { exhibit: Exhibit }): ReactElement {
  return exhibit.kind === 'labs' ? (
    <LabsTable caption={exhibit.caption} rows={exhibit.rows} />
  ) : (
    <MedicationsTable caption={exhibit.caption} rows={exhibit.rows} />
  )
}

export function Stem({
  text,
  exhibits = []
}: {
  text: string
  exhibits?: readonly Exhibit[]
}): ReactElement {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
  return (
    <div className="stem prose">
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      {exhibits.length > 0 && (
        <div className="stem-tables">
          {exhibits.map((e, i) => (
            <ExhibitTable key={i} exhibit={e} />
          ))}
        </div>
      )}
    </div>
  )
}
