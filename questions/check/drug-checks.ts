// Medication gates (brief §2): drug keys only from the keyable list, drug distractors only from
// the safe list (plus gabapentin/pregabalin), exactly one aggravator per drug item besides a
// declared long-standing one (read 21), never-key and never-use drugs kept out of their forbidden
// roles, bupropion only as the key of a choose-an-antidepressant item citing bayard2011, and no
// statin next to a myalgia stem.
import {
  aggravatorClasses,
  alpha2deltaOptions,
  antidepressantOfChoiceInRls,
  drugs,
  isStatin,
  keyableAggravators,
  neverKey,
  neverUseAsDistractor,
  safeDistractors
} from '../content/drugs'
import type { Item } from '../item'
import { problem, type Problem } from './types'

const SAFE = new Set([...safeDistractors, ...alpha2deltaOptions])
const ALPHA2DELTA = new Set(alpha2deltaOptions)
const NEVER_KEY = new Set(neverKey)
const NEVER_USE = new Set(neverUseAsDistractor)
const ALL_DRUGS = new Set([
  ...drugs.keys(),
  ...neverKey,
  ...neverUseAsDistractor,
  antidepressantOfChoiceInRls
])
const CHOOSE_WRONG = new Set(
  aggravatorClasses
    .filter((c) => ['mirtazapine', 'ssri', 'snri'].includes(c.id))
    .flatMap((c) => c.drugs)
)
const MYALGIA = /myalgi|muscle (pain|ache|aches|soreness|weakness|cramp)|aching muscles/i

function mentioned(text: string, names: Iterable<string>): string[] {
  const lower = text.toLowerCase()
  const out: string[] = []
  for (const n of names) {
    const i = lower.indexOf(n)
    if (i < 0) continue
    const before = i === 0 ? ' ' : (lower[i - 1] as string)
    const after = lower[i + n.length] ?? ' '
    if (!/[a-z]/.test(before) && !/[a-z]/.test(after)) out.push(n)
  }
  return out
}

export function isDrugItem(item: Item): boolean {
  return item.options.some((o) => ALL_DRUGS.has(o.code))
}

function medications(item: Item): string[] | null {
  const m = (item.facts as { medications?: unknown }).medications
  return Array.isArray(m) && m.every((x) => typeof x === 'string') ? (m as string[]) : null
}

// "None of the other medicines…", "the long-standing drugs are not recognised aggravators": true
// of a list whose only aggravator is the key, untrue beside a tolerated one.
const CLEARS_OTHERS =
  /\b(none of the|no other|the other|the rest|long-standing|long-term|year-round|regular)\b[^.]*\b(not|no) (a )?recognised aggravators?\b|\bholds no recognised aggravator|\bnone of the (other|others|rest)\b[^.]*\brecognised aggravator/i

/** The explanation's sentences that clear every other drug without setting the tolerated one apart. */
function othersCleared(explanation: string, tolerated: string): string[] {
  return explanation
    .split(/(?<=\.)\s+/)
    .filter((s) => CLEARS_OTHERS.test(s) && !s.toLowerCase().includes(tolerated))
}

/** The declared long-standing aggravator of a drug-which item, if any. */
function toleratedOf(item: Item): { drug: string; years: number } | null {
  const f = item.facts as { toleratedAggravator?: unknown; toleratedYears?: unknown }
  return typeof f.toleratedAggravator === 'string' && typeof f.toleratedYears === 'number'
    ? { drug: f.toleratedAggravator, years: f.toleratedYears }
    : null
}

