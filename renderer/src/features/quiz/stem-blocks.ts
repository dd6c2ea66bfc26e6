// Splits a vignette into prose and the tables a clinician scans rather than reads: a medication
// list ("Her medication list: a 10 mg daily (x); b …") and lab results ("Results: ferritin
// 268 ng/mL, TSAT 32%"). Parsing is strict: a sentence becomes a table only when every part of
// it parses, so nothing is ever dropped or reordered; anything else stays prose. The templates
// emit text today; ranges and flags would need structured lab data from them (see the report).

export interface MedicationRow {
  name: string
  dose: string
  indication: string | null
}
export interface LabRow {
  test: string
  value: string
  unit: string
}

export type StemBlock =
  | { kind: 'text'; text: string }
  | { kind: 'medications'; caption: string; rows: MedicationRow[] }
  | { kind: 'labs'; caption: string; rows: LabRow[] }

const MED_LEAD =
  /^((?:Her|His|Their) (?:other )?(?:medicines are|medication list:|medicines:))\s+(.+)\.$/
const LAB_LEAD = /^([A-Z][A-Za-z ]{2,40}?)(?::| show)\s+(.+)\.$/
const LAB_PART =
  /^([A-Za-z][A-Za-z0-9 ()/-]*?) (\d+(?:\.\d+)?) ?(%|[a-zA-Zµ/]+(?:\/[a-zA-Z0-9]+)?)?$/

function medication(part: string): MedicationRow | null {
  const m = /^([a-z][a-z -]*?) (\d.*?)(?: \(([^()]+)\))?$/.exec(part.trim())
  if (!m) return null
  return { name: m[1]!, dose: m[2]!, indication: m[3] ?? null }
}

function lab(part: string): LabRow | null {
  const m = LAB_PART.exec(part.trim())
  if (!m) return null
  return { test: m[1]!, value: m[2]!, unit: m[3] ?? '' }
}

function all<T>(parts: string[], parse: (p: string) => T | null): T[] | null {
  const rows = parts.map(parse)
  return rows.every((r) => r !== null) ? (rows as T[]) : null
}

/** One sentence as a table, or null when it is not a list that parses completely. */
export function sentenceBlock(sentence: string): StemBlock | null {
  const med = MED_LEAD.exec(sentence)
  if (med) {
    const rows = all(med[2]!.split('; '), medication)
    if (rows && rows.length >= 2) {
      return { kind: 'medications', caption: med[1]!.replace(/:$/, '').replace(/ are$/, ''), rows }
    }
  }
  const labs = LAB_LEAD.exec(sentence)
  if (labs) {
    const rows = all(labs[2]!.split(/, | and /), lab)
    if (rows && rows.length >= 2) return { kind: 'labs', caption: labs[1]!, rows }
  }
  return null
}

/** A paragraph as prose runs and tables, in the original order. */
export function paragraphBlocks(paragraph: string): StemBlock[] {
  const sentences = paragraph.split(/(?<=\.)\s+(?=[A-Z])/)
  const blocks: StemBlock[] = []
  let prose: string[] = []
  const flush = (): void => {
    if (prose.length) blocks.push({ kind: 'text', text: prose.join(' ') })
    prose = []
  }
  for (const sentence of sentences) {
    const table = sentenceBlock(sentence)
    if (table) {
      flush()
      blocks.push(table)
    } else prose.push(sentence)
  }
  flush()
  return blocks
}
