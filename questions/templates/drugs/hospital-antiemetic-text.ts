// Wording for family 3 (hospital-antiemetic.ts): admissions, charted antiemetics, dose times,
// night-time findings, the ward version of the RLS story and the lead-ins.

export const ADMISSIONS = [
  {
    text: 'is on the medical ward on the second night of an admission for gastroenteritis with dehydration, on IV fluids',
    drugs: ['metoclopramide', 'prochlorperazine', 'promethazine'],
    abx: null,
    minAge: 55
  },
  {
    text: 'is on day two of an admission for community-acquired pneumonia',
    drugs: ['metoclopramide', 'prochlorperazine', 'promethazine'],
    abx: 'amoxicillin',
    minAge: 45
  },
  {
    text: 'was admitted yesterday with an acute attack of vertigo and vomiting',
    drugs: ['prochlorperazine', 'promethazine'],
    abx: null,
    minAge: 45
  },
  {
    text: 'was admitted two days ago with a flare of diabetic gastroparesis',
    drugs: ['metoclopramide', 'prochlorperazine'],
    abx: null,
    minAge: 45
  },
  {
    text: 'is on the surgical ward on the first night after a laparoscopic cholecystectomy, kept in because of vomiting',
    drugs: ['metoclopramide', 'prochlorperazine', 'promethazine'],
    abx: null,
    minAge: 40
  },
  {
    text: 'is on day three of an admission for cellulitis of the lower arm',
    drugs: ['metoclopramide', 'prochlorperazine', 'promethazine'],
    abx: 'cephalexin',
    minAge: 45
  }
] as const

export const CHARTED: Record<string, string> = {
  metoclopramide: 'metoclopramide 10 mg IV every 8 hours as needed for nausea',
  prochlorperazine: 'prochlorperazine 5 mg by mouth every 8 hours as needed for nausea',
  promethazine: 'promethazine 25 mg by mouth every 6 hours as needed for nausea'
}

// Every option is written as one chart line is: dose, route, how often (read-through: only the
// key carried a route, or only the key lacked a frequency). The keyed prescription has a short
// and a long wording so its length rank can land anywhere among the other lines. No "up to" in
// them nor in the as-needed analgesic (read 7: "up to three times" is a hedge to the cue gate, and
// the key carried it in half the items, so "most hedged" beat chance by 11 points).
const KEY_DOSES: Record<string, [string, string, string]> = {
  metoclopramide: ['10 mg IV', 'every 8 hours', 'three'],
  prochlorperazine: ['5 mg by mouth', 'every 8 hours', 'three'],
  promethazine: ['25 mg by mouth', 'every 6 hours', 'four']
}

/** The keyed option's regimen (short form). */
export const CHARTED_SHORT: Record<string, string> = Object.fromEntries(
  Object.entries(KEY_DOSES).map(([drug, [dose, interval]]) => [drug, `${dose} ${interval}`])
)

/** Its other wordings. */
export const CHARTED_LONG: Record<string, readonly string[]> = Object.fromEntries(
  Object.entries(KEY_DOSES).map(([drug, [dose, , times]]) => [
    drug,
    [`${dose} ${times} times a day`, `${dose} ${times} times a day as required`]
  ])
)

/** The as-needed analgesic's route: IV beside an IV antiemetic, so the key is not the only
 * injection on the chart. */
export function painRoute(drug: string): string {
  return drug === 'metoclopramide' ? 'IV' : 'by mouth'
}

/** A home or admission regimen with its route, in the same form as the keyed line. */
export function withRoute(drug: string, regimen: string): string {
  if (/\b(IV|IM|by mouth|subcutaneously)\b/.test(regimen)) return regimen
  const route = drug === 'insulin glargine' ? 'subcutaneously' : 'by mouth'
  return regimen.replace(/^([\d.]+ (?:mg|micrograms|g|units))\s/, `$1 ${route} `)
}

// Every dose time is before the latest onset the NIGHT lines give (the round at 23:30), so no
// charted dose falls after the symptoms began (read 5: a 23:00 dose against an "evening round").
export const DOSE_TIMES = [
  '16:00 and 22:00',
  '14:00 and 21:00',
  '18:00',
  '13:00 and 19:00'
] as const

export const NIGHT = [
  'The night nurse finds {him} walking the corridor at 01:00',
  'The night nurse reports that {she} kept getting out of bed',
  '{She} asks the on-call doctor for help at midnight',
  'On the late round at 23:30 {she} is pacing beside the bed'
] as const

// Ward versions of the IRLSSG story: urge in the legs, brought on by lying still in the evening,
// relieved by walking while it lasts.
export const FEATURES = [
  'an urge to move {her} legs as soon as {she} lies still, with a creeping, crawling discomfort in the calves that eases only while {she} walks',
  'deep, unpleasant sensations in both legs and a need to move them whenever {she} tries to settle, relieved while {she} is up and walking',
  'a restless, pulling discomfort in the shins that began this evening once {she} was back in bed and settles only when {she} stands and walks',
  'a strong need to keep {her} legs moving in bed, with "fizzing" in the calves that stops while {she} walks and returns when {she} lies down'
] as const

export const LEADS = [
  'Which charted medication is the most likely cause of these symptoms?',
  'Which drug on the inpatient chart should be reviewed first?',
  'Which of these medicines is most likely to be responsible?'
] as const
