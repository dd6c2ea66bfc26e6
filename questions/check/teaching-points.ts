// Teaching points (read-through 10, P1): what an item teaches a learner who reads its feedback,
// named so that a later item answered by that memory can be recognised. Read 10 met a later item
// answered by an earlier one's explanation, within one quiz (an urgent-care metoclopramide item
// that already ruled "RLS rather than akathisia" before the akathisia-or-RLS item; duloxetine
// keyed by two templates; an apnoea case before the apnoea counselling question) and across a
// learner's quizzes (the same template keying the same answer in a new vignette: 13 of a second
// Unused-pool quiz's 40 items at 2.16.3).
//
// Unlike scenario tags (scenarios.ts, a hard rule within one quiz), teaching points are a
// preference: the assembler's strictest level serves an item only when none of its points is in
// the quiz already or in the learner's past attempts (`seenItems`), and relaxes that before it
// gives up a slot. A hard rule here broke the default mix (a tag per culprit drug left
// medications + iron below 40%); a preference cannot, because every later level ignores it.
//
// A point is one of:
// - `<template>|<keyed code>`: the template's answer, whatever the vignette around it;
// - `keyed-drug:<generic>`: a drug found guilty, whichever template keys it;
// - `keyed-class:<class>`: the drug class found guilty (read 11: a sedating antihistamine keyed in
//   5 of one quiz's 40 items);
// - `teach:<point>`: a lesson two templates' explanations share (TEACH below), or a decision
//   several templates key (read 11: "a lab-normal ferritin of 75 or less calls for iron" keyed
//   four times in one quiz and three more in the next).
import { drugs, keyableAggravators } from '../content/drugs'
import type { Item } from '../item'
import { paramsOfId } from './scenarios'

/** What a teaching point is read from: a stored snapshot has at least these. */
export type TeachingSource = Pick<Item, 'id' | 'template' | 'facts' | 'options'>

const fact = (item: TeachingSource, key: string): string => {
  const facts = item.facts as Record<string, unknown> | undefined
  const v = facts?.[key]
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : ''
}

type Lesson = (item: TeachingSource, p: Record<string, string>) => string[]

// Templates whose explanation contrasts drug-provoked RLS with akathisia, whichever it keys.
const akathisiaContrast: Lesson = () => ['teach:rls-or-akathisia']
const augmentation: Lesson = () => ['teach:augmentation']

/** Lessons shared across templates, by template id (templates not listed share none). */
const TEACH: Readonly<Record<string, Lesson>> = {
  'mimic-akathisia-or-rls': akathisiaContrast,
  'trigger-antiemetic-for-vertigo': akathisiaContrast,
  'trigger-antiemetic-diabetic-gastroparesis': akathisiaContrast,
  'trigger-psych-admission': akathisiaContrast,
  'augmentation-recognise': augmentation,
  'augmentation-next-step': augmentation,
  'mechanism-in-practice': (item) =>
    fact(item, 'situation') === 'agonist-augmentation' ? ['teach:augmentation'] : [],
  // An incomplete workup (no ferritin, no medication review) is the answer in both.
  'lifestyle-caffeine-trial': (item) =>
    fact(item, 'trialDone') === 'true' ? ['teach:check-iron-and-drug-list'] : [],
  'lifestyle-sleep-apnoea-and-rls': (_, p) =>
    p.arm === 'no-osa' ? ['teach:check-iron-and-drug-list'] : ['teach:osa'],
  // Counselling's apnoea topic asks what the apnoea case teaches. (Its alcohol and caffeine
  // topics ask what studies show, the case templates what to advise: not one lesson.)
  'lifestyle-counselling': (item) => (fact(item, 'topic') === 'osa' ? ['teach:osa'] : [])
}

/** Keyed codes that teach "a ferritin inside the laboratory range, at or below 75 ng/mL, calls
 * for iron", by template (iron-decision and iron-normal-ferritin: the iron-indicated band). */
const IRON_AT_NORMAL_FERRITIN: Readonly<Record<string, string>> = {
  'iron-decision': 'iron-indicated',
  'iron-normal-ferritin': 'iron-indicated',
  'iron-before-drug-treatment': 'offer-iron-first',
  'mechanism-in-practice': 'iron-helps-without-anaemia',
  'iron-missed-in-referral-letter': 'ferritin-result'
}

