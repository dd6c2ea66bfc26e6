// Medication wording for the trigger templates: the keyable classes of brief §2 as these
// templates use them (aripiprazole, clozapine and lurasidone are deliberately absent), the
// references and evidence notes that go with each class, and rationale sentences for drugs that
// are not recognised aggravators ("not a recognised aggravator", never "safe" or "no link").
import { claimById } from '../../content/claims'
import { aggravatorClasses, drugs } from '../../content/drugs'
import { cap, type Sex } from './people'

export type TriggerClass = 'antipsychotic' | 'antiemetic' | 'h1' | 'mirtazapine' | 'ssri' | 'snri'

interface ClassInfo {
  label: string
  claim: string
  references: string[]
  /** Why the class worsens RLS, one clause. */
  why: string
}

export const TRIGGER_CLASSES: Record<TriggerClass, ClassInfo> = {
  antipsychotic: {
    label: 'D2-blocking antipsychotic',
    claim: 'D1',
    references: ['aasm2024', 'silber2021', 'perezlloret2012'],
    why: 'central D2 blockade is a recognised cause of new or worse RLS'
  },
  antiemetic: {
    label: 'dopamine-blocking antiemetic',
    claim: 'D1',
    references: ['aasm2024', 'silber2021'],
    why: 'blocking central dopamine receptors is a recognised way to provoke or worsen RLS'
  },
  h1: {
    label: 'sedating first-generation H1 antihistamine',
    claim: 'D3',
    references: ['aasm2024', 'silber2021'],
    why: 'sedating antihistamines that cross into the brain are recognised aggravators of RLS'
  },
  mirtazapine: {
    label: 'noradrenergic and specific serotonergic antidepressant',
    claim: 'D2',
    references: ['rottach2008', 'kolla2018'],
    why: 'it carries the strongest RLS signal among antidepressants (new or worse RLS in 28% of one prospective cohort)'
  },
  ssri: {
    label: 'SSRI',
    claim: 'D2',
    references: ['kolla2018', 'rottach2008'],
    why: 'SSRIs can bring on or worsen RLS in a minority of the people who take them'
  },
  snri: {
    label: 'SNRI',
    claim: 'D2',
    references: ['kolla2018', 'rottach2008'],
    why: 'SNRIs can bring on or worsen RLS in a minority of the people who take them'
  }
}

/** The keyable generic names per class (brief §2), without the ones the brief forbids. */
export const TRIGGER_DRUGS: Record<TriggerClass, readonly string[]> = {
  antipsychotic: [
    'haloperidol',
    'chlorpromazine',
    'fluphenazine',
    'olanzapine',
    'quetiapine',
    'risperidone',
    'ziprasidone'
  ],
  antiemetic: ['metoclopramide', 'prochlorperazine', 'promethazine'],
  h1: ['diphenhydramine', 'doxylamine', 'hydroxyzine', 'chlorpheniramine'],
  mirtazapine: ['mirtazapine'],
  ssri: ['fluoxetine', 'sertraline', 'paroxetine', 'citalopram', 'escitalopram'],
  snri: ['venlafaxine', 'duloxetine']
}

export function classOf(generic: string): TriggerClass {
  for (const [cls, list] of Object.entries(TRIGGER_DRUGS)) {
    if (list.includes(generic)) return cls as TriggerClass
  }
  throw new Error(`${generic} is not a trigger drug`)
}

/** The evidence note a keyed drug of this class carries, from the shared content records. */
export function classEvidence(cls: TriggerClass): string | null {
  if (cls === 'ssri' || cls === 'snri') {
    return aggravatorClasses.find((c) => c.id === cls)?.evidenceNote ?? null
  }
  if (cls === 'antipsychotic') return claimById.get('D5')?.evidenceNote ?? null
  return null
}

export function classRefs(cls: TriggerClass, extra: readonly string[] = []): string[] {
  return [...new Set([...TRIGGER_CLASSES[cls].references, ...extra])]
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) || /^(SSRI|SNRI|H1)/.test(word) ? 'an' : 'a'
}

/** "Sertraline is an SSRI: SSRIs can bring on … ." */
export function triggerWhy(generic: string, tail = ''): string {
  // Promethazine is listed with the antiemetics but is a phenothiazine H1 antihistamine that also
  // blocks D2 receptors (brief §2); both actions can worsen RLS, whatever it was prescribed for.
  if (generic === 'promethazine')
    return `Promethazine is a phenothiazine antihistamine that also blocks dopamine D2 receptors, and both actions can bring on or worsen RLS.${tail ? ` ${tail}` : ''}`
  const info = TRIGGER_CLASSES[classOf(generic)]
  return `${cap(generic)} is ${article(info.label)} ${info.label}, and ${info.why}.${tail ? ` ${tail}` : ''}`
}

