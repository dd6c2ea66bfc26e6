// The vignette, split into paragraphs at blank lines, at a readable measure. A medication list or
// a run of lab results is shown as a small table (see stem-blocks.ts), the way a chart shows it.
// Column headings are for screen readers only: on screen the rows read plainly, and the table
// stays about as tall as the prose it replaces, so the options stay in view.
import type { ReactElement } from 'react'
import { paragraphBlocks, type StemBlock } from './stem-blocks'

function Block({ block }: { block: StemBlock }): ReactElement {
  if (block.kind === 'text') return <p>{block.text}</p>
  if (block.kind === 'medications') {
    return (
      <table className="stem-table" data-testid="stem-medications">
        <caption>{block.caption}</caption>
        <thead className="visually-hidden">
          <tr>
            <th scope="col">Medicine</th>
            <th scope="col">Dose and timing</th>
            <th scope="col">For</th>
          </tr>
        </thead>
        <tbody>
          {block.rows.map((r, i) => (
            <tr key={i}>
              <th scope="row">{r.name}</th>
              <td>{r.dose}</td>
              <td>{r.indication ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    )
  }
  return (
    <table className="stem-table stem-labs" data-testid="stem-labs">
      <caption>{block.caption}</caption>
      <thead className="visually-hidden">
        <tr>
          <th scope="col">Test</th>
          <th scope="col" className="num">
            Result
          </th>
          <th scope="col">Unit</th>
        </tr>
      </thead>
      <tbody>
        {block.rows.map((r, i) => (
          <tr key={i}>
            <th scope="row">{r.test}</th>
            <td className="num">{r.value}</td>
            <td>{r.unit}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** Consecutive tables share a row when they fit side by side (a lab panel beside a drug list). */
function grouped(blocks: StemBlock[]): (StemBlock | StemBlock[])[] {
  const out: (StemBlock | StemBlock[])[] = []
  for (const block of blocks) {
    const last = out.at(-1)
    if (block.kind === 'text') out.push(block)
    else if (Array.isArray(last)) last.push(block)
    else out.push([block])
  }
  return out
}

/**
 * `tables` is on in the review, off in the player for now: a seven-drug list as a table is taller
 * than the prose, and in the player a typical item's options must stay above the fold at
 * 1366×800 (tests/e2e/learner-fixes.spec.ts).
 */
export function Stem({ text, tables = false }: { text: string; tables?: boolean }): ReactElement {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
  return (
    <div className="stem prose">
      {paragraphs.flatMap((p, i) =>
        grouped(tables ? paragraphBlocks(p) : [{ kind: 'text', text: p }]).map((entry, j) =>
          Array.isArray(entry) ? (
            <div key={`${i}-${j}`} className="stem-tables">
              {entry.map((block, k) => (
                <Block key={k} block={block} />
              ))}
            </div>
          ) : (
            <Block key={`${i}-${j}`} block={entry} />
          )
        )
      )}
    </div>
  )
}
