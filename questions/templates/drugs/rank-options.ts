// Options for the drug templates with the key's length rank drawn by lot AND no two options of one
// length (issue 13, middle-length strategy). templates/parallel.ts aims the key at a rank but lets
// two distractors share a length; a tie at an extreme leaves a single option in the middle, so
// "neither the longest nor the shortest" scored 5–12 points above chance in these templates, and
// a tie beside the key splits the longest/shortest credit in the key's favour. Here every
// (distractor set, phrasing) combination is scored, exhaustively when the space is small, and
// the first with the drawn rank and all lengths distinct is kept.
import type { Rng } from '../../rng'
import type { Choice, ParallelOptions } from '../parallel'

/** Combinations scored per item at most (the drug pools give a few hundred at most). */
const MAX_COMBOS = 4000

export interface RankOptionsRules {
  /** Pool codes every option set must include. */
  required?: readonly string[]
  /** Extra miss for a combination (e.g. the key's wording is shared by no distractor). */
  penalty?: (texts: readonly string[]) => number
  /** The key's length rank to aim at (default: drawn from `rng`, uniform over 0…n-1). */
  target?: number
}

export interface RankedOptions extends ParallelOptions {
  /** How far the chosen combination is from the target (0 = rank reached, no ties read). */
  miss: number
}

/** Pairs of options of one length that a length strategy reads: a tie with the key (it splits
 * the longest or shortest credit) or a tie at the shortest or longest length (it leaves fewer
 * options in the middle). Ties among middle distractors change no strategy's score. */
export function lengthTies(texts: readonly string[]): number {
  const lengths = texts.map((t) => t.length)
  const least = Math.min(...lengths)
  const most = Math.max(...lengths)
  let ties = 0
  for (let i = 0; i < lengths.length; i++)
    for (let j = i + 1; j < lengths.length; j++) {
      const l = lengths[i] as number
      if (l === lengths[j] && (i === 0 || l === least || l === most)) ties++
    }
  return ties
}

/** The key's length rank among the texts (0 = shortest), counting only strictly shorter ones. */
export function lengthRank(texts: readonly string[]): number {
  const k = (texts[0] as string).length
  return texts.filter((t) => t.length < k).length
}

function* subsets(idx: readonly number[], size: number, start = 0): Generator<number[]> {
  if (size === 0) {
    yield []
    return
  }
  for (let i = start; i <= idx.length - size; i++)
    for (const rest of subsets(idx, size - 1, i + 1)) yield [idx[i] as number, ...rest]
}

/**
 * The key and `count - 1` distractors of `pool`, each in one of its phrasings, so that the key
 * has the length rank `rng` draws (uniform over 0…n-1) and no two options have one length. When
 * the pool cannot give both, the combination with the fewest misses wins (rank error and ties
 * weigh alike). Distractors keep the pool's order; the generator shuffles the options.
 */
export function rankOptions(
  rng: Rng,
  key: Choice,
  pool: readonly Choice[],
  count: number,
  rules: RankOptionsRules = {}
): RankedOptions {
  const n = Math.min(count, pool.length + 1)
  const target = rules.target ?? rng.int(0, n - 1)
  const required = rules.required ?? []
  const must = pool.flatMap((c, i) => (required.includes(c.code) ? [i] : []))
  const free = pool.map((_, i) => i).filter((i) => !must.includes(i))
  const sets = rng.shuffle([...subsets(free, Math.max(0, n - 1 - must.length))])
  let best: { members: Choice[]; forms: number[]; miss: number } | null = null
  let scored = 0
  search: for (const set of sets) {
    const members = [key, ...[...must, ...set].sort((a, b) => a - b).map((i) => pool[i] as Choice)]
    const space = members.reduce((m, c) => m * c.texts.length, 1)
    // Phrasings in a seeded order, so equal-miss combinations are not always the first ones.
    const start = rng.int(0, space - 1)
    for (let t = 0; t < space && scored < MAX_COMBOS; t++, scored++) {
      let code = (start + t) % space
      const forms = members.map((c) => {
        const f = code % c.texts.length
        code = Math.floor(code / c.texts.length)
        return f
      })
      const texts = members.map((c, i) => c.texts[forms[i] as number] as string)
      const miss =
        Math.abs(lengthRank(texts) - target) + lengthTies(texts) + (rules.penalty?.(texts) ?? 0)
      if (!best || miss < best.miss) best = { members, forms, miss }
      if (miss === 0) break search
    }
  }
  const { members, forms, miss } = best as { members: Choice[]; forms: number[]; miss: number }
  return {
    miss,
    options: members.map((c, i) => ({
      text: c.texts[forms[i] as number] as string,
      code: c.code,
      correct: i === 0,
      rationale: c.rationale
    })),
    form: members.map((c, i) => `${c.code}:${forms[i] as number}`).join('|')
  }
}