export function className(generic: string): string {
  const d = drugs.get(generic)
  if (!d) throw new Error(`unknown drug ${generic}`)
  return d.className
}

/** Rationale for a drug that is not a recognised aggravator, specific to the case. */
export function notAggravatorWhy(generic: string, indication: string, tail = ''): string {
  const d = drugs.get(generic)
  if (!d) throw new Error(`unknown drug ${generic}`)
  if (d.role === 'alpha2delta') {
    // Read 21 (P6): "(it acts centrally)" after the indication read as a template leftover
    // ("taken here for sciatic nerve pain (it acts centrally)") in 8 rationales of two quizzes.
    const what = indication === 'restless legs syndrome' ? 'the RLS itself' : indication
    return `${cap(generic)} is an α2δ ligand taken here for ${what}; it is a first-line RLS treatment (AASM 2024), not an aggravator.${tail ? ` ${tail}` : ''}`
  }
  const cls = d.className
  // The class line already says it is not an aggravator; a fixed "no central dopamine-blocking,
  // antihistamine or serotonergic action" after it recurred in every distractor of a quiz
  // (read-through P5), so only a case-specific tail (timing) follows.
  return `${cap(generic)} (${article(cls)} ${cls}, taken for ${indication}) is not a recognised aggravator of RLS.${tail ? ` ${tail}` : ''}`
}

/** One medication-list entry for a safe drug: its first (or chosen) listed use. */
export function safeUse(generic: string, use = 0): { indication: string; regimen: string } {
  const d = drugs.get(generic)
  const u = d?.uses[Math.min(use, (d?.uses.length ?? 1) - 1)]
  if (!d || !u) throw new Error(`no use recorded for ${generic}`)
  return u
}

export function isMaleOnly(generic: string): boolean {
  return drugs.get(generic)?.maleOnly === true
}

/** Uses of gabapentin and pregabalin other than RLS, for templates that opt in (centralUses).
 * The regimens are the fixed ones' (gabapentin three times daily, pregabalin twice daily): a
 * shorter one made the always-listed option shorter than the key more often, and the key settled
 * in the middle of the length order (middle-length +4 → +8). No fibromyalgia: muscle pain beside a
 * statin invites the myalgia argument (the statin-myalgia gate). */
export const VARIED_CENTRAL_USES: Readonly<
  Record<string, readonly { regimen: string; indication: string }[]>
> = {
  gabapentin: [
    { regimen: '300 mg three times daily', indication: 'sciatic nerve pain' },
    { regimen: '300 mg three times daily', indication: 'post-herpetic neuralgia' },
    { regimen: '300 mg three times daily', indication: 'nerve-root pain in the neck and arm' }
  ],
  pregabalin: [
    { regimen: '75 mg twice daily', indication: 'generalised anxiety disorder' },
    { regimen: '75 mg twice daily', indication: 'post-herpetic neuralgia' },
    { regimen: '150 mg twice daily', indication: 'neuropathic pain in the arm' },
    { regimen: '75 mg twice daily', indication: 'nerve pain after a shoulder operation' }
  ]
}

/** The `cu`-th use of a gabapentinoid other than the RLS (cycling through the list). */
export function a2dOtherUse(g: string, cu: number): { regimen: string; indication: string } {
  const uses = VARIED_CENTRAL_USES[g]
  const use = uses?.[cu % uses.length]
  if (!use) throw new Error(`no other use recorded for ${g}`)
  return use
}

// Phrasings of the α2δ rationale for the opt-in templates (read 7, P7: one sentence, word for word,
// in every item that listed the drug).
export const CENTRAL_WHY: readonly ((g: string, ind: string) => string)[] = [
  (g, ind) =>
    `${cap(g)} is an α2δ ligand taken here for ${ind}; it is a first-line RLS treatment (AASM 2024), not an aggravator.`,
  (g, ind) =>
    `${cap(g)}, prescribed for ${ind}, acts on the nervous system but is not an aggravator: as an α2δ ligand it is a first-line RLS treatment (AASM 2024).`,
  (g, ind) =>
    `Taken for ${ind}, ${g} is an α2δ ligand, a first-line RLS treatment (AASM 2024) rather than an aggravator.`
]

export function centralWhy(g: string, indication: string, phrasing: number, tail: string): string {
  const text = (CENTRAL_WHY[phrasing] ?? CENTRAL_WHY[0])?.(g, indication) ?? ''
  return tail ? `${text} ${tail}` : text
}

/** Diabetes drugs by place in treatment: metformin first-line, the others added to it. */
const FIRST_LINE_DIABETES = 'metformin'
const ADD_ON_DIABETES: ReadonlySet<string> = new Set(['sitagliptin', 'insulin glargine'])
const ORAL_TYPE_2_ONLY: ReadonlySet<string> = new Set(['metformin', 'sitagliptin'])

