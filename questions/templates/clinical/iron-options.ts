// The four iron decisions of brief §3 as answer options, with a rationale for each written from
// the actual numbers in the vignette. Shared by families 6–9 so every iron item states the rule
// the same way; which option is correct is decided by the caller's `key`.
import type { IronCode } from '../../item'
import type { Rng } from '../../rng'
import { parallelOptions, type Choice, type ParallelOptions } from '../parallel'

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

/** Below this ferritin the stores are depleted whatever the haemoglobin (brief §3, general guidance). */
export const DEPLETED_FERRITIN = 30

/** The line a ferritin below 30 ng/mL adds: a source search is not only for anaemia. */
export function depletedStoresNote(ferritin: number): string {
  return ferritin < DEPLETED_FERRITIN
    ? ` A ferritin of ${ferritin} ng/mL means depleted stores even without anaemia: ask about menstrual and gastrointestinal blood loss, and investigate men and post-menopausal women as general guidance advises.`
    : ''
}

// How far each value sits from its nearest cut-off (ferritin 75/100, TSAT 20/45).
function gapsFromCuts(c: IronCase): { ferritin: number; tsat: number } {
  return {
    ferritin: Math.min(...[75, 100].map((cut) => Math.abs(c.ferritin - cut))),
    tsat: Math.min(...[20, 45].map((cut) => Math.abs(c.tsat - cut)))
  }
}

/** The value nearest its cut-off, in words ("the TSAT is 3 points from the 20% cut-off"); read 7
 * (P7) found "(ferritin 10 ng/mL from the nearest)" odd to read. */
function nearestGap(c: IronCase): string {
  const g = gapsFromCuts(c)
  const cut = (v: number, cuts: readonly number[]) =>
    cuts.reduce((a, b) => (Math.abs(v - b) < Math.abs(v - a) ? b : a))
  // A TSAT point counts for about as much as 5 ng/mL of ferritin at these margins (brief §3).
  return g.tsat * 5 <= g.ferritin
    ? `the TSAT is ${g.tsat} points from the ${cut(c.tsat, [20, 45])}% cut-off`
    : `the ferritin is ${g.ferritin} ng/mL from the ${cut(c.ferritin, [75, 100])} ng/mL cut-off`
}

/** The general-medicine cut-off for iron deficiency (brief §3: AGA <45 ng/mL; with inflammation a
 * ferritin under 100 is read as deficiency). Below it, or with a TSAT under 20%, a source search
 * can be right without anaemia, so it is never a foil (read 7, P3). */
export const GENERAL_DEFICIENCY_FERRITIN = 45
export const INFLAMED_DEFICIENCY_FERRITIN = 100

/** The one sentence every iron template uses on the general-medicine cut-offs and when to look for
 * a source of loss (read 8, P4). Brief §3: the AGA's <45 ng/mL is for anaemia and the WHO's is
 * <15 µg/L, so neither is stated as "deficiency whatever the blood count". */
export const SOURCE_SEARCH_NOTE =
  'General-medicine cut-offs for iron deficiency are far lower than the RLS thresholds (ferritin below 45 ng/mL with anaemia by the AGA, below 15 µg/L by the WHO), and whether to look for a source of loss depends on age, sex and symptoms.'

/** "Far from every cut-off" only when it is: ferritin 15 ng/mL and TSAT 5 points or more away. */
export function farFromCuts(c: IronCase): boolean {
  const g = gapsFromCuts(c)
  return g.ferritin >= 15 && g.tsat >= 5
}

