// Shared building blocks for the clinical vignettes (families 6–12): who the patient is, where
// they are seen, how they describe RLS, and a background medication list. Every piece has several
// phrasings so that two items of one template do not read like copies of each other. The word
// helpers (pronoun placeholders, lists, counted years) are kit/people.ts, shared by every family.
import type { Rng } from '../../rng'
import { cap, fill, join } from '../kit/people'

export type Sex = 'female' | 'male'

export interface Patient {
  age: number
  sex: Sex
  /** Index into OCCUPATIONS, kept so the item id changes with it. */
  job: number
  she: string
  her: string
  him: string
  She: string
  title: string
  noun: string
}

const OCCUPATIONS = [
  'retired teacher',
  'bus driver',
  'accountant',
  'nurse',
  'software developer',
  'farmer',
  'librarian',
  'electrician',
  'shop owner',
  'retired engineer',
  'hairdresser',
  'university lecturer',
  'warehouse supervisor',
  'graphic designer',
  'chef',
  'social worker'
] as const

export const SETTINGS = [
  'primary care clinic',
  'sleep medicine clinic',
  'neurology outpatient clinic',
  'internal medicine clinic',
  'community health centre',
  'general medicine clinic'
] as const

export function makePatient(rng: Rng, minAge: number, maxAge: number, sex?: Sex): Patient {
  const s: Sex = sex ?? rng.pick(['female', 'male'] as const)
  const female = s === 'female'
  const age = rng.int(minAge, maxAge)
  // Only people near or past retirement age get a "retired …" occupation.
  const jobs = OCCUPATIONS.map((_, i) => i).filter(
    (i) => age >= 58 || !OCCUPATIONS[i]?.startsWith('retired')
  )
  return {
    age,
    sex: s,
    job: rng.pick(jobs),
    she: female ? 'she' : 'he',
    her: female ? 'her' : 'his',
    him: female ? 'her' : 'him',
    She: female ? 'She' : 'He',
    title: female ? 'Ms' : 'Mr',
    noun: female ? 'woman' : 'man'
  }
}

export function occupation(p: Patient): string {
  const job = OCCUPATIONS[p.job] ?? 'office worker'
  // Past the usual working age the patient is described as retired from the job.
  return p.age >= 70 && !job.startsWith('retired') ? `retired ${job}` : job
}

/** "A 54-year-old woman, a retired teacher, is seen in a sleep medicine clinic" */
export function opening(p: Patient, setting: string): string {
  const a = article(setting)
  return `${cap(article(`${p.age}-`))} ${p.age}-year-old ${p.noun}, ${article(occupation(p))} ${occupation(p)}, is seen at ${a} ${setting}`
}

/** "A 56-year-old man, an accountant, <clause>" for settings that don't fit "is seen at". */
export function intro(p: Patient, clause: string): string {
  return `${cap(article(`${p.age}-`))} ${p.age}-year-old ${p.noun}, ${article(occupation(p))} ${occupation(p)}, ${clause}`
}

export function article(word: string): string {
  if (/^(uni|use|eu)/i.test(word)) return 'a'
  return /^([aeiou]|8|11-|11 |18-|18 )/i.test(word) ? 'an' : 'a'
}

/** "There is…" → "there is…", but leaves "D2 blockers…" and acronyms alone. */
export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text
}

const SENSATIONS = [
  'a creeping, crawling feeling deep in both calves',
  // Read 18 (P8): "an unpleasant pulling sensation in the legs that is hard to put into words"
  // came back in three of 60 items, word for word.
  'a pulling discomfort in both legs that {she} struggles to describe',
  'a crawling, "fizzy" discomfort inside the shins',
  'an aching, itchy-from-the-inside feeling in both lower legs',
  'a tense, jittery sensation in the thighs and calves',
  // Read 14 (P1): one sensation opened the symptoms in five of 60 items; ten now.
  'a restless, buzzing feeling deep in the calves',
  'a deep, drawing ache in both calves that is not quite pain',
  'a bubbling, restless sensation under the skin of the shins',
  'a gnawing discomfort in the calves and behind the knees',
  'an odd, "wormy" feeling deep in the lower legs'
] as const