export type Diabetes = 'type 1 diabetes' | 'type 2 diabetes'

/**
 * The `uses` entries of a patient's diabetes drugs, every one read from the patient's one
 * diabetes (read 9, 91237 #10: insulin glargine "for type 1 diabetes" beside metformin "for type 2
 * diabetes" in one woman). Metformin and sitagliptin are type 2 drugs only.
 */
export function diabetesUses(
  diabetes: Diabetes,
  regimens: Readonly<Record<string, string>>
): Record<string, { regimen: string; indication: string }> {
  const out: Record<string, { regimen: string; indication: string }> = {}
  for (const [g, regimen] of Object.entries(regimens)) {
    if (diabetes === 'type 1 diabetes' && ORAL_TYPE_2_ONLY.has(g))
      throw new Error(`${g} is not a type 1 diabetes drug`)
    out[g] = { regimen, indication: diabetes }
  }
  return out
}

/**
 * Years a listed drug has been taken, with the diabetes drugs in the order they are prescribed
 * (read 9, 91237 #29: sitagliptin before metformin): metformin dates from the diagnosis, `since`
 * years ago; an add-on (sitagliptin, insulin) is later when metformin is listed, never before the
 * diagnosis. Other drugs keep their drawn years. `since` of 3 or more keeps every figure ≥ 2.
 */
export function diabetesYears(
  generic: string,
  drawn: number,
  since: number,
  listed: readonly string[]
): number {
  if (generic === FIRST_LINE_DIABETES) return since
  if (!ADD_ON_DIABETES.has(generic)) return drawn
  return listed.includes(FIRST_LINE_DIABETES)
    ? Math.max(2, Math.min(drawn, since - 1))
    : Math.min(drawn, since)
}

/** Whether `later` may be dated after `earlier` (false for metformin after one of its add-ons). */
export function diabetesOrderOk(earlier: string, later: string): boolean {
  return !(ADD_ON_DIABETES.has(earlier) && later === FIRST_LINE_DIABETES)
}

/**
 * The youngest age at which a long-standing drug is usually started (read 10, P3: "a 34-year-old
 * man on alendronate for 11 years"): the prostate drugs for symptomatic BPH, alendronate for
 * postmenopausal osteoporosis in women and, much less often and later, in older men. Other drugs
 * date from adult life (18). The list shows a drug only where the patient is at least two years
 * past that age, so every "for N years" figure can be 2 or more.
 */
const START_AGE: Readonly<Record<string, { f: number; m: number }>> = {
  tamsulosin: { f: 48, m: 48 },
  finasteride: { f: 48, m: 48 },
  alendronate: { f: 53, m: 63 }
}
const ADULT_START = 18

/** Longest plausible course: a bisphosphonate is reviewed after 5 and stopped by 10 years. */
const MAX_YEARS: Readonly<Record<string, number>> = { alendronate: 10 }

export function startAge(generic: string, sex: Sex): number {
  return START_AGE[generic]?.[sex] ?? ADULT_START
}

/** The youngest patient whose list may carry this long-standing drug (tamsulosin and finasteride
 * 50, alendronate 55 in women and 65 in men). */
export function minAgeFor(generic: string, sex: Sex): number {
  return START_AGE[generic] ? startAge(generic, sex) + 2 : 0
}

/** Whether a long-standing drug fits a patient of this age and sex (male-only drugs included). */
export function fitsPatient(generic: string, age: number, sex: Sex): boolean {
  return (sex === 'm' || !isMaleOnly(generic)) && age >= minAgeFor(generic, sex)
}

/** "For N years", capped so the drug was started no younger than its start age (adult life by
 * default) and never for longer than its longest course; at least 1. */
export function capYears(generic: string, years: number, age: number, sex: Sex): number {
  const limit = Math.min(age - startAge(generic, sex), MAX_YEARS[generic] ?? Infinity)
  return Math.max(1, Math.min(years, limit))
}

/**
 * Read 18 (F1#39, F2#10, F2#12): the shared advice for the antidepressant classes ended "bupropion
 * is the antidepressant usually preferred in people with RLS", which answered the "choose" arm of
 * antidepressant-choice for a learner who met a which-drug item first. This advice, for the
 * which-drug templates, says what to do without naming the preferred antidepressant.
 */
export function antidepressantReviewAdvice(cls: string): string | null {
  if (cls === 'mirtazapine')
    return 'A change should be agreed with the prescriber, weighing the benefit for mood, sleep and appetite against the legs.'
  if (cls === 'ssri' || cls === 'snri')
    return 'Because only some patients are affected, any switch is agreed with the prescriber and weighs the severity of the RLS against the psychiatric benefit.'
  return null
}
