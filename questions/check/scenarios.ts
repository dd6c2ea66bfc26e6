// Scenario tags (read-through 9, P6): the clinical situation an item puts in front of the learner,
// named so that two templates telling the same story carry the same tag. Within one quiz no two
// items may share a tag — the assembler keeps to that (assemble-state.ts) and the `quiz-scenario`
// gate counts it (quiz-composition.ts). Read-through 9 met three such pairs in one quiz:
// trigger-antiemetic-diabetic-gastroparesis beside hospital-antiemetic's gastroparesis admission,
// lifestyle-caffeine-trial beside lifestyle-counselling's coffee form, and secondary-context's
// iron-deficiency-anaemia form beside iron-decision's treat-and-investigate band.
//
// A tag is one of:
// - `culprit:<class>+setting:<where>`: the drug class found guilty and where the story is told
//   (a clinic's medication list, a hospital ward, an OTC night product…);
// - `patient:<situation>`: a specific patient two templates share (diabetic gastroparesis, an
//   acute vertigo attack, a dopamine agonist that augments);
// - `lifestyle:<factor>`, `iron:<decision>`, `mimic:<diagnosis>`, `fact:<keyed fact>` and a few
//   template-own situations, so that every item carries at least one tag.
// Tags come from the template id, the item's params (read back from its id, so stored snapshots
// and included items get the same tags) and its facts. This module sits in check/ beside the
// other composition rules; templates never import it, so imports still point one way.
import type { Item } from '../item'

type Tagged = Pick<Item, 'id' | 'template' | 'facts' | 'options' | 'stem'>

/** The item's params as written in its id (`template:k=v;k=v#decision`). */
export function paramsOfId(id: string): Record<string, string> {
  const start = id.indexOf(':')
  const end = id.lastIndexOf('#')
  const body = start < 0 ? '' : id.slice(start + 1, end < 0 ? undefined : end)
  const out: Record<string, string> = {}
  for (const kv of body.split(';')) {
    const eq = kv.indexOf('=')
    if (eq > 0) out[kv.slice(0, eq)] = kv.slice(eq + 1)
  }
  return out
}

const fact = (item: Tagged, key: string): string => {
  const v = (item.facts as Record<string, unknown>)[key]
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : ''
}
const keyOf = (item: Tagged): string => item.options.find((o) => o.correct)?.code ?? ''

/** Templates whose story is an outpatient review of a medication list: one class, one story. */
const clinicList = (item: Tagged) => [
  `culprit:${fact(item, 'aggravatorClass')}+setting:clinic-list`
]

/** Admissions another template tells as its own story, read from hospital-antiemetic's stem (the
 * admission list changes with the wording: read 9's gastroparesis admission became a migraine). */
const ADMISSION_PATIENT: readonly [RegExp, string][] = [
  [/vertigo/i, 'patient:acute-vertigo'],
  [/gastroparesis/i, 'patient:diabetic-gastroparesis'],
  [/chemotherapy/i, 'patient:chemotherapy-nausea'],
  [/pregnan/i, 'patient:pregnancy-nausea']
]

/** The same decision as iron-decision's bands: treat-and-investigate is the anaemia workup. */
const ironKey = (code: string) =>
  code === 'treat-and-investigate-source' ? 'iron:ida-source' : `iron:key:${code}`

type Rule = (item: Tagged, p: Record<string, string>) => string[]

