// Family 5 vignette: a patient on a dopaminergic RLS drug whose symptoms now start earlier in the
// day and have spread to the arms after dose increases (augmentation, brief §2 and §5). Shared by
// the "recognise it" and "what next" templates; text is a pure function of the params.
import type { Rng } from '../../rng'
import type { OptionDraft } from '../types'
import { at } from './vignette'
import { fill, person, pickSex, type Person, years } from '../kit/people'

export const AUG_DRUGS = [
  {
    drug: 'pramipexole',
    name: 'pramipexole',
    start: '0.125 mg',
    now: ['0.375 mg', '0.5 mg'],
    when: 'two hours before bed',
    yrs: [3, 10]
  },
  {
    drug: 'ropinirole',
    name: 'ropinirole',
    start: '0.25 mg',
    now: ['1.5 mg', '2 mg'],
    when: 'in the evening',
    yrs: [3, 10]
  },
  {
    drug: 'rotigotine',
    name: 'a rotigotine patch',
    start: '1 mg/24 h',
    now: ['2 mg/24 h', '3 mg/24 h'],
    when: 'applied each morning',
    yrs: [3, 8]
  },
  {
    drug: 'levodopa',
    name: 'carbidopa/levodopa',
    start: '25/100 mg, half a tablet',
    now: ['one tablet', 'one and a half tablets'],
    when: 'at bedtime',
    yrs: [1, 4]
  }
] as const

const SETTINGS = [
  'attends a sleep clinic follow-up',
  'sees {her} family physician',
  'is reviewed in a neurology clinic',
  'attends a clinic review'
] as const
const ORIGINAL = ['around 10 pm', 'at bedtime', 'late in the evening'] as const
const ONSET = ['by 2 pm', 'soon after lunch', 'in the early afternoon', 'by mid-afternoon'] as const
const SPREAD = [
  'spread to {her} forearms and hands',
  'begun to affect {her} arms when {she} sits to read',
  'started to appear in {her} arms as well as {her} legs'
] as const
const EXTRA = [
  '',
  ', and they come on within minutes of sitting down rather than after an hour',
  ', and they are more intense than before treatment began'
] as const
const IRON = [
  'Iron studies have not been checked since the diagnosis.',
  'Ferritin was last measured four years ago.',
  // Read 18 (F2#1, P7): "No iron studies are on record" after years of specialist care was
  // implausible.
  'Iron studies were last done before the agonist was started.'
] as const
/** How each IRON line reads inside an explanation, so the teaching matches the stem (read-through
 * of 2.8.0: "are repeated" when none were on record). */
const IRON_STATE = [
  'not checked since the diagnosis',
  'last measured four years ago',
  'last done before the agonist was started'
] as const
export function ironState(iron: number): string {
  return IRON_STATE[iron] ?? IRON_STATE[0]
}

export interface AugParams {
  drug: number
  now: number
  yrs: number
  raised: number
  age: number
  sex: 'f' | 'm'
  set: number
  orig: number
  onset: number
  spread: number
  extra: number
  iron: number
}

export function drawAugmentation(rng: Rng): AugParams {
  const drug = rng.int(0, AUG_DRUGS.length - 1)
  const d = at(AUG_DRUGS, drug)
  return {
    drug,
    now: rng.int(0, 1),
    yrs: rng.int(d.yrs[0], d.yrs[1]),
    raised: rng.int(1, 2),
    age: rng.int(45, 82),
    sex: pickSex(rng),
    set: rng.int(0, SETTINGS.length - 1),
    orig: rng.int(0, ORIGINAL.length - 1),
    onset: rng.int(0, ONSET.length - 1),
    spread: rng.int(0, SPREAD.length - 1),
    extra: rng.int(0, EXTRA.length - 1),
    iron: rng.int(0, IRON.length - 1)
  }
}

/** An augmentation item's parameters: the story, 3–4 of the 4 wrong options, and a lead-in. */
export interface AugItemParams extends AugParams {
  wrong: string
  lead: number
}

/** The wrong options an item drew (`wrong` is e.g. "0+2+3"), in that order. */
export function drawnWrongOptions(
  list: readonly { text: string; code: string; why: string }[],
  wrong: string
): OptionDraft[] {
  return wrong.split('+').map((i) => {
    const w = at(list, Number(i))
    return { text: w.text, code: w.code, correct: false, rationale: w.why }
  })
}

/** Both augmentation templates draw the same way; only their lead-ins and options differ. */
export function drawAugmentationItem(rng: Rng, leadCount: number): AugItemParams {
  const a = drawAugmentation(rng)
  const count = rng.int(3, 4)
  return {
    ...a,
    wrong: rng.sample([0, 1, 2, 3], count).sort().join('+'),
    lead: rng.int(0, leadCount - 1)
  }
}

/** What the story shows: augmentation, end-of-dose rebound (levodopa only) or a new neuropathy. */
export type AugPicture = 'augmentation' | 'rebound' | 'neuropathy'

export function augmentationStem(
  a: AugParams,
  picture: AugPicture = 'augmentation'
): {
  p: Person
  stem: string
  drug: string
  name: string
} {
  const p = person(a.age, a.sex)
  const d = at(AUG_DRUGS, a.drug)
  const times =
    a.raised === 1 ? 'the latest increase, six months ago,' : 'each of the last two increases'
  const opening =
    `${p.a} ${fill(at(SETTINGS, a.set), p)}. ${p.She} has taken ${d.name} for RLS for ${years(a.yrs)}. ` +
    `At first ${d.start} ${d.when} controlled symptoms that began ${at(ORIGINAL, a.orig)}. `
  // The time at the current dose fits inside the years on the drug (read 7, 85093 #29: "for 1
  // year", then "one and a half tablets for a year" after starting at half a tablet).
  const steady = a.yrs >= 2 ? 'for a year' : 'for the past six months'
  // History, then the current picture, then the iron line, then the examination: the iron line
  // no longer interrupts the dose history (read 7, 85093 #29), and the stem does not end on it
  // (read 6, 83267 #1: last, it read as the hint to the one iron option).
  const [history, now, exam] =
    picture === 'rebound'
      ? [
          `The dose has been ${at(d.now, a.now)} ${steady} and the evenings are comfortable, but ${p.she} now wakes around 4 am with the same leg discomfort, some hours after the bedtime dose.`,
          'The symptoms have not moved earlier in the day and remain in the legs.',
          `${p.She} has no numbness or cramps, and the neurological examination is normal.`
        ]
      : picture === 'neuropathy'
        ? [
            `The dose has been ${at(d.now, a.now)} ${steady}, and the evening urge to move is still well controlled.`,
            `In recent months, though, ${p.she} has developed constant numbness and burning in both feet, present day and night, that walking does not relieve.`,
            'Ankle reflexes are absent and vibration sense is reduced at the toes.'
          ]
        : [
            `The dose has since been raised step by step to ${at(d.now, a.now)}, and ${times} helped for only a few weeks.`,
            `Now the symptoms start ${at(ONSET, a.onset)} and have ${fill(at(SPREAD, a.spread), p)}${at(EXTRA, a.extra)}.`,
            `${p.She} has no numbness or cramps, and the neurological examination is normal.`
          ]
  const stem = `${opening}${history} ${now} ${at(IRON, a.iron)} ${exam}`
  return { p, stem, drug: d.drug, name: d.drug === 'levodopa' ? 'carbidopa/levodopa' : d.drug }
}

export const AUG_EVIDENCE =
  'Older reviews cited by the source (2005, 2008) call dopamine agonists first-line; the AASM 2024 guideline suggests against their standard use because of augmentation and makes α2δ ligands first-line.'
