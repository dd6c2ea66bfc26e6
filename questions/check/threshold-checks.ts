// Lab values keep their distance from the decision thresholds (brief §3), and nothing keys a
// route or an indication where the guidelines disagree (ferritin >100 ng/mL with TSAT <20%).
// Written from the brief, independently of the templates' own value pickers.
import type { Item } from '../item'
import { IRON_CODES } from './iron-checks'
import { inDisagreementZone } from './iron-rule'
import { problem, type Problem } from './types'

interface LabFacts {
  labs?: { ferritinNgMl?: unknown; tsatPercent?: unknown }
  /** Background iron studies in a drug item's vignette. */
  ironStudies?: { ferritinNgMl?: unknown; tsatPercent?: unknown }
  population?: string
  dialysis?: boolean
  /** Set by an item that is explicitly about a borderline value (and whose key says so). */
  borderline?: boolean
}

/** The cut-offs each population's decisions turn on, with the distance a value must keep. */
function cutsFor(f: LabFacts): { ferritin: number[]; tsat: number[] } {
  if (f.dialysis) return { ferritin: [200], tsat: [20] } // renal protocols (brief §3)
  if (f.population === 'child') return { ferritin: [50], tsat: [20] }
  // Pregnancy items decide on ferritin alone (oral iron below 75 ng/mL; new-templates branch).
  if (f.population === 'pregnancy') return { ferritin: [75], tsat: [] }
  return { ferritin: [75, 100], tsat: [20, 45] }
}
const FERRITIN_DISTANCE = 5
const TSAT_DISTANCE = 2

const ROUTE_CODES = new Set<string>(IRON_CODES)

export function checkThresholds(item: Item): Problem[] {
  const f = item.facts as LabFacts
  const labs = f.labs ?? f.ironStudies
  const ferritin = labs?.ferritinNgMl
  const tsat = labs?.tsatPercent
  if (typeof ferritin !== 'number' || typeof tsat !== 'number') return []
  const out: Problem[] = []
  const cuts = cutsFor(f)
  if (!f.borderline) {
    for (const c of cuts.ferritin)
      if (Math.abs(ferritin - c) < FERRITIN_DISTANCE)
        out.push(
          problem(
            'threshold',
            `ferritin ${ferritin} is within ${FERRITIN_DISTANCE} of ${c}`,
            item.id,
            item.template
          )
        )
    for (const c of cuts.tsat)
      if (Math.abs(tsat - c) < TSAT_DISTANCE)
        out.push(
          problem(
            'threshold',
            `TSAT ${tsat}% is within ${TSAT_DISTANCE} points of ${c}%`,
            item.id,
            item.template
          )
        )
  }
  const key = item.options.find((o) => o.correct)?.code ?? ''
  if (
    f.population !== 'child' &&
    !f.dialysis &&
    inDisagreementZone({ ferritinNgMl: ferritin, tsatPercent: tsat }) &&
    ROUTE_CODES.has(key)
  ) {
    out.push(
      problem(
        'disagreement-zone',
        `keys ${key} at ferritin ${ferritin} with TSAT ${tsat}% (guidelines disagree)`,
        item.id,
        item.template
      )
    )
  }
  return out
}