// Read 18 (P8): "during long evening meetings or concerts" was told of a chef and of retired
// people alike; every trigger now fits anyone, and there are nine, so two items of a quiz share
// one less often. At most ten per list: rlsStory writes the indices as single digits.
const REST_TRIGGERS = [
  'when {she} sits down to watch television after dinner',
  'once {she} settles into bed',
  'whenever {she} sits still to read in the evening',
  'when {she} sits through a long film or play in the evening',
  'when {she} lies down at night',
  'once the house is quiet and {she} sits down for the evening',
  'as a passenger on long car journeys in the evening',
  'as soon as {she} stretches out on the sofa in the evening',
  'when {she} sits still for long after the evening meal'
] as const

const RELIEF = [
  'Getting up and walking eases it, but it returns soon after {she} is still again',
  'Walking around the room brings relief that lasts only while {she} keeps moving',
  'Stretching and pacing help for as long as {she} keeps at it',
  'Moving the legs or walking gives relief for as long as the movement lasts',
  // Read 10 (P4): two items of one quiz shared a relief or timing sentence; six of each now.
  'Pacing the hall settles it while {she} keeps walking, and it is back within minutes of sitting',
  'A walk round the house quiets it until {she} sits or lies down again',
  'Walking eases it at once, though only for as long as {she} keeps going',
  'Getting up to move brings relief that fades as soon as {she} rests'
] as const

const TIMING = [
  'It is rarely a problem before late afternoon',
  'Mornings are free of it',
  'It is clearly worst in the late evening and first part of the night',
  'It almost never troubles {him} during the day',
  'It builds through the evening and peaks around bedtime',
  'By day {she} barely notices it',
  // Read 18 (P8): more timings, so "it builds through the evening…" recurs less.
  'It is at its worst between about 9 pm and midnight',
  'Earlier in the day {she} can sit for hours without it'
] as const

export interface RlsStory {
  text: string
  /** Phrase indices, included in item params so different wordings give different ids. */
  phrasing: string
}

/** A symptom history that meets all five IRLSSG criteria; the neuro exam line is added by callers. */
export function rlsStory(rng: Rng, p: Patient): RlsStory {
  const s = rng.int(0, SENSATIONS.length - 1)
  const r = rng.int(0, REST_TRIGGERS.length - 1)
  const l = rng.int(0, RELIEF.length - 1)
  const t = rng.int(0, TIMING.length - 1)
  const months = rng.pick([4, 6, 8, 10, 14, 18, 24])
  const nights = rng.pick(['three or four nights a week', 'most nights', 'nearly every night'])
  // Relief and timing share one sentence, so its wording varies with both (16 combinations):
  // the quiz gate allows a stem sentence in at most two items of a quiz.
  const text = fill(
    `For ${months} months, ${nights}, ${p.she} has had an urge to move ${p.her} legs with ` +
      `${SENSATIONS[s]}, starting ${REST_TRIGGERS[r]}. ${RELIEF[l]}; ${lowerFirst(TIMING[t] ?? '')}.`,
    p
  )
  return { text, phrasing: `${s}${r}${l}${t}-${months}` }
}

// Normal examination lines, built from interchangeable findings so that many wordings exist (the
// quiz gate allows one long stem sentence in at most two items of a quiz).
const EXAM_LEADS = [
  'Examination shows',
  // Not "On examination there are": it read "there are no swelling" (copy edit, copyK).
  'On examination the legs show',
  'The examination finds',
  'Examining the legs shows'
]
const EXAM_FINDINGS = [
  [
    'normal strength and reflexes',
    'normal sensation to pinprick and vibration',
    'easily felt foot pulses'
  ],
  ['no oedema or skin change', 'intact reflexes and sensation', 'good pedal pulses'],
  ['normal power, tone and reflexes', 'no sensory loss', 'warm feet with palpable pulses'],
  ['no swelling or tenderness of the calves', 'normal reflexes', 'normal sensation and pulses']
]
export const NORMAL_EXAM: readonly string[] = EXAM_LEADS.flatMap((lead) =>
  EXAM_FINDINGS.map((f) => `${lead} ${join(f)}.`)
)

