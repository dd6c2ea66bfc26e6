// Public API of the question bank (issue #3). Pure TypeScript: safe to import from main, the
// renderer, scripts and tests alike.
export { BANK, SEEDS_PER_TEMPLATE, type BankInfo } from './bank'
export type {
  Exhibit,
  IronCode,
  Item,
  ItemOption,
  LabRow,
  MedicationRow,
  OptionId,
  SectionId
} from './item'
export { exhibitText, stemText } from './exhibits'
export type { ItemDraft, OptionDraft, Template } from './templates/types'
export { createRng, hashSeed, type Rng } from './rng'

export {
  sections,
  sectionById,
  sectionIds,
  references,
  referenceById,
  sourceReferences,
  claims,
  teachingPoints,
  claimById,
  sourceClaimIds,
  aggravatorClasses,
  keyableAggravators,
  safeDistractors,
  alpha2deltaOptions,
  neverKey,
  neverUseAsDistractor,
  type Section,
  type Reference,
  type ReferenceKind,
  type SourceReference,
  type Claim,
  type Verdict,
  type AggravatorClass,
  type Confidence
} from './content/index'

export { templates } from './templates/index'
export { generateItem, generateItems, itemId, paramString, templateIdOf } from './generate'
export { assembleQuiz, findItemById, type AssembleOptions } from './assemble'
export { resolveItemId, baseId } from './find-item'
export { decisionHash, decisionOfId } from './generate'
export {
  checkBank,
  checkItem,
  CHECK_SEEDS,
  MIN_DISTINCT_ITEMS,
  type BankReport,
  type Problem
} from './check/index'