// Read 18 (F1#22, F2#2): three phrasings read as padded to the length ("Postpone iron till a
// bleed is pinpointed", "Supply ferrous sulfate pills, once daily", "Defer the choice until iron
// is rechecked") and were rewritten in plain words at the same length.
// Three phrasings per decision in clinical register, every one exactly 40 characters, sharing no
// content word with another decision's phrasings but "iron" and carrying no hedge or absolute:
// every knowledge-free strategy ties across the options and so scores chance whatever the key
// (tests/unit/bank/validity.test.ts). The phrasing is drawn per option, so one option set reads
// differently from item to item (read-through pattern 5).
export const IRON_OPTION_TEXTS: Record<IronOptionCode, readonly string[]> = {
  'iron-indicated': [
    'Begin iron treatment by mouth or by vein',
    'Prescribe iron replacement, either route',
    'Treat with iron, orally or intravenously'
  ],
  'iv-iron-only': [
    'Give intravenous iron instead of tablets',
    'Arrange an intravenous iron infusion now',
    'Use parenteral iron, not an oral product'
  ],
  'iron-not-indicated': [
    'Withhold iron; review other contributors',
    'Hold off iron, and address other factors',
    'Do not start iron; look at other factors'
  ],
  'repeat-before-deciding': [
    'Recheck the iron studies before deciding',
    'Repeat these iron tests at a later visit',
    'Repeat both ferritin and TSAT next month'
  ],
  // The clearly wrong foil that stands in for "IV iron" wherever oral or IV iron is keyed (read-
  // through of 2.8.0, P1): a single route is then a defensible answer, not a distractor.
  'agonist-before-iron': [
    'Put iron aside; a dopamine agonist first',
    'Choose a dopamine agonist and leave iron',
    'Use pramipexole first and leave iron out'
  ],
  // The foil that stands in for "either route" where IV only is keyed (read 8, 102841 #14: "orally
  // or intravenously" contained the keyed action).
  'oral-iron-daily': [
    'Ferrous sulfate pills to take once daily',
    'Daily ferrous sulfate pills for 3 months',
    'Ferrous sulfate pills, one every morning'
  ],
  // The foil that stands in for "either route" where frank anaemia is keyed (read 9, P2: "treat
  // with iron, either route" was a subset of "replace iron and find the source", its rationale
  // "Incomplete"). This one holds iron back for the search, so it contradicts the key instead of
  // being part of it (the code the recheck-after-oral template uses for the same error).
  'hold-for-search': [
    'Keep iron back till the bleed is located',
    'Delay iron while the bleed is sought out',
    'Wait on iron until the bleeding is found'
  ],
  // Read 18 (F1#22): beside the frank-anaemia key the dopamine-agonist foil was a throwaway and
  // the key the only plan that did two things. The tempting half-right plan replaces iron and
  // reassesses, without the search for the source.
  'iv-iron-no-search': [
    'Infuse iron and check the Hb in 12 weeks',
    'Correct the anaemia by iron drip for now'
  ],
  'treat-and-investigate-source': [
    'Replace iron and trace the cause of loss',
    'Replace iron, and investigate the source',
    'Restore iron stores, and seek the source'
  ]
}

type IronOptionCode =
  | IronCode
  | 'repeat-before-deciding'
  | 'agonist-before-iron'
  | 'oral-iron-daily'
  | 'hold-for-search'
  | 'iv-iron-no-search'

/** The key's wording where only the TSAT qualifies (ferritin 76–100, TSAT <20%): AASM 2024 allows
 * either route on the TSAT, but IRLSSG 2018 and Silber 2021 limit oral iron to ferritin ≤75, so
 * "either route" is not keyed there (read 7, P4). 40 characters, like the other phrasings. */
export const IV_PREFERRED_TEXTS: readonly string[] = [
  'Begin iron treatment, preferring IV here',
  'Begin iron, the IV route being preferred',
  'Give iron, IV preferred at this ferritin'
]

/** The evidence line for that band: where the two guidelines part (read 7, P4). */
export const IV_PREFERRED_NOTE =
  'At a ferritin of 76–100 ng/mL with TSAT below 20%, AASM 2024 qualifies iron on the TSAT and allows either route, whereas IRLSSG 2018 and Silber 2021 limit oral iron to ferritin ≤75 ng/mL; IV iron satisfies both.'

/** Where either route is right (brief §3: ferritin ≤75 or TSAT <20%, or frank anaemia whose
 * replacement may be oral or IV), "IV iron" is a defensible answer, so it is never a foil there. */
export function eitherRouteKeyed(key: IronCode): boolean {
  return key === 'iron-indicated' || key === 'treat-and-investigate-source'
}

export const IRON_CODES: readonly IronCode[] = [
  'iron-indicated',
  'iv-iron-only',
  'iron-not-indicated',
  'treat-and-investigate-source'
]

/** TSAT below 20% with ferritin above 75: the TSAT alone qualifies for iron. */
export function lowTsatOnly(c: IronCase): boolean {
  return c.tsat < 20 && c.ferritin > 75
}