/** Keyed codes that teach "ferritin 76–100 with TSAT at 20% or more: IV iron only", by template.
 * Read 14 (P1, 143113 #5 after 139201 #4): iron-normal-ferritin re-served iron-decision's IV
 * band with the same key text, "Use parenteral iron, not an oral product". (The inflammation
 * template's IV key rests on blunted absorption, another lesson.) */
const IV_IRON_BAND: Readonly<Record<string, string>> = {
  'iron-decision': 'iv-iron-only',
  'iron-normal-ferritin': 'iv-iron-only',
  'iron-recheck-after-oral-course': 'iv-iron-only'
}

const cache = new WeakMap<object, readonly string[]>()

/** The teaching points of an item (never throws on a malformed stored snapshot). Cached per
 * item: the assembler asks for them on every candidate check. */
export function teachingPoints(item: TeachingSource): readonly string[] {
  if (typeof item !== 'object' || item === null) return []
  const hit = cache.get(item)
  if (hit) return hit
  const points = computePoints(item)
  cache.set(item, points)
  return points
}

/** The keyed option's code of a snapshot, or null for one too malformed to read. */
function keyedCode(item: TeachingSource): string | null {
  const options = Array.isArray(item?.options) ? item.options : []
  const key = options.find((o) => o && typeof o === 'object' && o.correct === true)?.code
  return typeof item?.template === 'string' && typeof key === 'string' ? key : null
}

function computePoints(item: TeachingSource): readonly string[] {
  const key = keyedCode(item)
  if (key === null) return []
  const points = [`${item.template}|${key}`]
  if (drugs.has(key)) points.push(`keyed-drug:${key}`)
  const cls = keyableAggravators.get(key)
  if (cls) points.push(`keyed-class:${cls.id}`)
  if (IRON_AT_NORMAL_FERRITIN[item.template] === key) points.push('teach:iron-at-normal-ferritin')
  if (IV_IRON_BAND[item.template] === key) points.push('teach:iv-iron-band')
  const lesson = TEACH[item.template]
  if (lesson && typeof item.id === 'string') points.push(...lesson(item, paramsOfId(item.id)))
  return [...new Set(points)]
}

/**
 * How many items of one quiz may carry a point before the next is a repeat: two for a drug class
 * (a default quiz has eight medication items and six keyable classes) and for the iron decision
 * at a normal-range ferritin (the mission's second skill, which several iron templates key); one
 * for every other point. Only one-item points are held against the learner's past attempts: a
 * class or the core iron decision will recur, and holding them would turn the preference off.
 */
export function pointCap(point: string): number {
  return point.startsWith('keyed-class:') || point === 'teach:iron-at-normal-ferritin' ? 2 : 1
}

/** Templates that offer one set of adult iron decisions under one set of codes: a learner who met
 * one of them keyed "iron, either route" has met the other's (read 22, P3: iron-normal-ferritin's
 * ferritin 49 with the options and key iron-decision had served the quiz before). */
const ADULT_IRON_DECISION = new Set(['iron-decision', 'iron-normal-ferritin'])

/**
 * The *roles* of an item's key, as a learner who met it would recall them in a later quiz: the
 * template's keyed code, "the culprit" for a template whose key is the drug it names as the
 * aggravator (a new vignette, a new drug, the same answer: the culprit in the trip's night bag),
 * and the adult iron band shared by two templates. Read 22 (P3) counted four follow-up items
 * MAJOR for replaying a template of the first quiz with the same key role: a returning
 * learner's slot holds them back, with met cases, in its first run of steps (assemble.ts,
 * slotSteps) while anything else can fill it. Never throws on a snapshot.
 */
export function keyRoles(item: TeachingSource): readonly string[] {
  const key = keyedCode(item)
  if (key === null) return []
  const roles = [`${item.template}|${key}`]
  if (drugs.has(key) && fact(item, 'aggravator') === key) roles.push(`${item.template}|culprit`)
  if (ADULT_IRON_DECISION.has(item.template)) roles.push(`adult-iron-decision|${key}`)
  return roles
}
