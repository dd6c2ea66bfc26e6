// Options that carry no cue by construction (issue 13). Two rules, shared by every template:
//
// 1. Parallel phrasing. Each answer may be written in several forms of one grammatical shape and
//    of different lengths; the key and the distractors are drawn from forms written by the same
//    rule (see `facts`: every fact has a true and a false form of matched length, and a fact is
//    the key in one item and a distractor in the next).
// 2. Length rank by lot. For each item a target rank is drawn uniformly (0 = shortest), and forms
//    and distractors are chosen so the key lands on that rank among the options. "Pick the
//    longest" or "pick the shortest" then scores what blind guessing scores.
//
// The chosen forms are returned as a `form` string for the template's params, so an item's text
// stays a pure function of its params (the stable-id gate).
import { strategyScores } from '../check/cue-checks'
import type { Item } from '../item'
import type { Rng } from '../rng'
import type { OptionDraft } from './types'

export interface Choice {
  code: string
  /** Alternative phrasings of this answer, all of one shape; one is chosen per item. */
  texts: readonly string[]
  rationale: string
}

export interface ParallelOptions {
  options: OptionDraft[]
  /** Which distractors and phrasings were chosen, e.g. "key:1|b:0|c:2" (for the params). */
  form: string
}

const MAX_COMBINATIONS = 4000
const TRIES = 200

/** The features a test-wise examinee reads, per option (higher = preferred by that strategy). */
function features(texts: readonly string[], stem: string): number[][] {
  const item = {
    stem,
    question: '',
    options: texts.map((text) => ({ text, correct: false }))
  } as unknown as Item
  return [
    strategyScores(item, 'longest'),
    strategyScores(item, 'most-shared-words'),
    ...(stem ? [strategyScores(item, 'most-stem-words')] : [])
  ]
}

/** How far the key (index 0) is from its target rank on each feature; a tie costs one. */
function miss(scores: number[][], targets: readonly number[]): number {
  let total = 0
  scores.forEach((row, f) => {
    const k = row[0] as number
    const below = row.filter((v) => v < k).length
    const ties = row.filter((v) => v === k).length - 1
    total += Math.abs(below - (targets[f] as number)) + (f === 0 ? ties : 0)
  })
  return total
}

/**
 * The key plus `count - 1` distractors from `pool` (all of them when the pool is that size), each
 * in one of its phrasings. For each item a target rank for the key is drawn uniformly on each
 * feature a strategy reads (length, words shared with the other options, and, given the stem,
 * words shared with the stem); the combination closest to those targets is chosen, searched
 * exhaustively when small and by seeded sampling otherwise. Distractors keep the pool's order;
 * the generator shuffles the options afterwards.
 */
export function parallelOptions(
  rng: Rng,
  key: Choice,
  pool: readonly Choice[],
  count: number,
  stem = ''
): ParallelOptions {
  const n = Math.min(count, pool.length + 1)
  const targets = [rng.int(0, n - 1), rng.int(0, n - 1), rng.int(0, n - 1)]
  const subsets = n - 1 === pool.length ? [[...pool]] : null
  const formsPer = [key, ...pool].reduce((m, c) => m * c.texts.length, 1)
  let best: { picks: Choice[]; forms: number[]; miss: number } | null = null
  const consider = (picks: Choice[], forms: number[]) => {
    const all = [key, ...picks]
    const texts = all.map((c, i) => c.texts[forms[i] as number] as string)
    const m = miss(features(texts, stem), targets)
    if (!best || m < best.miss) best = { picks, forms, miss: m }
  }
  if (subsets && formsPer <= MAX_COMBINATIONS) {
    // Exhaustive over phrasings, in a seeded order so ties between equally good sets vary.
    const all = [key, ...subsets[0]!]
    const combos: number[][] = [[]]
    for (const c of all) {
      const next: number[][] = []
      for (const prefix of combos) for (let f = 0; f < c.texts.length; f++) next.push([...prefix, f])
      combos.splice(0, combos.length, ...next)
    }
    for (const forms of rng.shuffle(combos)) {
      consider(subsets[0]!, forms)
      if ((best as { miss: number } | null)?.miss === 0) break
    }
  } else {
    for (let t = 0; t < TRIES; t++) {
      const picks = subsets ? subsets[0]! : rng.sample(pool, n - 1)
      consider(picks, [key, ...picks].map((c) => rng.int(0, c.texts.length - 1)))
      if ((best as { miss: number } | null)?.miss === 0) break
    }
  }
  const chosen = best as unknown as { picks: Choice[]; forms: number[] }
  const ordered = [key, ...pool.filter((c) => chosen.picks.includes(c))]
  const formOf = (c: Choice) => chosen.forms[[key, ...chosen.picks].indexOf(c)] as number
  return {
    options: ordered.map((c, i) => ({
      text: c.texts[formOf(c)] as string,
      code: c.code,
      correct: i === 0,
      rationale: c.rationale
    })),
    form: ordered.map((c) => `${c.code}:${formOf(c)}`).join('|')
  }
}

/** Rebuilds the options a `form` string describes (for templates that render from params). */
export function optionsFromForm(
  form: string,
  key: Choice,
  pool: readonly Choice[]
): OptionDraft[] {
  return form.split('|').map((part, i) => {
    const [code, f] = part.split(':')
    const c = i === 0 ? key : pool.find((x) => x.code === code)
    if (!c || c.code !== code) throw new Error(`form ${form}: unknown option ${code}`)
    return {
      text: c.texts[Number(f)] as string,
      code: c.code,
      correct: i === 0,
      rationale: c.rationale
    }
  })
}

// --- fact grids ------------------------------------------------------------------------------------

/** One teachable fact, written twice in one shape: as it is, and minimally altered to be false. */
export interface Fact {
  code: string
  true: readonly string[]
  false: readonly string[]
  /** Why the true form is right (shown when it is the key). */
  whyTrue: string
  /** Why the false form is wrong (shown when it is a distractor). */
  whyFalse: string
}

/**
 * "Which statement is best supported?": one fact in its true form, the others in their false
 * forms. Whether a fact shows up true or false is decided by lot, so the key and the distractors
 * come from one population of sentences.
 */
export function factOptions(
  rng: Rng,
  facts: readonly Fact[],
  count: number,
  keyCode?: string,
  stem = ''
): ParallelOptions & { key: Fact } {
  const key = keyCode ? facts.find((f) => f.code === keyCode) : rng.pick(facts)
  if (!key) throw new Error(`unknown fact ${keyCode}`)
  const asKey: Choice = {
    code: key.code,
    texts: key.true,
    rationale: `Correct: ${key.whyTrue}`
  }
  const pool: Choice[] = facts
    .filter((f) => f !== key)
    .map((f) => ({ code: `not-${f.code}`, texts: f.false, rationale: `Incorrect: ${f.whyFalse}` }))
  return { ...parallelOptions(rng, asKey, pool, count, stem), key }
}

/** The length spread a fact's forms must respect: the false form is the true one minimally
 * altered, so their lengths stay within this ratio (checked by the unit tests). */
export const FACT_LENGTH_RATIO = 1.35