/** What the key adds when only the TSAT qualifies (brief §3: "look for the cause"). */
export function lowTsatNote(c: IronCase): string {
  return !c.anaemic && lowTsatOnly(c)
    ? ` A TSAT of ${c.tsat}% beside a ferritin of ${c.ferritin} ng/mL means the iron supply is short even though stores look adequate, so as well as restoring iron, look for the cause (blood loss, poor absorption or inflammation).`
    : ''
}

function whyQualifies(c: IronCase): string {
  const parts: string[] = []
  if (c.ferritin <= 75) parts.push(`ferritin ${c.ferritin} ng/mL is at or below 75`)
  if (c.tsat < 20) parts.push(`TSAT ${c.tsat}% is below 20%`)
  return parts.join(' and ')
}

function repeatRationale(key: IronCode, c: IronCase): string {
  if (key === 'treat-and-investigate-source')
    return `Incorrect: Hb ${c.hb} g/dL with ferritin ${c.ferritin} ng/mL is frank iron-deficiency anaemia; waiting to repeat the tests delays both treatment and the search for the source.`
  const reading = farFromCuts(c)
    ? `ferritin ${c.ferritin} ng/mL with TSAT ${c.tsat}% is far enough from every cut-off to read`
    : `ferritin ${c.ferritin} ng/mL with TSAT ${c.tsat}% is clear of the cut-offs (${nearestGap(c)}), and the rule is applied to the value measured`
  return `Incorrect: a morning ferritin and TSAT drawn after 24 hours without iron is enough to decide; ${reading}, so repeating the tests only delays the decision.`
}

function agonistRationale(c: IronCase): string {
  return `Incorrect: AASM 2024 suggests against standard use of dopamine agonists such as pramipexole because of augmentation, and ferritin ${c.ferritin} ng/mL with TSAT ${c.tsat}% meets the threshold for iron, which is corrected first.`
}

