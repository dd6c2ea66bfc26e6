// Chooses the items for a new attempt from the bank: the learner's pool (all, unused, incorrect,
// flagged) narrows what the assembler may draw; the assembler balances sections and families.
import { assembleQuiz } from '../../questions/assemble'
import type { Item } from '../../questions/item'
import type { QuizSetup } from '../../preload/contract'
import type { CasebookData } from '../store/schema'
import { dueClaims } from './review-schedule'

export function drawQuizItems(
  setup: QuizSetup,
  data: Readonly<CasebookData>,
  seed: string
): Item[] {
  const base = { count: setup.itemCount, sections: setup.sections, seed }
  switch (setup.pool) {
    case 'unused':
      return assembleQuiz({ ...base, exclude: new Set(data.usedItemIds) })
    case 'incorrect':
      return assembleQuiz({ ...base, includeIds: data.incorrectItemIds })
    case 'flagged':
      return assembleQuiz({ ...base, includeIds: data.flaggedItemIds })
    default:
      return assembleQuiz(base)
  }
}

/** Fresh vignettes for the concepts (claims) the review schedule says are due. */
export function drawReviewItems(
  data: Readonly<CasebookData>,
  count: number,
  seed: string,
  nowMs: number
): Item[] {
  const claims = dueClaims(data, nowMs)
  if (claims.length === 0) return []
  return assembleQuiz({ count: Math.min(count, claims.length), seed, claims })
}
