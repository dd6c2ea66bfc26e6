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
import { contentWords, isHedged, isUnqualified } from '../check/cue-checks'
import { loneRegisterOf, oddFormOfGrams, registerBalance, trigrams } from '../check/lone-register'
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

/** At most this many (distractor set, phrasing) combinations are scored per item. */
const BUDGET = 48

interface Form {
  choice: number
  form: number
  /** Index over every form of this item's choices (for the overlap matrix). */
  flat: number
  length: number
  words: ReadonlySet<string>
  stemWords: number
  hedged: boolean
  plain: boolean
  grams: ReadonlySet<string>
  /** Hedges − absolutes (check/lone-register.ts). */
  balance: number
}

/** Penalty for a set in which the key is the only hedged or the only absolute-free option
 * (read-through of bank 2.5.0: "the key is the only qualified statement"). */
const LONE_REGISTER_MISS = 4

/** Penalty for a set in which every distractor shares a three-word phrase the key lacks (the
 * odd-form-key gate, read 9 P3: only the key read "named in the referral letter"). Larger than
 * any rank miss, so such a set is taken only when no other exists. */
const ODD_FORM_MISS = 8

function oddFormMiss(chosen: readonly Form[]): number {
  const [key, ...foils] = chosen as [Form, ...Form[]]
  const balances = foils.map((f) => f.balance)
  const grams = foils.map((f) => f.grams)
  // The per-item gates (check/lone-register.ts): the key the only option leaning hedged or the
  // only one not leaning absolute; every foil sharing a phrase the key lacks.
  return (
    (loneRegisterOf(key.balance, balances) ? ODD_FORM_MISS : 0) +
    (oddFormOfGrams(key.grams, grams) ? ODD_FORM_MISS : 0)
  )
}

function registerMiss(chosen: readonly Form[]): number {
  const lone = (flag: (f: Form) => boolean) =>
    flag(chosen[0] as Form) && chosen.filter(flag).length === 1
  return lone((f) => f.hedged) || lone((f) => f.plain) ? LONE_REGISTER_MISS : 0
}

/**
 * The key plus `count - 1` distractors from `pool` (all of them when the pool is that size), each
 * in one of its phrasings. For each item a target rank for the key is drawn uniformly on each
 * feature a test-wise strategy reads (length, words shared with the other options and, given the
 * stem, words shared with the stem); the combination closest to those targets is chosen from a
 * seeded sample (exhaustive when small). Distractors keep the pool's order; the generator
 * shuffles the options afterwards.
 */
