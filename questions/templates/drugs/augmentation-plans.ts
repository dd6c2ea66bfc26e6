// The options of augmentation-next-step as a 2 × 2 grid (read 8, 102841 #4). Every option is a
// two-step plan "<iron step>, then <drug step>"; the set holds the right iron step with the right
// drug step (the key), each right step with one wrong one, and both wrong steps together. Each
// option then shares its iron step with exactly one other and its drug step with exactly one
// other, so no option is the point where the others converge: before, two "Check iron, then …"
// plans differing only in "slowly" and "at once" gave the key away. The taper-versus-stop
// contrast is carried by time frames ("over a month or more" / "within 2 days"), never by a hedge
// or an absolute, and no form uses a word from either register. Not "over weeks": the stem's
// "helped for only a few weeks" made "weeks" a word the key alone shared with it.
import type { Choice } from '../parallel'

export type IronState = 'unknown' | 'low' | 'replete'
/** check: measure (or, beside a recent result, re-measure) iron; treat: replace it; keep: leave it. */
export type IronStep = 'check' | 'treat' | 'keep'
export type DrugStep =
  'switch' | 'stop-now' | 'raise-dose' | 'add-dopaminergic' | 'add-antihistamine'

export const KEY_IRON: Record<IronState, IronStep> = {
  unknown: 'check',
  low: 'treat',
  replete: 'keep'
}
/** The wrong iron steps each state can offer. Replete always offers the habitual recheck (read 7,
 * P7: "check iron" was right wherever it was offered). */
export const WRONG_IRON: Record<IronState, readonly IronStep[]> = {
  unknown: ['treat', 'keep'],
  low: ['check', 'keep'],
  replete: ['check']
}
export const WRONG_DRUG: readonly DrugStep[] = [
  'stop-now',
  'raise-dose',
  'add-dopaminergic',
  'add-antihistamine'
]

/** Option codes keep the names earlier tests and stored ids know ("check-iron-switch-alpha2delta"). */
const DRUG_CODE: Record<DrugStep, string> = {
  switch: 'switch-alpha2delta',
  'stop-now': 'stop-now',
  'raise-dose': 'raise-dose',
  'add-dopaminergic': 'add-dopaminergic',
  'add-antihistamine': 'add-antihistamine'
}

export interface PlanFacts {
  state: IronState
  /** The patient's drug as the options name it, and the second dopaminergic drug a foil adds. */
  name: string
  second: string
  ferritin: number
  tsat: number
}

// Two lengths of each iron step and three of each drug step (short, middle, long), for key and
// foils alike, so the search can put the key at any length rank (read 8 draft: with two drug
// forms it sat in the middle in 32%; with three iron forms too it was the one very long option).
function ironForms(step: IronStep, state: IronState): string[] {
  if (step === 'check')
    return state === 'unknown'
      ? ['Check iron studies', 'Check ferritin and TSAT']
      : ['Repeat iron studies', 'Repeat ferritin and TSAT']
  if (step === 'treat') return ['Replace iron', 'Start iron replacement']
  return state === 'unknown'
    ? ['Defer iron studies', 'Leave iron studies for later']
    : ['Leave iron as it is', 'Leave the iron as it is']
}

function drugForms(step: DrugStep, f: PlanFacts): string[] {
  const { name: n, second } = f
  switch (step) {
    case 'switch':
      return [
        'taper onto gabapentin over a month or more',
        'taper the drug over a month or more onto pregabalin',
        `start pregabalin and taper ${n} over a month or more`
      ]
    case 'stop-now':
      return [
        'stop it within 2 days onto gabapentin',
        'stop the drug within 2 days and start pregabalin',
        `start pregabalin at night and stop ${n} within 2 days`
      ]
    case 'raise-dose':
      return [
        'raise the current dose',
        'raise the dose and review in a month',
        `raise the ${n} dose at night and review in 4 weeks`
      ]
    case 'add-dopaminergic':
      return [
        `add ${second} after lunch`,
        `add ${second} for the afternoons`,
        `keep ${n} and add ${second} in the early afternoon`
      ]
    case 'add-antihistamine':
      return [
        'add diphenhydramine at night',
        'add diphenhydramine at night for sleep',
        `keep ${n} and add diphenhydramine at night for sleep`
      ]
  }
}