export function checkDrugRules(item: Item): Problem[] {
  const out: Problem[] = []
  const p = (check: string, message: string) =>
    out.push(problem(check, message, item.id, item.template))
  const key = item.options.find((o) => o.correct)
  const wrong = item.options.filter((o) => !o.correct)

  // Text-level roles, for every item: never-key drugs never in the keyed option, never-use drugs
  // never offered as a wrong option (bupropion is handled below).
  if (key) {
    for (const d of mentioned(`${key.text} ${key.code}`, NEVER_KEY))
      p('never-key', `keyed option names ${d}`)
  }
  for (const o of wrong) {
    for (const d of mentioned(`${o.text} ${o.code}`, NEVER_USE))
      p('never-use', `option ${o.id} offers ${d} as a distractor`)
  }

  const meds = medications(item)
  const kind = (item.facts as { kind?: unknown }).kind

  if (!isDrugItem(item)) {
    // A background medication list must not hide an aggravator (it would be a second answer).
    // The one exception is the item's declared subject, `facts.aggravator` (the sleep aid in an
    // advice item, the dopaminergic drug in an augmentation item).
    const subject = (item.facts as { aggravator?: unknown }).aggravator
    if (meds) {
      for (const m of meds) {
        if (keyableAggravators.has(m) && m !== subject) {
          p('background-aggravator', `background medication ${m} is an aggravator`)
        }
      }
    }
    if (key && mentioned(key.text, [antidepressantOfChoiceInRls]).length > 0) {
      p('bupropion', 'bupropion named in a keyed option outside a choose-an-antidepressant item')
    }
    return out
  }

  if (!key) return out
  if (kind === 'drug-compare') {
    // "Which antidepressant has the strongest association": mirtazapine among SSRIs/SNRIs.
    if (key.code !== 'mirtazapine')
      p('drug-key', `compare item keyed ${key.code}, expected mirtazapine`)
    if (!item.references.includes('rottach2008')) p('drug-key', 'compare item without rottach2008')
    for (const o of wrong) {
      if (!CHOOSE_WRONG.has(o.code) || o.code === 'mirtazapine')
        p('drug-distractor', `compare item offers ${o.code} (expected an SSRI or SNRI)`)
    }
    return out
  }
  if (kind === 'drug-choose') {
    if (key.code !== antidepressantOfChoiceInRls)
      p('drug-key', `choose item keyed ${key.code}, expected bupropion`)
    if (!item.references.includes('bayard2011')) p('drug-key', 'bupropion key without bayard2011')
    for (const o of wrong) {
      if (!CHOOSE_WRONG.has(o.code))
        p('drug-distractor', `choose item offers ${o.code} (expected mirtazapine/SSRI/SNRI)`)
    }
    return out
  }

  // A "which drug worsens RLS" item.
  if (!keyableAggravators.has(key.code) || NEVER_KEY.has(key.code))
    p('drug-key', `key ${key.code} is not on the keyable list`)
  const tolerated = toleratedOf(item)
  for (const o of wrong) {
    if (o.code === antidepressantOfChoiceInRls) p('bupropion', 'bupropion offered as a distractor')
    else if (!SAFE.has(o.code) && o.code !== tolerated?.drug)
      p('drug-distractor', `distractor ${o.code} is not on the safe list`)
  }
  // Read 16 (P3): with a pharmacology guess ("the one drug acting on the brain") the key was found
  // without RLS knowledge in seven items. A gabapentinoid is offered beside it, unless the
  // template says why none fits the patient (pregnancy, breastfeeding).
  const because = (item.facts as { noCentralBecause?: unknown }).noCentralBecause
  if (!wrong.some((o) => ALPHA2DELTA.has(o.code)) && typeof because !== 'string')
    p('lone-central', `key ${key.code} is the one centrally acting option (no α2δ ligand offered)`)
  // Read 21 (P2): besides the key, at most one aggravator of another class, declared in facts as
  // taken unchanged for years (kit/tolerated.ts), whose rationale gives that timeline.
  const aggravatorsInOptions = item.options.filter((o) => keyableAggravators.has(o.code)).length
  if (aggravatorsInOptions !== (tolerated ? 2 : 1))
    p('one-aggravator', `${aggravatorsInOptions} aggravators among the options`)
  if (tolerated) {
    const option = wrong.find((o) => o.code === tolerated.drug)
    if (!option) p('tolerated', `tolerated aggravator ${tolerated.drug} is not offered`)
    else if (
      !option.rationale.includes(`${tolerated.years} years`) ||
      !option.rationale.includes(key.code)
    )
      p('tolerated', `${tolerated.drug}'s rationale does not give its years beside ${key.code}`)
    if (tolerated.years < 3) p('tolerated', `${tolerated.drug} taken only ${tolerated.years} years`)
    if (drugs.get(tolerated.drug)?.className === drugs.get(key.code)?.className)
      p('tolerated', `tolerated ${tolerated.drug} is of the key's class`)
    for (const sentence of othersCleared(item.explanation, tolerated.drug))
      p('tolerated', `explanation clears every other drug beside ${tolerated.drug}: "${sentence}"`)
  }
  if (meds) {
    const agg = meds.filter((m) => keyableAggravators.has(m) && m !== tolerated?.drug)
    if (agg.length !== 1 || agg[0] !== key.code)
      p('one-aggravator', `medication list has aggravators [${agg.join(', ')}], key ${key.code}`)
    for (const m of meds) {
      if (!keyableAggravators.has(m) && !SAFE.has(m))
        p('drug-distractor', `medication ${m} is neither keyable nor on the safe list`)
    }
  } else {
    p('facts', 'drug item without facts.medications')
  }
  const statins = [...(meds ?? []), ...item.options.map((o) => o.code)].filter(isStatin)
  if (statins.length > 0 && MYALGIA.test(item.stem))
    p('statin-myalgia', `statin (${statins[0]}) next to a myalgia stem`)
  const texts = [item.explanation, ...item.options.map((o) => o.rationale)].join(' ')
  if (/\bsafe\b/i.test(texts))
    p('not-safe', 'drug item calls a drug "safe" (say "not a recognised aggravator")')
  return out
}
