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
  exclude: readonly string[] = []
): { opts: string[]; form: number; texts: Record<string, string> } {
  const want = rng.int(0, count + fixed.length)
  const combos = Object.values(forms).reduce((n, ws) => n * ws.length, 1)
  const foils = Object.keys(texts).filter(
    (c) => c !== key && !fixed.includes(c) && !exclude.includes(c)
  )
  let best: { miss: number; form: number; opts: string[] } | null = null
  for (const form of rng.shuffle(Array.from({ length: combos }, (_, i) => i))) {
    const t = textsWithForms(texts, forms, form)
    const len = (c: string) => (t[c] ?? '').length
    const k = len(key)
    const fixedLonger = fixed.filter((c) => len(c) > k).length
    const picked = byLengthRank(rng, k, foils, count, len, () =>
      Math.max(0, Math.min(count, want - fixedLonger))
    )
    const others = [...fixed, ...picked]
    const miss =
      Math.abs(others.filter((c) => len(c) > k).length - want) +
      others.filter((c) => len(c) === k).length
    if (!best || miss < best.miss) best = { miss, form, opts: others }
    if (miss === 0) break
  }
  const chosen = best as { miss: number; form: number; opts: string[] }
  return { opts: chosen.opts, form: chosen.form, texts: textsWithForms(texts, forms, chosen.form) }
}

/** How far a key and its distractors (by length) are from the key's drawn length rank `want`
 * (options longer than the key): the rank error, plus each distractor as long as the key (a tie
 * splits the longest or shortest credit) and each extra option at the longest or the shortest
 * length (two options tied at an extreme leave fewer in the middle, which the middle-length
 * strategy reads: 2.18.3, +6.9 over chance in one arm). 0 = rank reached, no tie a strategy reads.
 * drugs/rank-options.ts scores its own pools the same way with `lengthTies`. */
export function lengthRankMiss(keyLen: number, otherLens: readonly number[], want: number): number {
  const all = [keyLen, ...otherLens]
  const most = Math.max(...all)
  const least = Math.min(...all)
  const count = (l: number): number => all.filter((x) => x === l).length
  const longer = otherLens.filter((l) => l > keyLen).length
  const tiedWithKey = otherLens.filter((l) => l === keyLen).length
  return Math.abs(longer - want) + tiedWithKey + (count(most) - 1) + (count(least) - 1)
}
