// Statement options written once per template as a pool of parallel texts (same grammatical
// shape, similar length, no hedge or absolute that only the key carries). Which statement is the
// key depends on the case ("arm"), so every template keys at least two codes and the careful
// statement is not always the right one. Distractors are picked by length rank against the key.
import type { Rng } from '../../rng'
import type { OptionDraft } from '../types'
import { byLengthRank, toOptions } from './choices'

/** Picks `count` distractor codes (in pool order) from `texts`, excluding the key and `exclude`. */
export function pickCodes(
  rng: Rng,
  key: string,
  texts: Record<string, string>,
  count: number,
  exclude: readonly string[] = []
): string[] {
  const keyText = texts[key]
  if (keyText === undefined) throw new Error(`no text for key ${key}`)
  const pool = Object.keys(texts).filter((c) => c !== key && !exclude.includes(c))
  return byLengthRank(rng, keyText.length, pool, count, (c) => (texts[c] ?? '').length)
}

/** Options from codes: texts from the pool, reasons from `why` (one per code, case-specific). */
export function statementOptions(
  key: string,
  distractors: readonly string[],
  texts: Record<string, string>,
  why: (code: string) => string
): OptionDraft[] {
  const choice = (code: string) => ({ code, text: texts[code] ?? code, why: why(code) })
  return toOptions(choice(key), distractors.map(choice))
}
