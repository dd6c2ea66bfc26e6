// Lone register, item by item (read-through of bank 2.15.0, patterns P1 and P2). The template-level
// lone-cue gate (lone-cues.ts) compares shares, so a template passed while a quarter of its items
// set one measured key among three absolute foils: the examiner answers those items from their
// wording, whatever the rest of the template does. Here each item is judged on its own, by the
// balance of hedges and absolutes in each option (hedges − absolutes, the word lists the
// strategies count):
// - lone-hedged-key: the key is the only option that leans hedged (balance > 0);
// - lone-measured-key: the key is the only option that does not lean absolute (balance ≥ 0 while
//   every foil's balance is < 0): "Deficiency is not excluded; its cause must be sought" among
//   "proves", "excludes" and "of no account".
// - odd-form-key: the key is the only option without a three-word phrase every foil shares ("The
//   duloxetine named in the referral letter" among three "… in the medicine list"), so the key is
//   the odd one out by form (read 9 P3).
// And a foil may not be a partial version of the key (P2): a rationale that grants the foil is
// right but "incomplete" marks an option the key contains ("treat with iron" beside "replace iron
// and trace the cause"), which the inclusive option wins by test-taking alone.
import type { Item } from '../item'
import { ABSOLUTES, HEDGES } from './cue-checks'
import { problem, type Problem } from './types'

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0
}

/** Hedges minus absolutes: > 0 leans qualified, < 0 leans absolute. */
export function registerBalance(text: string): number {
  return count(text, HEDGES) - count(text, ABSOLUTES)
}

export type LoneRegister = 'lone-hedged-key' | 'lone-measured-key'

/** The lone-register cue of a key with this balance among foils with these, or null. The gate
 * and the option searches (templates/parallel.ts) both read this, on balances they hold. */
export function loneRegisterOf(key: number, foils: readonly number[]): LoneRegister | null {
  if (key > 0 && foils.every((b) => b <= 0)) return 'lone-hedged-key'
  if (key >= 0 && foils.every((b) => b < 0)) return 'lone-measured-key'
  return null
}

/** Which lone-register cue the key carries, or null. */
export function loneRegisterOfKey(item: Item): LoneRegister | null {
  const k = item.options.findIndex((o) => o.correct)
  if (k < 0) return null
  const balance = item.options.map((o) => registerBalance(o.text))
  const foils = balance.filter((_, i) => i !== k)
  return loneRegisterOf(balance[k]!, foils)
}

/** A foil rationale that calls the foil partly right: the key then contains it. */
export const PARTIAL_FOIL =
  /^\s*incomplete\b|\bpartly right\b|\bhalf right\b|\bhalf the (?:answer|review)\b/i

/** The word trigrams of a text, lower-case (the odd-form gate and the option search read this). */
export function trigrams(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z0-9'’-]+/g) ?? []
  const out = new Set<string>()
  for (let i = 0; i + 2 < words.length; i++) out.add(words.slice(i, i + 3).join(' '))
  return out
}

/** A trigram every foil's set has and the key's lacks (at least three foils), or null. The
 * option searches call this on trigram sets they computed once per phrasing. */
export function oddFormOfGrams(
  key: ReadonlySet<string>,
  foils: readonly ReadonlySet<string>[]
): string | null {
  if (foils.length < 3) return null
  for (const g of foils[0]!) if (!key.has(g) && foils.every((f) => f.has(g))) return g
  return null
}

/** A three-word phrase every foil has and the key lacks (at least three foils), or null. */
export function oddFormOfTexts(key: string, foils: readonly string[]): string | null {
  return oddFormOfGrams(trigrams(key), foils.map(trigrams))
}

/** The odd-form phrase of an item's key, or null. */
export function oddFormOfKey(item: Item): string | null {
  const key = item.options.find((o) => o.correct)
  if (!key) return null
  return oddFormOfTexts(
    key.text,
    item.options.filter((o) => !o.correct).map((o) => o.text)
  )
}

export function checkLoneRegister(item: Item): Problem[] {
  const out: Problem[] = []
  const odd = oddFormOfKey(item)
  if (odd)
    out.push(
      problem(
        'odd-form-key',
        `every distractor has "${odd}" and the key "${item.options.find((o) => o.correct)!.text}" does not`,
        item.id,
        item.template
      )
    )
  const cue = loneRegisterOfKey(item)
  if (cue) {
    const key = item.options.find((o) => o.correct)!
    out.push(
      problem(
        cue,
        `the key "${key.text}" is the only ${cue === 'lone-hedged-key' ? 'hedged' : 'non-absolute'} option (hedges − absolutes per option: ${item.options.map((o) => `${o.id} ${registerBalance(o.text)}`).join(', ')})`,
        item.id,
        item.template
      )
    )
  }
  for (const o of item.options) {
    if (!o.correct && PARTIAL_FOIL.test(o.rationale))
      out.push(
        problem(
          'partial-foil',
          `distractor ${o.id} "${o.text}" is called partly right ("${o.rationale.slice(0, 60)}…"): the key contains it`,
          item.id,
          item.template
        )
      )
  }
  return out
}
