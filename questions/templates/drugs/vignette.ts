// Shared vignette pieces for the medication families (1–5): an RLS history that meets the
// IRLSSG criteria, examination lines, iron studies and a coherent medication list. The patient
// and the word helpers (pronouns, lists, reading time) are kit/people.ts, shared by every family.
// Every piece is chosen by index, and the indices go into the item params, so an item's text is a
// pure function of its params (equal ids always mean equal items).
import { drugs, safeDistractors, type DrugUse } from '../../content/drugs'
import type { Rng } from '../../rng'
import type { Sex } from '../kit/people'
import { fitsPatient, minAgeFor } from '../kit/meds'

export function at<T>(list: readonly T[], i: number): T {
  const v = list[i]
  if (v === undefined) throw new Error(`index ${i} out of range (${list.length})`)
  return v
}

/**
 * How the patient describes the legs. Each meets IRLSSG criteria 1–4: an urge to move the legs
 * with discomfort, brought on by rest, relieved by movement while it lasts, worse in the evening.
 * None says "ache": a statin may be on the list, and brief §2 forbids pairing one with a stem
 * describing myalgia (read 6, 98731 #13).
 */
export const RLS_FEATURES: readonly string[] = [
  'an urge to move {her} legs, with a crawling feeling in the calves that starts once {she} sits down in the evening and eases only while {she} walks about',
  'a need to get up and move {her} legs at night: lying still brings on a deep, restless unease in the calves that settles while {she} paces and comes back when {she} lies down again',
  'uncomfortable "electric" sensations in both legs with a strong urge to move them; they appear while {she} rests in the evening, are relieved by walking and are absent in the morning',
  'a pulling, unsettled feeling in {her} shins when {she} rests in the evening that makes {him} stretch or walk; moving helps for as long as {she} keeps going',
  'evening discomfort deep in both calves with a need to keep the legs moving; it comes on within half an hour of sitting or lying down and stops while {she} is on {her} feet',
  'a creeping sensation in {her} thighs and calves when {she} tries to settle at night, relieved by getting up and walking, which has cut {her} sleep to a few hours',
  'an urge to move {her} legs in bed and on long evening car journeys, with an inner discomfort that is hard to describe and disappears when {she} walks'
]

/** Examination lines that leave no mimic standing (criterion 5). */
export const EXAM: readonly string[] = [
  'Examination is normal, including peripheral pulses, sensation and reflexes.',
  'There is no leg swelling, pulses are easily felt and the neurological examination is normal.',
  '{She} has no cramps or numbness, and the neurological and vascular examination is unremarkable.',
  'Sensation, power and reflexes in the legs are normal, and there is no oedema.'
]

/** A morning ferritin and TSAT that do not meet the iron-treatment thresholds (brief §3). */
export function ironLine(ferritin: number, tsat: number): string {
  return `Morning iron studies show ferritin ${ferritin} ng/mL and transferrin saturation ${tsat}%.`
}

export function pickIron(rng: Rng): { ferritin: number; tsat: number } {
  return { ferritin: rng.int(11, 26) * 10, tsat: rng.int(22, 38) }
}

/** "olanzapine 10 mg at night (bipolar disorder)" */
export function medLine(generic: string, useIndex = 0): string {
  const use = drugUse(generic, useIndex)
  return `${generic} ${use.regimen} (${use.indication})`
}

export function drugUse(generic: string, useIndex = 0): DrugUse {
  const d = drugs.get(generic)
  if (!d) throw new Error(`unknown drug ${generic}`)
  return at(d.uses, Math.min(useIndex, d.uses.length - 1))
}

// Drugs of one group are not prescribed together (two ACE inhibitors, two statins …).
const GROUP: Record<string, string> = {
  lisinopril: 'ras',
  enalapril: 'ras',
  losartan: 'ras',
  hydrochlorothiazide: 'thiazide',
  chlorthalidone: 'thiazide',
  atorvastatin: 'statin',
  rosuvastatin: 'statin',
  amoxicillin: 'antibiotic',
  cephalexin: 'antibiotic'
}

/** Short courses: listed only as a recent addition, never as a long-term medicine. */
export const SHORT_COURSE = new Set(['amoxicillin', 'cephalexin'])

/** Long-term safe drugs that may be the "also recently changed" distractor: not statins,
 * diuretics or levothyroxine, which invite fair arguments about myalgia, cramps or
 * over-replacement. */
export const CHANGEABLE = new Set([
  'lisinopril',
  'enalapril',
  'losartan',
  'metformin',
  'sitagliptin',
  'insulin glargine',
  'tamsulosin',
  'finasteride',
  'alendronate'
])

/**
 * `count` long-term safe-list drugs fit for this patient, at most one per group, sorted
 * (so the list, and therefore the id, does not depend on drawing order).
 */
export function pickSafeList(
  rng: Rng,
  count: number,
  p: { sex: Sex; age: number },
  exclude: readonly string[] = []
) {
  const pool = rng
    .shuffle(
      safeDistractors.filter(
        (g) =>
          !exclude.includes(g) &&
          !SHORT_COURSE.has(g) &&
          (p.sex === 'm' || !drugs.get(g)?.maleOnly) &&
          // Drawn over the drugs a patient of this age may carry whatever the sex, and then held to
          // the patient's own floor (below), so only the lists that floor changes are re-drawn.
          p.age >= Math.min(minAgeFor(g, 'f'), minAgeFor(g, 'm'))
      )
    )
    .filter(
      // The shared age and sex rules (kit/meds.ts): tamsulosin and finasteride from 50,
      // alendronate from 55 in women and 65 in men (read 10, P3).
      (g) => fitsPatient(g, p.age, p.sex)
    )
  const used = new Set<string>()
  const out: string[] = []
  for (const g of pool) {
    if (out.length === count) break
    const group = GROUP[g]
    if (group && used.has(group)) continue
    if (group) used.add(group)
    out.push(g)
  }
  if (out.length < count) throw new Error(`could not pick ${count} safe drugs`)
  return out.sort()
}

export function groupOf(generic: string): string | undefined {
  return GROUP[generic]
}
