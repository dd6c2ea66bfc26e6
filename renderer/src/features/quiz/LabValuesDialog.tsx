// The lab-values reference panel, one key (L) away in the player and the review: the laboratory
// intervals the course's results are flagged by, and the RLS iron thresholds by population. The
// values come from questions/content/lab-reference.ts, never typed here. During a certificate
// exam the thresholds are withheld (the ranges stay): applying them is what the iron items
// assess, as a licensing exam shows normal values but not treatment cut-offs.
import { useEffect, useRef, type ReactElement } from 'react'
import {
  IRON_THRESHOLDS,
  LAB_REFERENCES,
  describeIntervals,
  referenceById
} from '../../../../questions/content'
import { Modal } from '../../ui/components/Modal'
import { isTyping } from './usePlayerKeys'
import './lab-values.css'

export const LAB_KEY = 'L'

interface LabValuesDialogProps {
  open: boolean
  onClose(): void
  /** A certificate exam in progress: ranges only. */
  exam?: boolean
}

function RangesTable(): ReactElement {
  return (
    <table className="lab-table" data-testid="lab-ranges">
      <caption>Laboratory reference ranges (adults unless stated)</caption>
      <thead>
        <tr>
          <th scope="col">Test</th>
          <th scope="col">Reference range</th>
          <th scope="col">Unit</th>
        </tr>
      </thead>
      <tbody>
        {LAB_REFERENCES.map((lab) => (
          <tr key={lab.id}>
            <th scope="row">
              {lab.name}
              {lab.note && <span className="lab-note">{lab.note}</span>}
            </th>
            <td className="num">
              {/* One interval per line at most, never split inside "15–400". */}
              {describeIntervals(lab)
                .split(', ')
                .map((part) => (
                  <span key={part} className="lab-interval">
                    {part}
                  </span>
                ))}
            </td>
            <td>{lab.unit}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function ThresholdTables(): ReactElement {
  return (
    <>
      {IRON_THRESHOLDS.map((t) => (
        <table key={t.population} className="lab-table" data-testid="iron-thresholds">
          <caption>
            {t.population}
            <span className="lab-source">
              {t.references.map((id) => referenceById.get(id)?.short ?? id).join('; ')}
            </span>
          </caption>
          <thead>
            <tr>
              <th scope="col">Finding</th>
              <th scope="col">What the course keys</th>
            </tr>
          </thead>
          <tbody>
            {t.rules.map((r) => (
              <tr key={r.finding}>
                <th scope="row">{r.finding}</th>
                <td>{r.meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  )
}

export function LabValuesDialog({ open, onClose, exam }: LabValuesDialogProps): ReactElement {
  return (
    <Modal open={open} onClose={onClose} labelledBy="lab-values-title" className="modal-wide">
      {/* Close comes first: focus on a button at the foot would scroll the panel to its end. */}
      <div className="modal-head">
        <h2 id="lab-values-title">Lab reference values</h2>
        <button type="button" className="btn" onClick={onClose} data-autofocus>
          Close
        </button>
      </div>
      <RangesTable />
      <h3>Iron thresholds for RLS</h3>
      {exam ? (
        <p data-testid="thresholds-withheld">
          The iron thresholds are part of what a certificate exam assesses, so they are shown again
          once you have submitted it.
        </p>
      ) : (
        <ThresholdTables />
      )}
    </Modal>
  )
}

/** The button that opens the panel, naming its key. */
export function LabValuesButton({ onOpen }: { onOpen(): void }): ReactElement {
  return (
    <button type="button" className="btn btn-quiet" onClick={onOpen} aria-keyshortcuts={LAB_KEY}>
      Lab values <kbd aria-hidden="true">{LAB_KEY}</kbd>
    </button>
  )
}

/** L opens the panel on screens without the player's key handler (the review). */
export function useLabKey(onOpen: () => void): void {
  const ref = useRef(onOpen)
  ref.current = onOpen
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return
      if (isTyping(e.target) || document.querySelector('dialog[open]')) return
      if (e.key.toLowerCase() !== LAB_KEY.toLowerCase()) return
      e.preventDefault()
      ref.current()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
