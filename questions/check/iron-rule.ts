// An independent re-statement of the brief's §3 iron decision rule (AASM 2024; adults with RLS,
// not on dialysis). The quality gates use it to recompute the key of every iron item from the
// item's `facts`, so it is written from the brief alone and shares no code with the templates:
// a slip in a template then shows up as a disagreement instead of being copied into the check.
import type { IronCode } from '../item'

export interface IronFacts {
  labs: { ferritinNgMl: number; tsatPercent: number }
  /** The §3 thresholds are for adults only; children use a different ferritin cut-off. */
  population: 'adult' | 'child'
  /** ESRD on dialysis follows renal iron rules, not the adult RLS thresholds. */
  dialysis: boolean
  /** Active inflammation or CKD (not on dialysis): oral iron is poorly absorbed, so IV iron is
   * the route that fits when iron is indicated and ferritin is ≤100 ng/mL (IRLSSG 2018). */
  inflammation?: boolean
  /** Blood count, when the vignette reports one. */
  anaemia?: { haemoglobinGdL: number; mcvFl: number; sex: 'female' | 'male' }
}

// WHO haemoglobin cut-offs for anaemia in non-pregnant adults (g/dL).
const HB_ANAEMIA_BELOW = { female: 12, male: 13 } as const
// Ferritin below which anaemia is attributed to iron deficiency (AGA, brief §3: <45 ng/mL).
const IDA_FERRITIN_BELOW = 45
const TSAT_LOW_BELOW = 20
const FERRITIN_ORAL_OR_IV_MAX = 75
const FERRITIN_IV_ONLY_MAX = 100
// IRLSSG 2018 / Silber 2021: no iron when TSAT is 45% or more, whatever the ferritin.
const TSAT_CEILING = 45

/** Ferritin >100 with TSAT <20%: AASM 2024 qualifies it on TSAT, IRLSSG 2018 and Silber 2021 do
 * not. No item may key a route or an indication here (brief §3). */
export function inDisagreementZone(labs: IronFacts['labs']): boolean {
  return labs.ferritinNgMl > FERRITIN_IV_ONLY_MAX && labs.tsatPercent < TSAT_LOW_BELOW
}

/** True when the count shows anaemia and the iron studies show it is iron-deficient. */
export function isFrankIronDeficiencyAnaemia(facts: IronFacts): boolean {
  const a = facts.anaemia
  if (!a) return false
  const anaemic = a.haemoglobinGdL < HB_ANAEMIA_BELOW[a.sex]
  return (
    anaemic &&
    facts.labs.ferritinNgMl < IDA_FERRITIN_BELOW &&
    facts.labs.tsatPercent < TSAT_LOW_BELOW
  )
}

export function recomputeIronCode(facts: IronFacts): IronCode {
  if (facts.population !== 'adult') {
    throw new Error('iron rule: the adult thresholds do not apply to children')
  }
  if (facts.dialysis) {
    throw new Error('iron rule: patients on dialysis follow renal iron rules, not this one')
  }
  const { ferritinNgMl: ferritin, tsatPercent: tsat } = facts.labs
  if (!Number.isFinite(ferritin) || !Number.isFinite(tsat) || ferritin < 0 || tsat < 0) {
    throw new Error('iron rule: ferritin and TSAT must be non-negative numbers')
  }
  // Anaemia first: it changes the task from "give iron for RLS" to "find out why iron is lost".
  if (isFrankIronDeficiencyAnaemia(facts)) return 'treat-and-investigate-source'
  if (tsat >= TSAT_CEILING) return 'iron-not-indicated'
  if (inDisagreementZone(facts.labs)) {
    throw new Error('iron rule: ferritin >100 with TSAT <20% is where guidelines disagree')
  }
  if (facts.inflammation && ferritin <= FERRITIN_IV_ONLY_MAX) return 'iv-iron-only'
  if (ferritin <= FERRITIN_ORAL_OR_IV_MAX || tsat < TSAT_LOW_BELOW) return 'iron-indicated'
  if (ferritin <= FERRITIN_IV_ONLY_MAX) return 'iv-iron-only'
  return 'iron-not-indicated'
}
