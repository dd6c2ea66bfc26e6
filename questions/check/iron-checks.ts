// Iron gate: the key of every iron item is recomputed from its facts by the independent rule in
// iron-rule.ts (written from the brief alone, sharing no code with the templates).
import type { IronCode, Item } from '../item'
import { recomputeIronCode, type IronFacts } from './iron-rule'
import { problem, type Problem } from './types'

export const IRON_CODES: readonly IronCode[] = [
  'iron-indicated',
  'iv-iron-only',
  'iron-not-indicated',
  'treat-and-investigate-source'
]
/** Wrong options an iron item may add (never a key): delaying the decision to repeat the tests,
 * and (after a failed oral course) taking the tablets more often instead of seeking the source;
 * daily oral iron as the wrong route where IV iron is keyed (inflammation, or the 76–100 band); a
 * dopamine agonist before iron, the foil where either route of iron is keyed; and, at the recheck
 * after oral iron, holding iron back for a source search (or, once it is done, stopping the tablets
 * for an iron-rich diet), or keeping it and adding pramipexole. */
export const IRON_DISTRACTOR_CODES: readonly string[] = [
  'repeat-before-deciding',
  'double-oral-dose',
  'oral-iron-daily',
  'agonist-before-iron',
  'hold-for-search',
  'iron-plus-agonist',
  // The recheck's foil where the source search was already done: stop the tablets for food.
  'diet-instead',
  // Read 23: the recheck's crossed foils — more tablets with the search (anaemia arm), and the
  // iron stopped for pramipexole (still-low arm).
  'double-and-investigate',
  'agonist-instead',
  // secondary-context's iron-deficiency anaemia arm (read 9, P2/P6: its own foils, each a plan
  // that contradicts "replace iron and find the source"): IV iron without the search, a
  // transfusion, diet alone, a drug for the legs first.
  'iv-iron-no-search',
  'transfuse-first',
  'diet-and-recheck',
  'rls-drug-first'
]
const CODES = new Set<string>([...IRON_CODES, ...IRON_DISTRACTOR_CODES])

export function isIronItem(item: Item): boolean {
  return item.options.some((o) => CODES.has(o.code))
}

export function checkIronKey(item: Item): Problem[] {
  if (!isIronItem(item)) return []
  const out: Problem[] = []
  const p = (message: string) => out.push(problem('iron-key', message, item.id, item.template))
  for (const o of item.options)
    if (!CODES.has(o.code)) p(`option ${o.id} code ${o.code} is not an iron code`)
  const key = item.options.find((o) => o.correct)?.code
  const facts = item.facts as Partial<IronFacts>
  if (
    !facts.labs ||
    typeof facts.labs.ferritinNgMl !== 'number' ||
    typeof facts.labs.tsatPercent !== 'number'
  ) {
    p('facts.labs { ferritinNgMl, tsatPercent } missing')
    return out
  }
  if (facts.population !== 'adult')
    p(`population ${String(facts.population)} (iron items are adult-only)`)
  if (facts.dialysis !== false) p('dialysis must be false in an adult-threshold iron item')
  try {
    const expected = recomputeIronCode(facts as IronFacts)
    if (expected !== key) p(`keyed ${key}, the rule gives ${expected}`)
  } catch (e) {
    p(`rule refused the facts: ${(e as Error).message}`)
  }
  return out
}
