// Wording for family 3 (hospital-antiemetic.ts): admissions, charted antiemetics, dose times,
// night-time findings, the ward version of the RLS story and the lead-ins.

// Read 18 (F1#24, F2#18): metformin 1000 mg twice daily stayed on the chart of a patient admitted
// with vomiting or dehydration, where it is held. `vomiting` admissions draw no metformin.
export const ADMISSIONS = [
  {
    text: 'is on the medical ward on the second night of an admission for gastroenteritis with dehydration, on IV fluids',
    vomiting: true,
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
    vomiting: true,
    drugs: ['prochlorperazine', 'promethazine'],
    abx: null,
    minAge: 45
  },
  // Read 9 (P6): not a flare of diabetic gastroparesis, which made this the patient of
  // trigger-antiemetic-diabetic-gastroparesis (a man of about 70 on a dopamine-blocking antiemetic
  // and insulin glargine) when both came up in one quiz. A prolonged migraine attack is treated
  // with a D2-blocking antiemetic and acetaminophen, as charted here; ages stay in the range where
  // migraine is the usual story (a first severe headache in old age is a red flag, not this).
  {
    text: 'was admitted yesterday with a prolonged attack of {her} usual migraine and repeated vomiting',
    vomiting: true,
    drugs: ['metoclopramide', 'prochlorperazine', 'promethazine'],
    abx: null,
    minAge: 30,
    maxAge: 62
  },
  {
    text: 'is on the surgical ward on the first night after a laparoscopic cholecystectomy, kept in because of vomiting',
    vomiting: true,
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

// One regimen per keyed drug, written once (read 9, 104729 #8: the chart said "every 8 hours as
// needed" while the key read "three times a day"). The chart line and every wording of the keyed
// option are cut from it: the option drops the indication (no foil names one) and may drop the
// interval, as the as-needed analgesic's shorter wording does ("1 g IV as needed"). No "up to" in
// them nor in the analgesic (read 7: "up to three times" is a hedge to the cue gate, and the key
// carried it in half the items, so "most hedged" beat chance by 11 points).
// Read 21 (F2#16, MINOR): every admission here can be one for vomiting, and an antiemetic by
// mouth in a patient who is vomiting is implausible; prochlorperazine and promethazine are charted
// by deep intramuscular injection (their usual parenteral route) and metoclopramide IV.
const KEY_DOSES: Record<string, [dose: string, interval: string]> = {
  metoclopramide: ['10 mg IV', 'every 8 hours'],
  prochlorperazine: ['12.5 mg IM', 'every 8 hours'],
  promethazine: ['25 mg IM', 'every 6 hours']
}

/** The chart's as-needed line for each keyed drug. */
export const CHARTED: Record<string, string> = Object.fromEntries(
  Object.entries(KEY_DOSES).map(([drug, [dose, interval]]) => [
    drug,
    `${drug} ${dose} ${interval} as needed for nausea`
  ])
)

/** The keyed option's regimen (short form), the chart's words. */
export const CHARTED_SHORT: Record<string, string> = Object.fromEntries(
  Object.entries(KEY_DOSES).map(([drug, [dose, interval]]) => [drug, `${dose} ${interval}`])
)

/** Its other wordings, also the chart's words, so its length rank can land anywhere. */
export const CHARTED_LONG: Record<string, readonly string[]> = Object.fromEntries(
  Object.entries(KEY_DOSES).map(([drug, [dose, interval]]) => [
    drug,
    [`${dose} as needed`, `${dose} ${interval} as needed for nausea`]
  ])
)

/** The as-needed analgesic's route: IV beside an injected antiemetic, so the key is not the only
 * injection on the chart. */
export function painRoute(drug: string): string {
  return /\b(IV|IM)\b/.test(KEY_DOSES[drug]?.[0] ?? '') ? 'IV' : 'by mouth'
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
