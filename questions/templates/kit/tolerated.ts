// A long-standing, tolerated drug of an aggravating class for "which medicine is the trigger?"
// lists (read 21, P2). Every other listed drug was cardiometabolic, antibiotic or analgesic, and the
// α2δ ligand was the one other drug acting on the brain, so "the brain-acting drug that is not
// gabapentin" found the key in 17 of 17 drug-list items without any RLS knowledge. With an SSRI,
// SNRI or mirtazapine taken at one dose for years beside the culprit, the learner needs the class
// (which drugs can aggravate RLS) and the timeline (which one changed before the legs did).
//
// Clinical decision (recorded in docs/question-bank.md): the brief's §2 timeline rule makes the
// newly started drug the most likely culprit when the other aggravator has been taken unchanged for
// years while the legs were as before; the rationale says the older drug can aggravate RLS too and
// names the timeline that makes it the less likely one, so no fair appeal is left.
import { createRng } from '../../rng'
import { TRIGGER_CLASSES, classOf, fitsPatient } from './meds'
import { cap, type Sex } from './people'

export interface ToleratedUse {
  regimen: string
  indication: string
}

export interface ToleratedSpec {
  /** The share (0–1) of items that list one. */
  share: number
  /** Candidates with the regimens and indications they may be listed with. */
  drugs: Readonly<Record<string, readonly ToleratedUse[]>>
}

/** One tolerated drug as it may be listed. */
export interface ToleratedPick {
  drug: string
  use: ToleratedUse
}

const ANTIDEPRESSANT: ReadonlySet<string> = new Set(['ssri', 'snri', 'mirtazapine'])

/** Fewest years a tolerated drug has been taken: long enough that "unchanged for years" holds. */
export const TOLERATED_MIN_YEARS = 3

/** Standard long-term antidepressant regimens a tolerated drug can be listed with, written short
 * and long so the option search can set the key's length rank around it (which-drug rankForms). */
export const LONG_TERM_ANTIDEPRESSANTS: Readonly<Record<string, readonly ToleratedUse[]>> = {
  sertraline: [
    { regimen: '100 mg once daily', indication: 'depression' },
    { regimen: '50 mg once daily in the morning', indication: 'depression' }
  ],
  citalopram: [
    { regimen: '20 mg once daily', indication: 'panic disorder' },
    { regimen: '20 mg once daily with breakfast', indication: 'panic disorder' }
  ],
  escitalopram: [
    { regimen: '10 mg once daily', indication: 'generalised anxiety disorder' },
    { regimen: '10 mg once daily in the morning', indication: 'generalised anxiety disorder' }
  ],
  fluoxetine: [
    { regimen: '20 mg once daily', indication: 'depression' },
    { regimen: '20 mg every morning with breakfast', indication: 'depression' }
  ],
  venlafaxine: [
    { regimen: '75 mg extended-release once daily', indication: 'depression' },
    { regimen: '150 mg extended-release once daily with food', indication: 'depression' }
  ],
  duloxetine: [
    { regimen: '60 mg once daily', indication: 'depression' },
    { regimen: '30 mg twice daily', indication: 'depression' }
  ],
  mirtazapine: [
    { regimen: '15 mg at night', indication: 'depression with poor sleep' },
    { regimen: '30 mg at bedtime', indication: 'depression with poor sleep' }
  ]
}

/**
 * The tolerated drugs one item may list, in a random order from an RNG of its own (seeded by the
 * item's earlier draws, so the item's main draws run as before); [] for the items without one.
 * Never the key's group, and only drugs this patient could be taking; each drug once per regimen.
 * The caller takes the first, or the first whose option text lets the key reach its drawn length
 * rank.
 */
export function toleratedChoices(
  spec: ToleratedSpec | undefined,
  seed: string,
  key: string,
  age: number,
  sex: Sex
): ToleratedPick[] {
  if (!spec) return []
  const rng = createRng(`${seed}|tolerated`)
  if (rng.next() >= spec.share) return []
  // Antidepressants count as one group: an SSRI beside a newly started SNRI is not a list a
  // prescriber would write.
  const group = (g: string) => (ANTIDEPRESSANT.has(classOf(g)) ? 'antidepressant' : classOf(g))
  const pool = Object.keys(spec.drugs).filter(
    (g) => g !== key && group(g) !== group(key) && fitsPatient(g, age, sex)
  )
  return rng.shuffle(pool.flatMap((drug) => (spec.drugs[drug] ?? []).map((use) => ({ drug, use }))))
}

/** Why the tolerated drug is the less likely culprit: its class can aggravate RLS, its timeline
 * does not fit. `{she}` placeholders are filled by the caller. */
export function toleratedWhy(generic: string, years: number, key: string, tail = ''): string {
  const label = TRIGGER_CLASSES[classOf(generic)].label
  const an = /^[aeiou]/i.test(label) || /^(SSRI|SNRI)/.test(label) ? 'an' : 'a'
  return `${cap(generic)} is ${an} ${label} and can aggravate RLS too, but {she} has taken it for ${years} years, and the change in the legs follows ${key}, not it; it is the less likely culprit, though worth reviewing if the legs do not settle.${tail ? ` ${tail}` : ''}`
}

/** One sentence for an explanation when a tolerated drug is listed. */
export function toleratedNote(generic: string, years: number): string {
  return `${cap(generic)} can aggravate RLS as well, but it has been taken for ${years} years, and the timeline points to the newer drug.`
}

/** The long-term antidepressants named, for a setting where only some fit (renal dosing). */
export function longTermAntidepressants(
  ...names: string[]
): Readonly<Record<string, readonly ToleratedUse[]>> {
  return Object.fromEntries(names.map((n) => [n, LONG_TERM_ANTIDEPRESSANTS[n] ?? []]))
}

/** The share of items of an opted-in template that list a tolerated drug. */
export const TOLERATED_SHARE = 0.6

/**
 * The subject of a template's "… are not recognised aggravators" sentence, with the tolerated drug
 * set apart when one is listed ("Apart from sertraline, which can aggravate RLS but has been taken
 * for years, the other medicines"), so the explanation never says no other drug aggravates RLS.
 */
export function otherMedicines(tolerated: string | null, subject = 'the other medicines'): string {
  return tolerated
    ? `Apart from ${tolerated}, which can aggravate RLS but has been taken for years, ${subject}`
    : cap(subject)
}
