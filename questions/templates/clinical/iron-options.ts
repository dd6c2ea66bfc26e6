// The four iron decisions of brief §3 as answer options, with a rationale for each written from
// the actual numbers in the vignette. Shared by families 6–9 so every iron item states the rule
// the same way; which option is correct is decided by the caller's `key`.
import type { IronCode } from '../../item'
import type { OptionDraft } from '../types'

export interface IronCase {
  ferritin: number
  tsat: number
  /** Haemoglobin (g/dL) and MCV (fL) as printed in the stem. */
  hb: string
  mcv: number
  anaemic: boolean
  /** The lab marked the ferritin as within its reference range. */
  flaggedNormal?: boolean
  /** The vignette has inflammation or CKD, which raises ferritin. */
  inflamed?: boolean
}

export const IRON_OPTION_TEXT: Record<IronCode, string> = {
  'iron-indicated': 'Iron therapy is indicated for the RLS (oral or IV)',
  'iv-iron-only':
    'Only IV iron is indicated; oral iron is not expected to help at this ferritin level',
  'iron-not-indicated': 'Iron therapy is not indicated; manage the RLS by other means',
  'treat-and-investigate-source':
    'Treat as iron-deficiency anaemia and investigate the source of iron loss'
}

export const IRON_CODES: readonly IronCode[] = [
  'iron-indicated',
  'iv-iron-only',
  'iron-not-indicated',
  'treat-and-investigate-source'
]

function whyQualifies(c: IronCase): string {
  const parts: string[] = []
  if (c.ferritin <= 75) parts.push(`ferritin ${c.ferritin} ng/mL is at or below 75`)
  if (c.tsat < 20) parts.push(`TSAT ${c.tsat}% is below 20%`)
  return parts.join(' and ')
}

function rationale(code: IronCode, key: IronCode, c: IronCase): string {
  const f = c.ferritin
  const t = c.tsat
  const count = `Hb ${c.hb} g/dL and MCV ${c.mcv} fL`
  const idaLabs = `Hb ${c.hb} g/dL, MCV ${c.mcv} fL and ferritin ${f} ng/mL`
  if (code === key) {
    switch (code) {
      case 'iron-indicated':
        return (
          `Correct: ${whyQualifies(c)}, which meets the AASM threshold for iron therapy in adults ` +
          `with RLS; oral iron or IV iron (e.g. ferric carboxymaltose) may be used.` +
          (c.flaggedNormal ? ' A result inside the laboratory range does not change this.' : '') +
          (c.inflamed && f > 75
            ? ' Ferritin is an acute-phase reactant, so TSAT decides here.'
            : '')
        )
      case 'iv-iron-only':
        return `Correct: ferritin ${f} ng/mL lies between 76 and 100 with TSAT ${t}% (≥20%). In this band the guideline suggests IV iron only, because oral iron is unlikely to help when stores are this high.`
      case 'iron-not-indicated':
        return `Correct: ferritin ${f} ng/mL is above 100 and TSAT ${t}% is at least 20%, so neither iron threshold is met. Look instead at medications, sleep and other treatment options.`
      case 'treat-and-investigate-source':
        return `Correct: Hb ${c.hb} g/dL, MCV ${c.mcv} fL, ferritin ${f} ng/mL and TSAT ${t}% add up to frank iron-deficiency anaemia. Iron replacement is needed, and so is a search for the cause of iron loss (GI evaluation unless another source is obvious).`
    }
  }
  if (key === 'treat-and-investigate-source' && code !== 'treat-and-investigate-source') {
    if (code === 'iron-indicated')
      return `Incomplete: iron is needed, but ${idaLabs} add up to frank iron-deficiency anaemia in an adult, and stopping at RLS-directed iron misses the search for where the iron is being lost.`
    if (code === 'iv-iron-only')
      return `Incorrect: the IV-only band is for ferritin 76–100 ng/mL with TSAT ≥20%; with ferritin ${f} ng/mL and TSAT ${t}%, oral or IV iron can both work, and the anaemia also calls for a search for the source of loss.`
    return `Incorrect: ${idaLabs} mean iron-deficiency anaemia, which needs iron replacement and a search for the source, not a decision made on the RLS thresholds alone.`
  }
  switch (code) {
    case 'treat-and-investigate-source':
      return `Incorrect: ${count} are normal, so there is no anaemia; the question is whether iron is indicated for the RLS, and that follows the ferritin and TSAT thresholds.`
    case 'iron-indicated':
      return f <= 100
        ? `Incorrect: ferritin ${f} ng/mL is above 75 and TSAT ${t}% is at least 20%, so the threshold for oral or IV iron is not met; only the IV option applies in the 76–100 band.`
        : `Incorrect: ferritin ${f} ng/mL is above 100 and TSAT ${t}% is at least 20%, so neither threshold for iron therapy is met.`
    case 'iv-iron-only':
      if (key === 'iron-not-indicated')
        return `Incorrect: the IV-only band ends at a ferritin of 100 ng/mL; at ${f} ng/mL with TSAT ${t}% iron is not indicated.`
      return f <= 75
        ? `Incorrect: ferritin ${f} ng/mL is at or below 75, so oral iron is a valid option too; IV-only applies to ferritin 76–100 with TSAT ≥20%.`
        : `Incorrect: TSAT ${t}% is below 20%, which qualifies for oral or IV iron whatever the ferritin; the IV-only band requires TSAT ≥20%.`
    case 'iron-not-indicated':
      if (key === 'iv-iron-only')
        return `Incorrect: ferritin ${f} ng/mL is not above 100, so IV iron is still suggested even though TSAT ${t}% is normal.`
      if (f <= 75)
        return (
          `Incorrect: ferritin ${f} ng/mL is at or below 75, which qualifies for iron therapy in RLS` +
          (c.flaggedNormal ? ' even though it sits inside the laboratory reference range.' : '.')
        )
      return c.inflamed
        ? `Incorrect: a ferritin of ${f} ng/mL does not settle it. TSAT ${t}% is below 20%, and ferritin rises with inflammation and CKD, so iron is still indicated.`
        : `Incorrect: a ferritin of ${f} ng/mL does not settle it. TSAT ${t}% is below 20%, which on its own meets the threshold for iron therapy.`
  }
}

/** The four iron options in a fixed order; the generator shuffles them. */
export function ironOptions(key: IronCode, c: IronCase): OptionDraft[] {
  return IRON_CODES.map((code) => ({
    text: IRON_OPTION_TEXT[code],
    code,
    correct: code === key,
    rationale: rationale(code, key, c)
  }))
}