/** One rule per template id; `scenarioTags` is empty only for a template missing here. */
export const SCENARIO_RULES: Readonly<Record<string, Rule>> = {
  // --- medications ------------------------------------------------------------------------------
  'drug-hidden-in-list': clinicList,
  'antidepressant-mirtazapine': clinicList,
  'trigger-snri-started-elsewhere': clinicList,
  // A dated timeline review, not a list read at one visit: its own story.
  'trigger-dated-medication-review': (item) => [
    `culprit:${fact(item, 'aggravatorClass')}+setting:dated-review`
  ],
  'otc-pm-sleep-aid': () => ['culprit:h1-antihistamine+setting:otc-night-product'],
  'trigger-otc-bag-review': () => ['culprit:h1-antihistamine+setting:otc-night-product'],
  'hospital-antiemetic': (item) => [
    `culprit:${fact(item, 'aggravatorClass')}+setting:hospital`,
    ...ADMISSION_PATIENT.filter(([re]) => re.test(item.stem)).map(([, tag]) => tag)
  ],
  'trigger-antiemetic-diabetic-gastroparesis': () => [
    'patient:diabetic-gastroparesis',
    'culprit:d2-antiemetic+setting:diabetes-clinic'
  ],
  'trigger-antiemetic-for-vertigo': () => [
    'patient:acute-vertigo',
    'culprit:d2-antiemetic+setting:urgent-care'
  ],
  'trigger-chemotherapy-antiemetic': () => ['patient:chemotherapy-nausea'],
  'trigger-ward-night-sedation': () => ['culprit:h1-antihistamine+setting:hospital'],
  'trigger-seasonal-antihistamine': () => ['culprit:h1-antihistamine+setting:allergy'],
  'trigger-promethazine-why-prescribed': (item) =>
    fact(item, 'prescribedFor') === 'allergy'
      ? ['culprit:h1-antihistamine+setting:allergy']
      : ['culprit:promethazine+prescribed:nausea'],
  'trigger-travel-sedative': (item) => [`culprit:${fact(item, 'aggravatorClass')}+setting:travel`],
  'trigger-psych-admission': () => ['culprit:d2-antipsychotic+setting:psychiatric-ward'],
  'trigger-quetiapine-why-prescribed': (item) => [
    `culprit:quetiapine+prescribed:${fact(item, 'prescribedFor')}`
  ],
  'trigger-lost-control-ssri-or-iron': (item) => [`controlled-rls-slips:${fact(item, 'cause')}`],
  'trigger-care-home-night-walking': (item) =>
    fact(item, 'presentation') === 'nocturnal-leg-cramps'
      ? ['mimic:leg-cramps']
      : ['culprit:mirtazapine+setting:care-home'],
  'antidepressant-choice': () => ['decision:antidepressant-choice'],
  // One dopamine agonist that augments, whichever question is asked about it.
  'augmentation-recognise': (_, p) => [`patient:agonist-${p.pic ?? ''}`],
  'augmentation-next-step': () => ['patient:agonist-augmentation'],
  // --- systemic ---------------------------------------------------------------------------------
  'trigger-antiemetic-early-pregnancy': () => ['patient:pregnancy-nausea'],
  'trigger-antihistamine-for-dialysis-itch': () => ['culprit:h1-antihistamine+setting:dialysis'],
  'trigger-ssri-after-delivery': () => ['culprit:ssri+setting:postpartum'],
  'secondary-context': (item) => {
    const c = fact(item, 'context')
    if (c === 'ida') return ['iron:ida-source']
    if (c === 'esrd') return ['iron:dialysis-renal-criteria']
    return [`secondary:${c}`]
  },
  'iron-pregnancy-decision': (_, p) => [`iron:pregnancy:${p.arm ?? ''}`],
  'iron-dialysis-decision': () => ['iron:dialysis-renal-criteria'],
  // --- iron status ------------------------------------------------------------------------------
  'iron-decision': (item) => [ironKey(keyOf(item))],
  'iron-normal-ferritin': () => ['iron:lab-normal-ferritin'],
  'iron-recheck-after-oral-course': (_, p) => [
    p.arm === 'treat-and-investigate-source'
      ? 'iron:ida-source'
      : `iron:oral-recheck:${p.arm ?? ''}`
  ],
  'iron-inflammation-ckd': (item) => [`iron:inflammation:${fact(item, 'context')}`],
  // Two-arm templates: the arm and the patient's own story (the supplement taken before the
  // sample; a boy or a girl), so one quiz never meets the same patient and decision twice. (The
  // arm alone left the Unused pool's third quiz one fresh iron item short.)
  'iron-sampling-conditions': (_, p) => [`iron:sampling:${p.arm ?? ''}+supplement:${p.supp ?? ''}`],
  'iron-child-threshold': (_, p) => [`iron:child:${p.arm ?? ''}+child:${p.sex ?? ''}`],
  // Auditing a colleague's "all bloods normal" letter is its own task, whichever arm: the letter
  // is the scenario, once per quiz for each thing it can miss. (Tying the ferritin arm to
  // iron-normal-ferritin left iron-status short of its 8 items in 13 of 60 quizzes.)
  'iron-missed-in-referral-letter': (item, p) => [
    p.arm === 'ferritin'
      ? 'iron:referral-letter-ferritin'
      : `culprit:${fact(item, 'aggravatorClass')}+setting:referral-letter`
  ],
  // Read-through 9: two items of this template shared the whole neighbour's-ropinirole stem.
  'iron-before-drug-treatment': (_, p) => [
    `iron:before-drug:${p.arm ?? ''}`,
    `request:rls-drug:${p.ask ?? ''}`
  ],
  // --- neurological -----------------------------------------------------------------------------
  'rls-vs-mimic': (item) => [`mimic:${fact(item, 'diagnosis')}`],
  'mimic-akathisia-or-rls': (item) =>
    fact(item, 'presentation') === 'akathisia'
      ? ['mimic:akathisia']
      : ['culprit:d2-antipsychotic+setting:psychiatric-ward'],
  // --- lifestyle and sleep ----------------------------------------------------------------------
  // One factor, one situation: lifestyle-counselling's three topics are moderate drinking, heavy
  // coffee not yet cut and a partner's witnessed apnoeas, so each shares a tag with the case
  // template's matching arm. The other arms are other situations: heavy drinking (advice for
  // health), coffee already stopped without change, and a test asked for without any sign of OSA.
  'lifestyle-counselling': (item) => [`lifestyle:${fact(item, 'topic')}`],
  'lifestyle-alcohol-intake': (item) => [
    fact(item, 'aboveSafeLimits') === 'true' ? 'lifestyle:alcohol-heavy' : 'lifestyle:alcohol'
  ],
  'lifestyle-caffeine-trial': (item) => [
    fact(item, 'trialDone') === 'true' ? 'lifestyle:caffeine-stopped' : 'lifestyle:caffeine'
  ],
  'lifestyle-sleep-apnoea-and-rls': (_, p) => [
    p.arm === 'no-osa' ? 'lifestyle:osa-test-without-signs' : 'lifestyle:osa'
  ],
  // --- knowledge and cases ----------------------------------------------------------------------
  'knowledge-genetics': (item) => [`fact:${keyOf(item)}`],
  'knowledge-mechanism': (item) => [`fact:${keyOf(item)}`],
  'knowledge-epidemiology': (item) => [`fact:${keyOf(item)}`],
  'knowledge-diagnosis': (item) => [`diagnosis:${fact(item, 'variant')}:${keyOf(item)}`],
  'genetics-family-risk': (item) => [`genetics-case:${fact(item, 'situation')}`],
  'mechanism-in-practice': (item) =>
    fact(item, 'situation') === 'agonist-augmentation'
      ? ['patient:agonist-augmentation']
      : ['mechanism-case:iron-normal-blood-count']
}

const cache = new WeakMap<object, readonly string[]>()

/** The scenario tags of an item (none for a template without a rule, e.g. another course's). */
export function scenarioTags(item: Tagged): readonly string[] {
  const hit = cache.get(item)
  if (hit) return hit
  const rule = SCENARIO_RULES[item.template]
  const tags = rule ? [...new Set(rule(item, paramsOfId(item.id)))] : []
  cache.set(item, tags)
  return tags
}
