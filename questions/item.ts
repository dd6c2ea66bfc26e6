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
  question: string
  options: ItemOption[]
  objective: string
  explanation: string
  evidenceNote: string | null
  references: string[]
  /** Structured parameters behind the stem, so a checker can recompute the key. */
  facts: Record<string, unknown>
}
