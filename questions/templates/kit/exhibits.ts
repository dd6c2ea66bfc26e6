// Lab results and medication lists as the tables a template hands the generator (Item.exhibits).
// Names, units, reference intervals and the laboratory's flags come from the course's one list of
// reference values (content/lab-reference.ts), so every table in the bank prints a test the same
// way and flags it by the same interval the lab-values panel shows.
import {
  formatInterval,
  labById,
  labFlag,
  labInterval,
  type LabId,
  type RangeGroup
} from '../../content/lab-reference'
import type { Exhibit, LabRow, MedicationRow } from '../../item'

/** A result: the test and its value, or a row written out (a word result such as "normal"). */
export type LabEntry = readonly [LabId, number] | LabRow

function labRow(id: LabId, value: number, group: RangeGroup): LabRow {
  const lab = labById.get(id)
  if (!lab) throw new Error(`lab table: unknown test ${id}`)
  const interval = labInterval(id, group)
  // Key order is the attempt schema's (main/services/attempts-schema.ts).
  return {
    name: lab.short ?? lab.name,
    value: value.toFixed(lab.decimals ?? 0),
    unit: lab.unit,
    range: formatInterval(interval),
    flag: labFlag(value, interval)
  }
}

/** A result reported in words, with no interval or flag ("Creatinine and eGFR: normal"). */
export function wordResult(name: string, value: string): LabRow {
  return { name, value, unit: '', range: null, flag: null }
}

/**
 * A lab table. `group` picks the intervals a laboratory would print for this patient (women,
 * men, children, pregnancy); each value is flagged against its interval, not the RLS thresholds.
 */
export function labsTable(
  caption: string,
  group: RangeGroup,
  entries: readonly LabEntry[]
): Exhibit {
  return {
    kind: 'labs',
    caption,
    rows: entries.map((e) =>
      'name' in e
        ? { name: e.name, value: e.value, unit: e.unit, range: e.range, flag: e.flag }
        : labRow(e[0], e[1], group)
    )
  }
}

export interface MedicationEntry {
  drug: string
  dose: string
  started?: string | null
  reason?: string | null
}

/** A medication list, in the order given. */
export function medicationsTable(caption: string, entries: readonly MedicationEntry[]): Exhibit {
  const rows: MedicationRow[] = entries.map((e) => ({
    drug: e.drug,
    dose: e.dose,
    started: e.started ?? null,
    reason: e.reason ?? null
  }))
  return { kind: 'medications', caption, rows }
}
