// The shape of one generated quiz item. Documented for authors in docs/question-bank.md.
// Everything here is plain data so an item can be stored inside an attempt, exported as JSON
// or GIFT, and re-checked by the quality gates without running the generator again.

/**
 * A section id of the item's course. A plain string: it is validated at run time against the
 * course's sections (questions/course/types.ts), not by a fixed enum. The RLS course's own ids
 * are `RlsSectionId` (questions/content/sections.ts).
 */
export type SectionId = string

export type OptionId = 'A' | 'B' | 'C' | 'D' | 'E'

/** Machine-readable answer codes for iron items (brief §3). */
export type IronCode =
  'iron-indicated' | 'iv-iron-only' | 'iron-not-indicated' | 'treat-and-investigate-source'

export interface ItemOption {
  id: OptionId
  text: string
  /** Generic drug name, mimic/diagnosis id, IronCode, or another template-specific code. */
  code: string
  correct: boolean
  rationale: string
}

/** One result as a laboratory report prints it. */
export interface LabRow {
  name: string
  /** As printed ("12.4", "38", or a word such as "normal"). */
  value: string
  unit: string
  /** The laboratory's reference interval ("20–200", "<5"), or null when none is printed. */
  range: string | null
  /** The laboratory's flag against that interval (not the RLS thresholds). */
  flag: 'low' | 'high' | null
}

/** One entry of a medication list. */
export interface MedicationRow {
  drug: string
  /** Dose and timing, e.g. "10 mg at night". */
  dose: string
  /** When it was started ("3 weeks ago"), or null when the vignette does not say. */
  started: string | null
  /** What it is taken for, or null. */
  reason: string | null
}

/**
 * What a clinician scans rather than reads, shown beside the vignette as a table. The stem's
 * prose does not repeat it, so text consumers (exports, gates, search) read `stemText(item)`.
 */
export type Exhibit =
  | { kind: 'labs'; caption: string; rows: LabRow[] }
  | { kind: 'medications'; caption: string; rows: MedicationRow[] }

export interface Item {
  /** Stable: the same template and parameters always give the same id. */
  id: string
  /**
   * The course the item belongs to. Absent on snapshots written before courses were values
   * (bank 2.1.0 and earlier): those are RLS items (`rls-causes`), see questions/course/bank.ts.
   */
  courseId?: string
  bankVersion: string
  template: string
  /** Template family number (1–12 in issue #3), used to avoid two of a family in a row. */
  family: string
  section: SectionId
  claims: string[]
  difficulty: 1 | 2 | 3
  estimatedSeconds: number
  stem: string
  /** Tables that belong to the vignette; absent when it has none (and in items before 2.2). */
  exhibits?: Exhibit[]
  question: string
  options: ItemOption[]
  objective: string
  explanation: string
  evidenceNote: string | null
  references: string[]
  /** Structured parameters behind the stem, so a checker can recompute the key. */
  facts: Record<string, unknown>
}