/** Why an iron step is right or wrong in this state (a clause, lower case). */
function ironWhy(step: IronStep, f: PlanFacts): string {
  const { ferritin: fer, tsat } = f
  if (f.state === 'unknown')
    return step === 'check'
      ? 'iron deficiency is a reversible contributor to augmentation, so ferritin and TSAT are measured first'
      : step === 'treat'
        ? 'iron status is not known here, so it is measured before it is treated'
        : 'iron status is not known, and low iron feeds augmentation, so it is measured now rather than later'
  if (f.state === 'low')
    return step === 'treat'
      ? `ferritin ${fer} ng/mL meets the threshold for iron therapy and low iron feeds augmentation, so it is treated`
      : step === 'check'
        ? `iron was checked two weeks ago and is low (ferritin ${fer} ng/mL), so it needs treating now rather than measuring again`
        : `ferritin ${fer} ng/mL meets the threshold for iron therapy, and leaving it untreated misses a reversible contributor to augmentation`
  return step === 'keep'
    ? `ferritin ${fer} ng/mL with TSAT ${tsat}% is above the thresholds for iron therapy, so the iron needs nothing`
    : `iron was checked two weeks ago and is replete (ferritin ${fer} ng/mL, TSAT ${tsat}%), so checking it again only delays the switch`
}

const DRUG_WHY: Record<DrugStep, string> = {
  switch:
    'moving gradually to an α2δ ligand, first-line and free of augmentation, treats the cause, and the taper runs over weeks because a quick stop brings a rebound',
  'stop-now':
    'stopping a dopaminergic drug within days after years of use brings a marked rebound; it is tapered over weeks while an α2δ ligand is introduced',
  'raise-dose':
    'escalating the dopaminergic dose drives augmentation; it buys brief relief and then makes the problem worse',
  'add-dopaminergic':
    'a second dopaminergic drug feeds the same process; the AASM 2024 guideline suggests against standard use of dopaminergic drugs because of augmentation',
  'add-antihistamine':
    'diphenhydramine is a sedating first-generation antihistamine and itself a recognised RLS aggravator, and the augmentation goes on'
}

function rationale(iron: IronStep, drug: DrugStep, f: PlanFacts): string {
  const ironRight = iron === KEY_IRON[f.state]
  const drugRight = drug === 'switch'
  if (ironRight && drugRight) return `Correct: ${ironWhy(iron, f)}; ${DRUG_WHY.switch}.`
  if (ironRight) return `Incorrect: the iron step is right, but ${DRUG_WHY[drug]}.`
  if (drugRight)
    return `Incorrect: the gradual move to an α2δ ligand is right, but ${ironWhy(iron, f)}.`
  return `Incorrect: ${ironWhy(iron, f)}; and ${DRUG_WHY[drug]}.`
}

/** One cell of the grid: every phrasing of its iron step joined to every phrasing of its drug step. */
export function plan(iron: IronStep, drug: DrugStep, f: PlanFacts): Choice {
  const texts = ironForms(iron, f.state).flatMap((i) =>
    drugForms(drug, f).map((d) => `${i}, then ${d}`)
  )
  return { code: `${iron}-iron-${DRUG_CODE[drug]}`, texts, rationale: rationale(iron, drug, f) }
}

/** The key and the three foils of the grid for a drawn wrong iron step and wrong drug step. */
export function planGrid(
  f: PlanFacts,
  wrongIron: IronStep,
  wrongDrug: DrugStep
): { key: Choice; foils: Choice[] } {
  const right = KEY_IRON[f.state]
  return {
    key: plan(right, 'switch', f),
    foils: [plan(right, wrongDrug, f), plan(wrongIron, 'switch', f), plan(wrongIron, wrongDrug, f)]
  }
}
