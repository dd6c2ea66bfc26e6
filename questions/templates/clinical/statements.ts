// Fact-grid statements: the keys an item shows (questions/check/quiz-composition.ts), named so the
// assembler can keep one statement out of two items of a quiz, in either truth form; and option
// sets whose key shares its register with the foils.
import { contentWords, isHedged, isUnqualified } from '../../check/cue-checks'
import type { Rng } from '../../rng'
import { factOptions, type Fact } from '../parallel'
import type { OptionDraft } from '../types'

/** A fact grid's statements: one key per fact shown, true ("heritable") or false ("not-heritable"). */
export function gridStatements(topic: string, options: readonly OptionDraft[]): string[] {
  return [...new Set(options.map((o) => `${topic}:${o.code.replace(/^not-/, '')}`))]
}

/** Foils that read like the key: as hedged (or not) and as free of absolutes (or not). */
export function foilsInKeyRegister(options: readonly OptionDraft[]): number {
  const key = options.find((o) => o.correct)
  if (!key) return 0
  const hedged = isHedged(key.text)
  const plain = isUnqualified(key.text)
  return options.filter(
    (o) => !o.correct && isHedged(o.text) === hedged && isUnqualified(o.text) === plain
  ).length
}

/** How many foils must share the key's register (read 7, P1: "at least two foils hedged like
 * the key but wrong in substance"). */
export const MIN_FOILS_IN_KEY_REGISTER = 1
/** No option may be more than this many times as long as every other (read 7, P2: the key 1.36×
 * the next option). Symmetric, so a long foil is not a reverse cue either. */
export const MAX_LENGTH_LEAD = 1.15
const TRIES = 6

/** The longest option's length over the next longest. */
export function lengthLead(options: readonly OptionDraft[]): number {
  const lengths = options.map((o) => o.text.length).sort((a, b) => b - a)
  return (lengths[0] ?? 0) / Math.max(1, lengths[1] ?? 1)
}

/** How far an option set is from balanced in register (0 = at least MIN foils in the key's). */
function registerShortfall(options: readonly OptionDraft[], min: number): number {
  return Math.max(0, min - foilsInKeyRegister(options))
}

/** Penalty for an option clearly longer than all the others, weighed against rank misses. */
const LENGTH_LEAD_MISS = 1

/** How far the key sits from length, shared-word and stem-word rank `rank` (0 = lowest), with
 * ties counted as misses, as the option search itself scores it (templates/parallel.ts). */
function rankMiss(options: readonly OptionDraft[], rank: number, stem: string): number {
  const k = options.findIndex((o) => o.correct)
  const words = options.map((o) => contentWords(o.text))
  const stemWords = contentWords(stem)
  const shared = words.map((w, i) =>
    words.reduce((n, v, j) => (i === j ? n : n + [...w].filter((x) => v.has(x)).length), 0)
  )
  const inStem = words.map((w) => [...w].filter((x) => stemWords.has(x)).length)
  const miss = (values: readonly number[], ties: boolean) => {
    const v = values[k] as number
    const below = values.filter((x, i) => i !== k && x < v).length
    const tied = values.filter((x, i) => i !== k && x === v).length
    return Math.abs(below - rank) + (ties ? tied : 0)
  }
  return (
    miss(
      options.map((o) => o.text.length),
      true
    ) +
    miss(shared, true) +
    (stem ? miss(inStem, false) : 0)
  )
}

/**
 * Up to TRIES draws from the same seeded stream, and the one chosen that is balanced (at least two
 * foils in the key's register, so the key is never the one qualified or the one measured
 * statement; no option clearly longer than all the others) and whose key sits closest to a rank
 * drawn here by lot. Choosing by a rank drawn outside the draws, rather than taking the first
 * balanced one, keeps the key's length and word-sharing ranks uniform: some ranks are harder to
 * balance than others, and "first that passes" would favour the easy ones.
 */
export function balancedDraw<T extends { options: OptionDraft[] }>(
  rng: Rng,
  draw: () => T,
  stem = '',
  minFoils = MIN_FOILS_IN_KEY_REGISTER
): T {
  let best: T | null = null
  let bestScore = Infinity
  let rank = -1
  // Past TRIES only while no draw has met the register floor (rare; up to 4× as many draws).
  for (let i = 0; i < TRIES || (bestScore >= 100 && i < 4 * TRIES); i++) {
    const next = draw()
    if (rank < 0) rank = rng.int(0, next.options.length - 1)
    const score =
      100 * registerShortfall(next.options, minFoils) +
      (lengthLead(next.options) > MAX_LENGTH_LEAD ? LENGTH_LEAD_MISS : 0) +
      rankMiss(next.options, rank, stem)
    if (score < bestScore) [best, bestScore] = [next, score]
    if (score === 0) break
  }
  return best as T
}

/**
 * Up to TRIES draws, the first in which no option is more than MAX_LENGTH_LEAD times as long as
 * every other (read 7, P2: "cap the key"). Symmetric, so a clearly long foil is not a reverse
 * cue either, and the rank search keeps placing the key at a length rank drawn by lot.
 */
export function lengthCappedDraw<T extends { options: OptionDraft[] }>(draw: () => T): T {
  let out = draw()
  for (let i = 1; i < TRIES && lengthLead(out.options) > MAX_LENGTH_LEAD; i++) out = draw()
  return out
}

/** factOptions through balancedDraw; the key fact is drawn once and kept. */
export function balancedFactOptions(
  rng: Rng,
  facts: readonly Fact[],
  count: number,
  keyCode?: string,
  stem = '',
  minFoils = MIN_FOILS_IN_KEY_REGISTER
): ReturnType<typeof factOptions> {
  const code = keyCode ?? rng.pick(facts).code
  return balancedDraw(rng, () => factOptions(rng, facts, count, code, stem), stem, minFoils)
}
