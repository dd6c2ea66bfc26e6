// The contract every case template implements. A template turns a seeded random source into an
// ItemDraft: the vignette plus options in a fixed (unshuffled) order. The generator (questions/
// generate.ts) then shuffles the options with the same seed, assigns letters A–E, derives the
// stable id from the template id and `params`, and stamps the bank version.
import type { Exhibit, ItemOption, SectionId } from '../item'
import type { Rng } from '../rng'

export type OptionDraft = Omit<ItemOption, 'id'>

export interface ItemDraft {
  /** The parameters that make this item distinct; the item id is derived from them. */
  params: Record<string, string | number | boolean>
  claims: string[]
  difficulty: 1 | 2 | 3
  estimatedSeconds: number
  stem: string
  /** Labs and medication lists as tables (kit/exhibits.ts); the stem then leaves them out. */
  exhibits?: Exhibit[]
  question: string
  options: OptionDraft[]
  objective: string
  explanation: string
  evidenceNote: string | null
  references: string[]
  facts: Record<string, unknown>
}

export interface Template {
  /** Stable template id, e.g. "drug-hidden-in-list". Part of every item id. */
  id: string
  /** Family number from issue #3 ("1".."12"); the assembler avoids two of a family in a row. */
  family: string
  section: SectionId
  /** Short human title for docs and the bank:check report. */
  title: string
  generate(rng: Rng): ItemDraft
}
