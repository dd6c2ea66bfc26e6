// Fixed option sets (every option offered in every item of an arm) cannot move the key's length
// rank by choosing distractors, so each option is written in two or more forms of one shape and
// different lengths, and the forms are chosen so the key lands on a length rank drawn by lot
// (issue 13, the middle-length strategy: with one form each the key sat at one rank for good).
import type { Rng } from '../../rng'

/** A digit per code: which form of it an item uses (kept in the params, so text = f(params)). */
export type FormChoice = string

/**
 * Draws a rank 0…n-1 for the key (0 = shortest) and returns, as one digit per code in `codes`
 * order, a combination of forms that puts the key there with no option tying its length and the key never 1.25 times as long as every other. Falls
 * back to the nearest reachable rank. `codes` holds the key and every distractor.
 */
export function formsByRank(
  rng: Rng,
  key: string,
  codes: readonly string[],
  forms: (code: string) => readonly string[]
): FormChoice {
  const counts = codes.map((c) => forms(c).length)
  const combos: number[][] = [[]]
  for (const n of counts) {
    const next: number[][] = []
    for (const c of combos) for (let i = 0; i < n; i++) next.push([...c, i])
    combos.splice(0, combos.length, ...next)
  }
  const k = codes.indexOf(key)
  if (k < 0) throw new Error(`key ${key} is not among the codes`)
  const byRank = new Map<number, number[][]>()
  for (const combo of combos) {
    const lengths = combo.map((f, i) => (forms(codes[i] as string)[f] ?? '').length)
    const keyLength = lengths[k] as number
    if (lengths.some((l, i) => i !== k && l === keyLength)) continue
    // Nor may the key stand out as 1.25 times as long as every other option (the lone-longest cue).
    if (lengths.every((l, i) => i === k || keyLength >= 1.25 * l)) continue
    const rank = lengths.filter((l) => l < keyLength).length
    byRank.set(rank, [...(byRank.get(rank) ?? []), combo])
  }
  const target = rng.int(0, codes.length - 1)
  const reachable = [...byRank.keys()].sort(
    (a, b) => Math.abs(a - target) - Math.abs(b - target) || a - b
  )
  const options = byRank.get(reachable[0] as number)
  if (!options) throw new Error(`no tie-free forms for key ${key}`)
  return rng.pick(options).join('')
}

/** The text of `code` under a form choice made by `formsByRank` over the same `codes`. */
export function formText(
  choice: FormChoice,
  codes: readonly string[],
  code: string,
  forms: (code: string) => readonly string[]
): string {
  const i = codes.indexOf(code)
  const f = Number(choice[i] ?? '0')
  return forms(code)[f] ?? forms(code)[0] ?? code
}
