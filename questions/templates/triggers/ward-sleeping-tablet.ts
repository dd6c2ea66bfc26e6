// A medical inpatient is given an as-needed sedating antihistamine at night "for sleep" or itch,
// and the night nurse reports RLS. Antibiotics for the reason for admission were started at the
// same time.
import { whichDrugTemplate, type Ctx } from '../kit/which-drug'
import { LONG_TERM_ANTIDEPRESSANTS, TOLERATED_SHARE, otherMedicines } from '../kit/tolerated'
import { phrasing } from '../kit/people'

const REASONS = ['pneumonia', 'a chest infection', 'a kidney infection', 'diverticulitis']

// Read 18 (F1#20): "oral cephalexin" for a chest infection, not a usual choice. The antibiotic
// now follows the reason for admission (amoxicillin for a chest infection or pneumonia,
// cephalexin for a kidney infection, intravenous treatment for diverticulitis); three per reason,
// drawn by the same number as before.
const ANTIBIOTICS: Record<string, readonly [string, string, string]> = {
  pneumonia: ['oral amoxicillin', 'intravenous amoxicillin', 'an intravenous antibiotic'],
  'a chest infection': ['oral amoxicillin', 'oral amoxicillin', 'an intravenous antibiotic'],
  'a kidney infection': ['oral cephalexin', 'an intravenous antibiotic', 'oral cephalexin'],
  diverticulitis: [
    'an intravenous antibiotic',
    'intravenous antibiotics',
    'an intravenous antibiotic'
  ]
}

/** Read 18 (F1#20, P7): hydroxyzine in a patient of 87 with no word on its anticholinergic load;
 * from 65 the explanation adds it. */
const olderCaveat = (c: Ctx): string =>
  c.p.age >= 65
    ? ` At ${c.p.age} it is a poor choice for another reason as well: a first-generation antihistamine's anticholinergic effects add to the risk of delirium and falls.`
    : ''

// Openings of the explanation (read 5, P3: one paragraph was repeated across quizzes).
const WARD_OPENINGS = [
  'Night-time medicines started on a ward are easy to miss on a drug chart.',
  'When RLS flares on a ward, the medicines charted since admission are the first place to look.',
  'Night-time sedation is often charted on admission and given without a second thought.'
]

// Read 8 (P7): "most nights since admission" beside "2 doses given" on day 6. The nights so far and
// the doses given now follow from the day of admission: a dose on every night or all but one.
const nights = (c: { n: Record<string, number> }): number => (c.n.day ?? 3) - 1
const asNeeded = (c: { use: { regimen: string } }): boolean => c.use.regimen.includes('as needed')
const given = (c: { n: Record<string, number>; use: { regimen: string } }): number =>
  asNeeded(c) ? Math.max(2, nights(c) - (c.n.skip ?? 0)) : nights(c)
// Read 10 (r10G pre-read): the culprit was the only "as needed" entry and the only one with an
// administration record, a cue in the chart itself. Now every entry carries the same record, the
// acetaminophen is charted as needed too, and the antihistamine is sometimes a regular night dose.
const record = (k: number, of: number, unit: string): string =>
  k === of
    ? `given on ${of === 2 ? 'both' : `all ${of}`} ${unit}`
    : `given on ${k} of ${of} ${unit}`

/** "3 of the 4 nights" (of this admission), as the chart gives it for the culprit. */
const onNights = (c: { n: Record<string, number>; use: { regimen: string } }): string =>
  `${given(c)} of the ${nights(c)} nights`

// Who raises the problem (read 10: one frame in every item).
const FRAMES = [
  (c: Ctx, reason: string) =>
    `${c.p.a} is on day ${c.n.day} of an admission to a general medical ward for ${reason} and is improving. The night nurse asks the ward doctor to review {her} legs: on most nights since admission {she} has been unable to stay in bed because of a restless, crawling feeling in both legs that eases only while {she} walks to the bathroom and back. {She} says {she} has had a milder version at home for years.`,
  (c: Ctx, reason: string) =>
    `On the morning ward round, ${c.p.a.charAt(0).toLowerCase()}${c.p.a.slice(1)}, admitted ${nights(c)} days ago with ${reason} and now improving, says {she} has hardly slept. Each night on the ward {her} legs fill with a creeping, restless feeling soon after the lights go out, and {she} gets up and paces the bay until it settles. At home {she} has had something similar, but milder, for years.`,
  (c: Ctx, reason: string) =>
    `${c.p.a} admitted with ${reason} ${nights(c)} days ago is recovering, but the nursing notes record that {she} is out of bed for long spells every night. {She} tells the ward doctor that an urge to move {her} legs starts when {she} settles and eases only while {she} walks; a milder form has troubled {him} in the evenings at home for years.`
] as const

