// The "which medicine is the trigger?" item shared by several trigger templates: the options are
// bare generic names (one form for key and distractors), every option drug is on the stem's list,
// and the distractors are picked so the key's length rank is uniform. Each template writes its own
// situation, timeline and explanation; this module only does the option mechanics and the list.
import type { Rng } from '../../rng'
import type { OptionDraft } from '../types'
import { byLengthRank, toOptions } from './choices'
import { isMaleOnly } from './meds'
import { cap } from './people'

export interface ListedDrug {
  generic: string
  /** As printed in the list, e.g. "lisinopril 10 mg once daily for hypertension". */
  line: string
  /** The option's own reason (without the Correct/Incorrect prefix). */
  why: string
}

/** Picks `count` distractor generics from a context pool, by length rank against the key. */
export function pickDistractorDrugs(
  rng: Rng,
  key: string,
  pool: readonly string[],
  count: number,
  sex: 'f' | 'm'
): string[] {
  const usable = [...new Set(pool)].filter((g) => g !== key && (sex === 'm' || !isMaleOnly(g)))
  return byLengthRank(rng, key.length, usable, count, (g) => g.length)
}

export function drugOptions(key: ListedDrug, others: readonly ListedDrug[]): OptionDraft[] {
  return toOptions(
    { code: key.generic, text: cap(key.generic), why: key.why },
    others.map((o) => ({ code: o.generic, text: cap(o.generic), why: o.why }))
  )
}

/** "a, b and c" */
export function join(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

/** The list in alphabetical order, so the key's place in it carries no information. */
export function listText(drugs: readonly ListedDrug[]): string {
  return join([...drugs].sort((a, b) => a.generic.localeCompare(b.generic)).map((d) => d.line))
}