export function parallelOptions(
  rng: Rng,
  key: Choice,
  pool: readonly Choice[],
  count: number,
  stem = '',
  budget = BUDGET,
  /** Weight of the words-shared-with-other-options rank (0 for pools where it fights length). */
  sharedWeight = 1,
  /** Codes of the pool that every option set must include (e.g. a safe drug the stem names as a
   * recent change, so the key is never the only recent change offered). */
  required: readonly string[] = [],
  /** Penalise sets where the key is the only hedged or only absolute-free option (fact grids). */
  register = false
): ParallelOptions {
  const n = Math.min(count, pool.length + 1)
  // Budget 0: the pool is written in matched length bands, so forms are drawn independently of
  // which option is the key (every option is equally likely to get the longest form).
  if (budget === 0) return symmetricOptions(rng, key, pool, n, required)
  // One rank for every feature: they are correlated (a longer option shares more words), so
  // independent targets would pull against each other and leave the length rank biased.
  const rank = rng.int(0, n - 1)
  const targets = [rank, rank, rank]
  const all = [key, ...pool]
  const stemSet = stem ? contentWords(stem) : null
  let flat = 0
  const forms: Form[][] = all.map((c, ci) =>
    c.texts.map((text, fi) => {
      const words = contentWords(text)
      let stemWords = 0
      if (stemSet) for (const w of words) if (stemSet.has(w)) stemWords++
      // The lone-cue gate's own reading of the two registers (check/cue-checks.ts).
      const hedged = isHedged(text)
      const plain = isUnqualified(text)
      return {
        choice: ci,
        form: fi,
        flat: flat++,
        length: text.length,
        words,
        stemWords,
        hedged,
        plain,
        grams: trigrams(text),
        balance: registerBalance(text)
      }
    })
  )
  // Words shared by two forms, memoised in a flat matrix (−1 = not yet counted): the search
  // scores up to `budget` combinations, each comparing every pair of its forms.
  const overlapCache = new Int32Array(flat * flat).fill(-1)
  const overlap = (a: Form, b: Form): number => {
    const k = a.flat < b.flat ? a.flat * flat + b.flat : b.flat * flat + a.flat
    let v = overlapCache[k] as number
    if (v < 0) {
      v = 0
      for (const w of a.words) if (b.words.has(w)) v++
      overlapCache[k] = v
    }
    return v
  }
  const rankMiss = (values: number[], target: number, countTies: boolean): number => {
    const k = values[0] as number
    let below = 0
    let ties = 0
    for (let i = 1; i < values.length; i++) {
      const v = values[i] as number
      if (v < k) below++
      else if (v === k) ties++
    }
    return Math.abs(below - target) + (countTies ? ties : 0)
  }
  const score = (chosen: Form[]): number => {
    const lengths = chosen.map((f) => f.length)
    const shared = chosen.map((f, i) =>
      chosen.reduce((sum, g, j) => (i === j ? sum : sum + overlap(f, g)), 0)
    )
    let m =
      oddFormMiss(chosen) +
      (register ? registerMiss(chosen) : 0) +
      rankMiss(lengths, targets[0] as number, true) +
      sharedWeight * rankMiss(shared, targets[1] as number, true)
    if (stemSet)
      m += rankMiss(
        chosen.map((f) => f.stemWords),
        targets[2] as number,
        false
      )
    return m
  }

  // Candidate distractor sets: every one when few, else a seeded sample; the required members
  // are in every set and the rest are drawn around them.
  const must = pool.flatMap((c, i) => (required.includes(c.code) ? [i + 1] : []))
  const idx = pool.map((_, i) => i + 1).filter((i) => !must.includes(i))
  const free = Math.max(0, n - 1 - must.length)
  const sets: number[][] = []
  const combos = (start: number, left: number, acc: number[]) => {
    if (sets.length > 64) return
    if (left === 0) {
      sets.push([...must, ...acc])
      return
    }
    for (let i = start; i <= idx.length - left; i++)
      combos(i + 1, left - 1, [...acc, idx[i] as number])
  }
  combos(0, free, [])
  const candidateSets =
    sets.length > 64
      ? Array.from({ length: 24 }, () => [...must, ...rng.sample(idx, free)])
      : rng.shuffle(sets)
  const perSet = Math.max(1, Math.floor(budget / candidateSets.length))

  let best: { chosen: Form[]; miss: number } | null = null
  outer: for (const set of candidateSets) {
    const members = [0, ...set]
    const space = members.reduce((m, c) => m * (forms[c] as Form[]).length, 1)
    const tries = Math.min(space, perSet)
    for (let t = 0; t < tries; t++) {
      // Exhaustive in mixed-radix order when the space fits, else seeded draws.
      let code = space <= perSet ? t : rng.int(0, space - 1)
      const chosen = members.map((c) => {
        const fs = forms[c] as Form[]
        const f = fs[code % fs.length] as Form
        code = Math.floor(code / fs.length)
        return f
      })
      const m = score(chosen)
      if (!best || m < best.miss) best = { chosen, miss: m }
      if (m === 0) break outer
    }
  }
  const chosen = (best as { chosen: Form[] }).chosen
  const formOf = new Map(chosen.map((f) => [f.choice, f.form]))
  const ordered = all.map((c, i) => ({ c, i })).filter(({ i }) => formOf.has(i))
  return {
    options: ordered.map(({ c, i }) => ({
      text: c.texts[formOf.get(i) as number] as string,
      code: c.code,
      correct: i === 0,
      rationale: c.rationale
    })),
    form: ordered.map(({ c, i }) => `${c.code}:${formOf.get(i) as number}`).join('|')
  }
}

function symmetricOptions(
  rng: Rng,
  key: Choice,
  pool: readonly Choice[],
  n: number,
  required: readonly string[] = []
): ParallelOptions {
  const must = pool.filter((c) => required.includes(c.code))
  const rest = pool.filter((c) => !required.includes(c.code))
  const picks =
    n - 1 === pool.length
      ? [...pool]
      : must.length === 0
        ? rng.sample(pool, n - 1)
        : [...must, ...rng.sample(rest, Math.max(0, n - 1 - must.length))]
  const ordered = [key, ...pool.filter((c) => picks.includes(c))]
  const forms = ordered.map((c) => rng.int(0, c.texts.length - 1))
  return {
    options: ordered.map((c, i) => ({
      text: c.texts[forms[i] as number] as string,
      code: c.code,
      correct: i === 0,
      rationale: c.rationale
    })),
    form: ordered.map((c, i) => `${c.code}:${forms[i] as number}`).join('|')
  }
}

/** Rebuilds the options a `form` string describes (for templates that render from params). */
export function optionsFromForm(form: string, key: Choice, pool: readonly Choice[]): OptionDraft[] {
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
  return { ...parallelOptions(rng, asKey, pool, count, stem, 400, 1, [], true), key }
}

/** The length spread a fact's forms must respect: the false form is the true one minimally
 * altered, so their lengths stay within this ratio (checked by the unit tests). */
export const FACT_LENGTH_RATIO = 1.35