export const wardSleepingTablet = whichDrugTemplate({
  rankForms: ['name', 'schedule', 'regimen'],
  // Read 10: the always-listed acetaminophen and α2δ drug held the key in the middle of the
  // length order (middle-length +6.7); half the unreachable extremes try the other one.
  otherExtremeShare: 0.5,
  id: 'trigger-ward-night-sedation',
  family: '17',
  section: 'medications',
  title: 'As-needed antihistamine at night on a medical ward',
  objective:
    'Find the as-needed sedating antihistamine on an inpatient chart as the likely cause of RLS on the ward.',
  claims: ['P2'],
  ages: [45, 88],
  // "At night, as needed": the schedule form drops the tail after the comma ("Hydroxyzine 25 mg
  // at night", among the shortest chart lines) and the regimen form keeps it (among the longest),
  // so the key can land on every length rank (read 7, middle-length). The stem's chart shows
  // which drug is charted as needed whatever the form.
  // Read 21 (P2): a long-standing antidepressant in 60% of lists, so class and timeline decide.
  tolerated: { share: TOLERATED_SHARE, drugs: LONG_TERM_ANTIDEPRESSANTS },
  keys: {
    diphenhydramine: [
      { regimen: '25 mg at night, as needed', indication: 'sleep', by: 'the on-call doctor' },
      { regimen: '25 mg at night, as a regular dose', indication: 'sleep', by: 'the ward doctor' }
    ],
    hydroxyzine: [
      { regimen: '25 mg at night, as needed', indication: 'itch', by: 'the ward doctor' },
      { regimen: '25 mg at night, as a regular dose', indication: 'itch', by: 'the ward doctor' },
      { regimen: '25 mg at night, as needed', indication: 'anxiety', by: 'the on-call doctor' }
    ]
  },
  chronic: [
    'lisinopril',
    'atorvastatin',
    'levothyroxine',
    'metformin',
    'losartan',
    'alendronate',
    'tamsulosin',
    'insulin glargine',
    'rosuvastatin',
    // More long-term drugs, so no one of them (insulin glargine 22 units) is in most lists.
    'hydrochlorothiazide',
    'enalapril',
    'finasteride',
    'chlorthalidone'
  ],
  // Read 10 (r10G pre-read): the culprit was the only "as needed" entry. The co-started drug is
  // now always acetaminophen charted as needed (for the fever or for pain), so "as needed" is
  // never the culprit's alone; the antibiotic is named in the stem, outside the options (read 6:
  // cephalexin was the timing decoy in many templates).
  fresh: ['acetaminophen'],
  freshUses: {
    acetaminophen: [
      { regimen: '1 g six-hourly as needed', indication: 'fever with the infection' },
      { regimen: '1 g as needed', indication: 'pain' },
      { regimen: '500 mg to 1 g as needed', indication: 'headache' }
    ]
  },
  uses: {
    // As needed, like the antihistamine: "as needed" is not the culprit's alone (read 10).
    acetaminophen: {
      regimen: '1 g six-hourly as needed',
      indication: 'fever with the infection'
    },
    // Three doses a day (300 mg, within the anxiety range): "75 mg twice daily" was shorter than
    // the key's schedule, so the key could not be the shortest option beside it.
    pregabalin: { regimen: '100 mg three times daily', indication: 'generalised anxiety disorder' }
  },
  numbers: {
    reason: [0, 3],
    day: [3, 6],
    skip: [0, 1],
    yrs: [2, 14],
    open: [0, 2],
    prn: [1, 3],
    abx: [0, 2]
  },
  keyLine: (c) =>
    `${c.drug} ${c.use.regimen} for ${c.use.indication} (charted on admission; given on ${given(c)} of ${nights(c)} nights)`,
  freshLine: (c, g, reg, ind) =>
    `${g} ${reg} for ${ind} (charted on admission; ${
      reg.includes('as needed')
        ? record(Math.min(c.n.prn ?? 1, nights(c)), nights(c), 'days')
        : 'all doses given'
    })`,
  stem: (c) => {
    const reason = REASONS[c.n.reason ?? 0] ?? 'pneumonia'
    const frame = phrasing(
      FRAMES.map((f) => f(c, reason)),
      `${JSON.stringify(c.n)}|${c.drug}|${c.p.age}`,
      'frame'
    )
    const abx = ANTIBIOTICS[reason]?.[c.n.abx ?? 0] ?? 'an intravenous antibiotic'
    return `${frame} Besides ${abx} for the infection, the drug chart lists ${c.list}. Both legs are warm, with no swelling or tenderness.`
  },
  leads: [
    'Which medicine on the drug chart is the most likely to be making {her} RLS worse?',
    'Which charted medicine should be reviewed first?'
  ],
  keyTail: (c) =>
    `It has been given for ${c.use.indication} on ${onNights(c)} of this admission, in which the legs became worse than at home; a sedating antihistamine is a poor choice of night-time medicine for someone with RLS.`,
  freshTail: (c) =>
    asNeeded(c)
      ? 'It was charted as needed on admission, like the night-time doses, so neither the dates nor the way it is charted can separate the two.'
      : 'It was charted on admission, at the same time as the night-time doses, so the dates alone cannot separate the two.',
  chronicLine: (_c, g, reg, ind, years) =>
    `${g} ${reg} for ${ind} (taken at home for ${years} years; all doses given)`,
  explanation: (c) =>
    `${WARD_OPENINGS[c.n.open ?? 0] ?? WARD_OPENINGS[0]} ${c.drug === 'diphenhydramine' ? 'Diphenhydramine' : 'Hydroxyzine'}, given at night${asNeeded(c) ? ' as needed' : ''} for ${c.use.indication}, is a sedating first-generation antihistamine, a recognised aggravator of RLS, and it has been given on ${onNights(c)} of this admission, when the legs became worse than they were at home. Immobility and illness in hospital can make RLS worse too, but the drug is the part that can be changed today. ${otherMedicines(c.tolerated, `the regular drugs${c.fresh ? ', the antibiotic and the acetaminophen charted on admission' : ' and the antibiotic'}`)} are not recognised aggravators.${olderCaveat(c)}`,
  difficulty: (c) => (c.fresh ? 3 : 2)
})
