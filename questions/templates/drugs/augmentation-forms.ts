// Phrasings for the four cells of augmentation-next-step's grid (augmentation-plans.ts). Every
// combination of phrasings (6 per cell, 1,296 in all) is scored, as parallelOptions does, against
// one length rank for the key drawn by lot; in addition a combination in which the key, or one
// foil, is more than KEY_LONG_RATIO × every other option is passed over. With parallelOptions
// alone the key, aimed at "longest", was the one much longer option in 14% of items. A
// combination in which the key alone lacks a phrase every foil has is passed over as well.
import { contentWords } from '../../check/cue-checks'
import { KEY_LONG_RATIO } from '../../check/lone-cues'
import { oddFormOfGrams, trigrams } from '../../check/lone-register'
import type { Rng } from '../../rng'
import type { Choice } from '../parallel'
import type { OptionDraft } from '../types'

interface Scored {
  length: number
  stemWords: number
  words: Set<string>
  grams: Set<string>
}

/** Every foil shares a three-word phrase the key lacks ("… then start pregabalin" in the three
 * foils): the odd-form-key gate (read 9 P3). */
function keyOddForm(forms: readonly Scored[]): boolean {
  const [key, ...foils] = forms as [Scored, ...Scored[]]
  const grams = foils.map((f) => f.grams)
  return oddFormOfGrams(key.grams, grams) !== null
}

function shared(a: Scored, b: Scored): number {
  let n = 0
  for (const w of a.words) if (b.words.has(w)) n++
  return n
}

/** How far the key's rank on one feature is from the target (ties counted when asked). */
function rankMiss(values: readonly number[], target: number, countTies: boolean): number {
  const k = values[0] as number
  const rest = values.slice(1)
  const below = rest.filter((v) => v < k).length
  return Math.abs(below - target) + (countTies ? rest.filter((v) => v === k).length : 0)
}

function standsOut(lengths: readonly number[], i: number): boolean {
  const others = lengths.filter((_, j) => j !== i)
  return (lengths[i] as number) > KEY_LONG_RATIO * Math.max(...others)
}

/** The key at a drawn length rank among its three foils, with no option far longer than the rest. */
export function gridOptions(
  rng: Rng,
  key: Choice,
  foils: readonly Choice[],
  stem: string
): OptionDraft[] {
  const all = [key, ...foils]
  const stemSet = contentWords(stem)
  const scored: Scored[][] = all.map((c) =>
    c.texts.map((t) => {
      const words = contentWords(t)
      let stemWords = 0
      for (const w of words) if (stemSet.has(w)) stemWords++
      return { length: t.length, stemWords, words, grams: trigrams(t) }
    })
  )
  const target = rng.int(0, all.length - 1)
  // Words shared between every phrasing of one cell and every phrasing of another, counted once
  // here rather than for each of the 1,296 combinations (the search was most of the template's
  // generation time).
  const pairShared = scored.map((si, i) =>
    si.map((fi) => scored.map((sj, j) => sj.map((fj) => (i === j ? 0 : shared(fi, fj)))))
  )
  const space = scored.reduce((m, s) => m * s.length, 1)
  let best: { pick: number[]; miss: number }[] = []
  let bestMiss = Infinity
  for (let code = 0; code < space; code++) {
    let c = code
    const pick = scored.map((s) => {
      const i = c % s.length
      c = Math.floor(c / s.length)
      return i
    })
    const forms = pick.map((f, i) => (scored[i] as Scored[])[f] as Scored)
    const lengths = forms.map((f) => f.length)
    const sharedWords = pick.map((fi, i) =>
      pick.reduce((sum, fj, j) => sum + (pairShared[i]![fi]![j]![fj] as number), 0)
    )
    // One target for every feature a test-wise strategy reads: length (ties count, as "pick the
    // longest" splits them), words shared with the other options, words shared with the stem.
    let miss =
      rankMiss(lengths, target, true) +
      rankMiss(sharedWords, target, true) +
      rankMiss(
        forms.map((f) => f.stemWords),
        target,
        false
      )
    if (lengths.some((_, i) => standsOut(lengths, i))) miss += 10
    if (keyOddForm(forms)) miss += 10
    if (miss < bestMiss) {
      bestMiss = miss
      best = []
    }
    if (miss === bestMiss) best.push({ pick, miss })
  }
  const chosen = rng.pick(best).pick
  return all.map((c, i) => ({
    text: c.texts[chosen[i] as number] as string,
    code: c.code,
    correct: i === 0,
    rationale: c.rationale
  }))
}
