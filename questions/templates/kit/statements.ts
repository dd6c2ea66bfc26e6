// Statement options written once per template as a pool of parallel texts (same grammatical
// shape, similar length, no hedge or absolute that only the key carries). Which statement is the
// key depends on the case ("arm"), so every template keys at least two codes and the careful
// statement is not always the right one. Distractors are picked by length rank against the key.
import { textCredit, type StrategyId } from '../../check/cue-checks'
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

/** One wording family of a code → wordings table (three wordings per code, one family drawn per
 * item so every option of the item is worded alike); a code with fewer wordings uses its first. */
export function wordingFamily(
  wordings: Readonly<Record<string, readonly string[]>>,
  family: number
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(wordings).map(([code, ws]) => [code, ws[family] ?? ws[0] ?? ''])
  )
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

/** Texts with the chosen wordings: `form` indexes the product of `forms`' wordings (mixed radix
 * in key order), so an item's text is a pure function of its params. */
export function textsWithForms(
  texts: Record<string, string>,
  forms: Record<string, readonly string[]>,
  form: number
): Record<string, string> {
  const out = { ...texts }
  let rest = form
  for (const [code, ws] of Object.entries(forms)) {
    out[code] = ws[rest % ws.length] as string
    rest = Math.floor(rest / ws.length)
  }
  return out
}

/** How much a strategy's shortfall from its draw weighs against one step of length-rank error:
 * at 1 the pregnancy iron arm's key still shared the most words (+6.8), at 2 the length
 * strategies rose past +5 (2.18.6). */
const CUE_WEIGHT = 1.5

/**
 * Opt-in (read 6, middle-length): a target length rank by lot for the key, then the wordings of
 * the codes in `forms` (the key's and the always-offered rivals') and `count` foils from `texts`
 * that reach it. Without this, a rival key that is always offered sits on one side of the key and
 * the key cannot reach an extreme, so it settles in the middle of the length order.
 */
export function rankedStatements(
  rng: Rng,
  key: string,
  fixed: readonly string[],
  texts: Record<string, string>,
  forms: Record<string, readonly string[]>,
  count: number,
  exclude: readonly string[] = [],
  balance: readonly StrategyId[] = []
): { opts: string[]; form: number; texts: Record<string, string> } {
  const want = rng.int(0, count + fixed.length)
  // `balance` (2.18.6): for each strategy named, whether the key should be that strategy's pick
  // is drawn by lot (one item in n), so the strategy scores chance; a set that departs from the
  // draw adds to the miss like a length-rank error.
  const keyMayLead = balance.map((s) => [s, rng.int(0, count + fixed.length) === 0] as const)
  const combos = Object.values(forms).reduce((n, ws) => n * ws.length, 1)
  const foils = Object.keys(texts).filter(
    (c) => c !== key && !fixed.includes(c) && !exclude.includes(c)
  )
  let best: { miss: number; form: number; opts: string[] } | null = null
  search: for (const form of rng.shuffle(Array.from({ length: combos }, (_, i) => i))) {
    const t = textsWithForms(texts, forms, form)
    const len = (c: string) => (t[c] ?? '').length
    const k = len(key)
    const fixedLonger = fixed.filter((c) => len(c) > k).length
    // With strategies to balance, a few foil draws per wording (one draw gives too few sets).
    for (let draw = 0; draw < (balance.length > 0 ? 4 : 1); draw++) {
      const picked = byLengthRank(rng, k, foils, count, len, () =>
        Math.max(0, Math.min(count, want - fixedLonger))
      )
      const others = [...fixed, ...picked]
      const shown = [key, ...others].map((c) => t[c] ?? '')
      // A shortfall from the drawn outcome: 1 − credit where the key may lead, credit where not
      // (a set where every option ties costs 1/n either way, which is what a blind pick earns).
      const cueMiss = keyMayLead.reduce((n, [s, lead]) => {
        const credit = textCredit(shown, s)
        return n + CUE_WEIGHT * (lead ? 1 - credit : credit)
      }, 0)
      const miss =
        Math.abs(others.filter((c) => len(c) > k).length - want) +
        others.filter((c) => len(c) === k).length +
        cueMiss
      if (!best || miss < best.miss) best = { miss, form, opts: others }
      if (miss === 0) break search
    }
  }
  const chosen = best as { miss: number; form: number; opts: string[] }
  return { opts: chosen.opts, form: chosen.form, texts: textsWithForms(texts, forms, chosen.form) }
}

/** How far a key and its distractors (by length) are from the key's drawn length rank `want`
 * (options longer than the key): the rank error, plus each distractor as long as the key (a tie
 * splits the longest or shortest credit) and each extra option at the longest or the shortest
 * length (two options tied at an extreme leave fewer in the middle, which the middle-length
 * strategy reads: 2.18.3, +6.9 over chance in one arm). 0 = rank reached, no tie a strategy reads.
 * drugs/rank-options.ts scores ties for its pools with `lengthTies` (pairs, not counts), and
 * rankedStatements below still counts only the rank error and ties with the key. */
export function lengthRankMiss(keyLen: number, otherLens: readonly number[], want: number): number {
  const all = [keyLen, ...otherLens]
  const most = Math.max(...all)
  const least = Math.min(...all)
  const count = (l: number): number => all.filter((x) => x === l).length
  const longer = otherLens.filter((l) => l > keyLen).length
  const tiedWithKey = otherLens.filter((l) => l === keyLen).length
  return Math.abs(longer - want) + tiedWithKey + (count(most) - 1) + (count(least) - 1)
}
