// Exhibits as plain text, for everything that reads an item as text rather than showing its
// tables: the quality gates, the CSV and xAPI exports, the GIFT export and note search. A lab
// table reads as a laboratory line ("Morning bloods: ferritin 38 ng/mL (20–200), TSAT 24%
// (20–50, low)"), a medication list as a list. Items without exhibits read exactly as before.
import type { Exhibit, Item, LabRow, MedicationRow } from './item'

function labText(r: LabRow): string {
  const unit = r.unit === '' ? '' : r.unit === '%' ? '%' : ` ${r.unit}`
  const notes = [r.range, r.flag].filter((x): x is string => x !== null)
  return `${r.name} ${r.value}${unit}${notes.length ? ` (${notes.join(', ')})` : ''}`
}

function medicationText(r: MedicationRow): string {
  const details = [r.reason && `for ${r.reason}`, r.started && `started ${r.started}`].filter(
    (x): x is string => Boolean(x)
  )
  return `${r.drug} ${r.dose}${details.length ? ` (${details.join(', ')})` : ''}`
}

/** One exhibit as one sentence. */
export function exhibitText(e: Exhibit): string {
  const rows = e.kind === 'labs' ? e.rows.map(labText) : e.rows.map(medicationText)
  return `${e.caption}: ${rows.join(e.kind === 'labs' ? ', ' : '; ')}.`
}

/** The vignette with its tables as text, one paragraph per table after the prose. */
export function stemText(item: Pick<Item, 'stem' | 'exhibits'>): string {
  const tables = item.exhibits ?? []
  return tables.length === 0 ? item.stem : [item.stem, ...tables.map(exhibitText)].join('\n\n')
}
