// The "which medicine is the trigger?" item shared by several trigger templates: the options are
// bare generic names (one form for key and distractors), every option drug is on the stem's list,
// and the distractors are picked so the key's length rank is uniform. Each template writes its own
// situation, timeline and explanation; this module only does the option mechanics and the list.
import type { Rng } from '../../rng'
import type { OptionDraft } from '../types'
import { byLengthRank, toOptions } from './choices'
import { isMaleOnly } from './meds'
import { cap, join } from './people'

const GROUPS: readonly (readonly string[])[] = [
  ['hydrochlorothiazide', 'chlorthalidone'],
  ['lisinopril', 'enalapril', 'losartan'],
  ['atorvastatin', 'rosuvastatin'],
  ['tamsulosin', 'finasteride'],
  ['gabapentin', 'pregabalin']
]

export interface ListedDrug {
  generic: string
  /** As printed in the list, e.g. "lisinopril 10 mg once daily for hypertension". */
  line: string
  /** The option's own reason (without the Correct/Incorrect prefix). */
  why: string
  /** The strength as listed (e.g. "4 mg"), shown with the name so option lengths vary with the
   * regimen rather than with how long the key's generic name happens to be. */
  dose?: string
}

/** "4 mg" from "4 mg three times daily", "100 micrograms" from "100 micrograms every morning". */
export function doseOf(regimen: string): string | undefined {
  return /^\d+(\.\d+)?\s?(mg|micrograms|units|g)\b/.exec(regimen)?.[0]
}

/** "4 mg three times daily" from "4 mg three times daily in the pollen season": the strength and
 * how often, without the words that carry the story's timing (a season, a journey, a cycle, a
 * dialysis day, a course length), which would repeat the stem's clue inside an option. */
export function scheduleOf(regimen: string): string {
  return regimen
    .replace(' extended-release', '')
    .replace(/,.*$/, '')
    .replace(/\s\(.*\)$/, '')
    .replace(
      /\s(in the pollen season|during .*|for \d+ days.*|on .*|after .*|before meals|with .*|the evening before.*|and once more as needed)$/,
      ''
    )
    .trim()
}

/**
 * Picks `count` distractor generics from a context pool, by length rank of the option text
 * (`textOf`, name plus strength) against the key's option text.
 */
export function pickDistractorDrugs(
  rng: Rng,
  key: string,
  pool: readonly string[],
  count: number,
  sex: 'f' | 'm',
  textOf: (generic: string) => string = cap,
  required: string | readonly string[] | null = null,
  /** A fixed number of distractors longer than the key (a target rank drawn by the caller);
   * drawn here when absent. */
  want?: number
): string[] {
  const must = (required === null ? [] : typeof required === 'string' ? [required] : required)
    .filter((g) => g !== key && (sex === 'm' || !isMaleOnly(g)))
    .slice(0, count)
  const usable = [...new Set(pool)].filter(
    (g) => g !== key && !must.includes(g) && (sex === 'm' || !isMaleOnly(g))
  )
  // One drug per therapeutic group, so a list never holds two thiazides, an ACE inhibitor with an
  // angiotensin receptor blocker, or two statins (the group member is chosen at random).
  const kept = rng.shuffle(usable).filter((g, i, all) => {
    const group = GROUPS.find((gr) => gr.includes(g))
    return !group || all.findIndex((x) => group.includes(x)) === i
  })
  const ordered = usable.filter((g) => kept.includes(g))
  if (must.length === 0) {
    return byLengthRank(
      rng,
      textOf(key).length,
      ordered,
      count,
      (g) => textOf(g).length,
      want === undefined ? undefined : () => want
    )
  }
  // Drugs that must be listed (the safe drug started in the culprit's window, a centrally acting
  // non-aggravator): each takes one place, and the rest are picked by length rank, so the key's
  // rank stays close to uniform.
  const rest = ordered.filter(
    (g) => !must.some((m) => GROUPS.find((gr) => gr.includes(m))?.includes(g))
  )
  // The number of longer options is drawn over the free places; the required drugs' own sides are
  // subtracted, so the key's length rank stays close to uniform with them included.
  const keyLength = textOf(key).length
  const reqLonger = must.filter((m) => textOf(m).length > keyLength).length
  const free = count - must.length
  const picked =
    free > 0
      ? byLengthRank(
          rng,
          keyLength,
          rest,
          free,
          (g) => textOf(g).length,
          (w) => Math.max(0, Math.min(free, (want ?? w) - reqLonger)),
          // Drawn over every place, so the fixed drugs do not push the key towards one end.
          count
        )
      : []
  return [...picked, ...must]
}

export function drugOptions(key: ListedDrug, others: readonly ListedDrug[]): OptionDraft[] {
  return toOptions(
    { code: key.generic, text: optionText(key), why: key.why },
    others.map((o) => ({ code: o.generic, text: optionText(o), why: o.why }))
  )
}

function optionText(d: ListedDrug): string {
  return d.dose ? `${cap(d.generic)} ${d.dose}` : cap(d.generic)
}

/** The list in alphabetical order, so the key's place in it carries no information. */
export function listText(drugs: readonly ListedDrug[]): string {
  return join([...drugs].sort((a, b) => a.generic.localeCompare(b.generic)).map((d) => d.line))
}
