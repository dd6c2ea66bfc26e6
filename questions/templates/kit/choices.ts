// Options without a cue, by construction. Every option of an item is a `Choice` written in the
// same shape as the key; which distractors appear is chosen so that the key's length rank among
// the options is uniform (the key is the longest option in about 1 item in n, the shortest in
// about 1 in n). The generator then shuffles the order, so the key's position is uniform too.
import type { Rng } from '../../rng'
import type { OptionDraft } from '../types'

export interface Choice {
  code: string
  text: string
  /** The option's own reason, without the Correct/Incorrect prefix. */
  why: string
}

/**
 * Picks `count` distractors from `pool` so that the number of distractors longer than the key is
 * uniform in 0…count. Falls back to the nearest feasible split when the pool is lopsided.
 * Returns the picked items in pool order.
 */
export function byLengthRank<T>(
  rng: Rng,
  keyLength: number,
  pool: readonly T[],
  count: number,
  length: (t: T) => number,
  /** Maps the drawn number of longer distractors, e.g. for a fixed extra option. */
  adjust: (want: number) => number = (w) => w,
  /** The drawn number is uniform in 0…drawMax (default `count`); with fixed extra options it is
   * drawn over all of them, and `adjust` removes the fixed ones' share. */
  drawMax: number = count
): T[] {
  if (pool.length < count) throw new Error(`need ${count} distractors, pool has ${pool.length}`)
  const longer = rng.shuffle(pool.filter((t) => length(t) > keyLength))
  const shorter = rng.shuffle(pool.filter((t) => length(t) < keyLength))
  const equal = rng.shuffle(pool.filter((t) => length(t) === keyLength))
  // Clamped: a caller's adjustment for fixed extra options can go below 0 or past `count`, and a
  // negative slice would hand back nearly every longer distractor (2.18.7, sleep apnoea).
  const want = Math.max(0, Math.min(count, adjust(rng.int(0, drawMax))))
  let nLong = Math.min(want, longer.length)
  let nShort = count - nLong
  if (nShort > shorter.length) {
    nShort = shorter.length
    nLong = Math.min(longer.length, count - nShort)
  }
  const picked = [...longer.slice(0, nLong), ...shorter.slice(0, nShort)]
  for (const t of [...equal, ...longer.slice(nLong), ...shorter.slice(nShort)]) {
    if (picked.length >= count) break
    picked.push(t)
  }
  return pool.filter((t) => picked.includes(t))
}

/** Distractor choices picked by length rank against the key's text. */
export function pickChoices(
  rng: Rng,
  key: Choice,
  pool: readonly Choice[],
  count: number
): Choice[] {
  return byLengthRank(rng, key.text.length, pool, count, (c) => c.text.length)
}

/** The key first, then the distractors; the generator shuffles them. */
export function toOptions(key: Choice, distractors: readonly Choice[]): OptionDraft[] {
  return [
    { code: key.code, text: key.text, correct: true, rationale: `Correct: ${key.why}` },
    ...distractors.map((d) => ({
      code: d.code,
      text: d.text,
      correct: false,
      rationale: `Incorrect: ${d.why}`
    }))
  ]
}

/** Looks up choices by code (throws on an unknown code, so a typo fails loudly). */
export function byCode(all: readonly Choice[], codes: readonly string[]): Choice[] {
  return codes.map((c) => {
    const found = all.find((x) => x.code === c)
    if (!found) throw new Error(`unknown choice ${c}`)
    return found
  })
}

/** Read 7 (lead's measure at 500 seeds): a key more than 1.15x the longest foil, or an option at
 * least 1.25x every other (a lone long line, in up to 45% of a template's items and rarely the
 * key, so a reverse cue), each count as half a miss. The first texts entry is the key. */
export function lengthCues(texts: readonly string[]): number {
  const lengths = texts.map((t) => t.length)
  const key = lengths[0] as number
  const longestFoil = Math.max(...lengths.slice(1))
  const lone = lengths.some((l, i) => lengths.every((m, j) => j === i || l >= 1.25 * m))
  // Half a miss each: a rank error weighs more, so the key's length rank stays uniform (the
  // longest/shortest/middle strategies) and the cue is avoided wherever the rank allows.
  return ((key > 1.15 * longestFoil ? 1 : 0) + (lone ? 1 : 0)) / 2
}