/**
 * Background drugs from the brief's safe-distractor list (§2), each with the condition it treats.
 * None is a recognised aggravator, so a clinical item never hides a second question in the list.
 * Statins are left out because some of our stems mention leg aches (brief: no statin with myalgia).
 */
interface Background {
  drug: string
  condition: string
  minAge: number
  sex?: Sex
}

const BACKGROUND: readonly Background[] = [
  { drug: 'lisinopril 10 mg daily', condition: 'hypertension', minAge: 40 },
  { drug: 'losartan 50 mg daily', condition: 'hypertension', minAge: 40 },
  { drug: 'levothyroxine 75 micrograms daily', condition: 'treated hypothyroidism', minAge: 20 },
  { drug: 'alendronate 70 mg weekly', condition: 'osteoporosis', minAge: 58 },
  {
    drug: 'tamsulosin 0.4 mg at night',
    condition: 'benign prostatic hyperplasia',
    minAge: 55,
    sex: 'male'
  },
  { drug: 'acetaminophen 1 g as needed', condition: 'occasional tension headaches', minAge: 18 },
  { drug: 'hydrochlorothiazide 25 mg daily', condition: 'hypertension', minAge: 40 },
  {
    drug: 'sitagliptin 100 mg daily',
    condition: 'type 2 diabetes without neuropathy',
    minAge: 40
  }
]

export interface MedList {
  text: string
  drugs: string[]
}

export function backgroundMeds(rng: Rng, p: Patient, count: number): MedList {
  if (count === 0) {
    // The wording follows the patient's params (age, job), so the text stays a function of them.
    const none = [
      `${p.She} takes no regular medicines.`,
      `${p.She} is on no regular medication, prescribed or over the counter.`,
      `No regular medicines are recorded in ${p.her} notes.`,
      `${p.She} uses no prescribed or over-the-counter medicines.`
    ]
    return { text: none[(p.age + p.job) % none.length] ?? '', drugs: [] }
  }
  const pool = BACKGROUND.filter((b) => (!b.sex || b.sex === p.sex) && p.age >= b.minAge)
  const chosen: Background[] = []
  for (const b of rng.shuffle(pool)) {
    // One antihypertensive is enough; two would look like a prescribing puzzle.
    if (b.condition === 'hypertension' && chosen.some((c) => c.condition === 'hypertension'))
      continue
    chosen.push(b)
    if (chosen.length === count) break
  }
  const history = join(chosen.map((c) => c.condition))
  const drugs = chosen.map((c) => c.drug)
  return {
    text: `${p.She} has ${history}, for which ${p.she} takes ${join(drugs)}.`,
    drugs: drugs.map((d) => d.split(' ')[0] ?? d)
  }
}

/** Morning draw, off iron for ≥24 h (brief §3), in a few wordings. */
const DRAW_TIMES = ['at 7:30 am', 'at 8 am', 'at 8:30 am', 'at 9 am']
const DRAW_IRON = [
  '{she} takes no iron supplements',
  'it is more than 24 hours since {her} last iron-containing multivitamin',
  '{she} has never taken iron tablets',
  '{she} took no iron in the two days before'
]
export const DRAW_NOTE: readonly string[] = DRAW_TIMES.flatMap((t) =>
  DRAW_IRON.map((i) => `Blood was drawn ${t}; ${i}.`)
)

export function oneDecimal(tenths: number): string {
  return (tenths / 10).toFixed(1)
}