function rationale(code: IronOptionCode, key: IronCode, c: IronCase): string {
  if (code === 'repeat-before-deciding') return repeatRationale(key, c)
  if (code === 'agonist-before-iron') return agonistRationale(c)
  if (code === 'hold-for-search')
    return `Incorrect: Hb ${c.hb} g/dL, MCV ${c.mcv} fL and ferritin ${c.ferritin} ng/mL are frank iron-deficiency anaemia; the search for the source runs alongside iron replacement, not before it, and holding iron back leaves the anaemia and the RLS untreated while the tests are done.`
  if (code === 'iv-iron-no-search')
    return `Incorrect: IV iron would correct the anaemia, but Hb ${c.hb} g/dL, MCV ${c.mcv} fL and ferritin ${c.ferritin} ng/mL are frank iron-deficiency anaemia, whose source is sought alongside replacement (GI evaluation unless another source is obvious); replacing and rechecking without that search can miss a bleeding lesion.`
  if (code === 'oral-iron-daily')
    return `Incorrect: ferritin ${c.ferritin} ng/mL is above 75 with TSAT ${c.tsat}% (at least 20%), so oral iron is not expected to help; in the 76–100 band only IV iron is suggested.`
  const f = c.ferritin
  const t = c.tsat
  const count = `Hb ${c.hb} g/dL and MCV ${c.mcv} fL`
  const idaLabs = `Hb ${c.hb} g/dL, MCV ${c.mcv} fL and ferritin ${f} ng/mL`
  if (c.inflamed && key === 'iv-iron-only') {
    if (code === key)
      return `Correct: ferritin ${f} ng/mL is not above 100${t < 20 ? ` and TSAT ${t}% is below 20%` : ''}, so iron is indicated, and with active inflammation oral iron is poorly absorbed; IV iron (e.g. ferric carboxymaltose) is the route that fits.`
    if (code === 'iron-indicated')
      return `Incorrect: with active inflammation oral iron is poorly absorbed, so a plan that leaves oral iron open is not the one expected to work; IV iron is.`
    if (code === 'iron-not-indicated')
      return `Incorrect: ferritin ${f} ng/mL is not above 100, and ferritin is raised by inflammation, so it overstates the iron available; iron is indicated.`
    return `Incorrect: ${count} show no anaemia; the question is which iron route suits the RLS when inflammation blunts oral absorption.`
  }
  if (code === key) {
    switch (code) {
      case 'iron-indicated':
        return (
          `Correct: ${whyQualifies(c)}, which meets the AASM threshold for iron therapy in adults ` +
          (lowTsatOnly(c)
            ? `with RLS; at a ferritin of ${f} ng/mL IV iron (e.g. ferric carboxymaltose) is preferred, since IRLSSG 2018 and Silber 2021 limit oral iron to ferritin ≤75 ng/mL.`
            : `with RLS; oral iron or IV iron (e.g. ferric carboxymaltose) may be used.`) +
          depletedStoresNote(f) +
          lowTsatNote(c) +
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
    if (code === 'iv-iron-only')
      return `Incorrect: the IV-only band is for ferritin 76–100 ng/mL with TSAT ≥20%; with ferritin ${f} ng/mL and TSAT ${t}%, oral or IV iron can both work, and the anaemia also calls for a search for the source of loss.`
    return `Incorrect: ${idaLabs} mean iron-deficiency anaemia, which needs iron replacement and a search for the source, not a decision made on the RLS thresholds alone.`
  }
  switch (code) {
    // Offered only with ferritin ≥45 and TSAT ≥20% (see ironOptions), so the reason holds. The
    // search is set by the ferritin, age and sex, not by the RLS threshold nor by anaemia alone,
    // which the shared SOURCE_SEARCH_NOTE says (read 8). Read 10 (P4): the first sentence no longer
    // says it as well ("guided by the ferritin, age and sex, not by the RLS threshold"); it gives
    // this patient's values.
    case 'treat-and-investigate-source':
      return `Incorrect: with no anaemia (${count}), a ferritin of ${f} ng/mL and a TSAT of ${t}%, nothing here calls for a search for a source of loss. ${SOURCE_SEARCH_NOTE} Whether iron is indicated for the RLS follows the ferritin and TSAT thresholds.`
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
        ? `Incorrect: a ferritin of ${f} ng/mL does not settle it. TSAT ${t}% is below 20%, and ferritin rises with CKD or inflammation, so iron is still indicated.`
        : `Incorrect: a ferritin of ${f} ng/mL does not settle it. TSAT ${t}% is below 20%, which on its own meets the threshold for iron therapy.`
  }
}

/** Four of the five iron options (the key always among them) with parallel phrasings and the key's length rank drawn by lot; `form`
 * goes into the template's params so the text stays a function of the params. */
export function ironOptions(rng: Rng, key: IronCode, c: IronCase): ParallelOptions {
  const choice = (code: IronOptionCode): Choice => ({
    code,
    texts:
      code === 'iron-indicated' && key === code && lowTsatOnly(c)
        ? IV_PREFERRED_TEXTS
        : IRON_OPTION_TEXTS[code],
    rationale: rationale(code, key, c)
  })
  // Depleted stores without anaemia: "replace and investigate the source" is then what the key's
  // own rationale advises (read-through 5, P4), so it is not offered as a foil. Nor where the
  // TSAT alone qualifies (below 20% with ferritin above 75): that is iron-deficient
  // erythropoiesis, and "restore iron and seek the source" is defensible there (read 6, 98731 #6).
  // Read 7 (P3) widened this to every ferritin below the general-medicine cut-off (45 ng/mL) and
  // every TSAT under 20% (ferritin 100 with inflammation): a man with ferritin 31 is investigated
  // whatever his haemoglobin.
  const cutOff = c.inflamed ? INFLAMED_DEFICIENCY_FERRITIN : GENERAL_DEFICIENCY_FERRITIN
  const depleted = !c.anaemic && (c.ferritin < cutOff || c.tsat < 20)
  const foils: IronOptionCode[] = [
    ...IRON_CODES.map((x): IronOptionCode =>
      x === 'iv-iron-only' && key === 'treat-and-investigate-source'
        ? 'iv-iron-no-search'
        : x === 'iv-iron-only' && eitherRouteKeyed(key)
          ? 'agonist-before-iron'
          : x === 'iron-indicated' && key === 'iv-iron-only'
            ? 'oral-iron-daily'
            : x === 'iron-indicated' && key === 'treat-and-investigate-source'
              ? 'hold-for-search'
              : x
    ),
    'repeat-before-deciding'
  ]
  return parallelOptions(
    rng,
    choice(key),
    foils
      .filter((x) => x !== key && !(x === 'treat-and-investigate-source' && depleted))
      .map(choice),
    IRON_CODES.length,
    '',
    0,
    1,
    // A "no iron" key always has the other option that gives no iron now beside it, so it is
    // never the odd one out among three iron plans (read 15, 147209 #27).
    key === 'iron-not-indicated' ? ['repeat-before-deciding'] : []
  )
}
