// A medical inpatient is given an as-needed sedating antihistamine at night "for sleep" or itch,
// and the night nurse reports RLS. Antibiotics for the reason for admission were started at the
// same time.
import { whichDrugTemplate } from '../kit/which-drug'

const REASONS = ['pneumonia', 'a chest infection', 'a kidney infection', 'diverticulitis']

// Openings of the explanation (read 5, P3: one paragraph was repeated across quizzes).
const WARD_OPENINGS = [
  'As-needed medicines are easy to miss on a drug chart.',
  'When RLS flares on a ward, the as-needed section of the chart is the first place to look.',
  'Night-time sedation is often charted as needed and given without a second thought.'
]

// Read 8 (P7): "most nights since admission" beside "2 doses given" on day 6. The nights so far and
// the doses given now follow from the day of admission: a dose on every night or all but one.
const nights = (c: { n: Record<string, number> }): number => (c.n.day ?? 3) - 1
const given = (c: { n: Record<string, number> }): number => Math.max(2, nights(c) - (c.n.skip ?? 0))

export const wardSleepingTablet = whichDrugTemplate({
  rankForms: ['name', 'schedule', 'regimen'],
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
  keys: {
    diphenhydramine: [
      { regimen: '25 mg at night, as needed', indication: 'sleep', by: 'the on-call doctor' }
    ],
    hydroxyzine: [
      { regimen: '25 mg at night, as needed', indication: 'itch', by: 'the ward doctor' },
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
    'rosuvastatin'
  ],
  // Not always an antibiotic (read 6: cephalexin was the timing decoy in many templates); regular
  // acetaminophen for the fever is as often started on admission.
  fresh: ['amoxicillin', 'cephalexin', 'acetaminophen'],
  uses: {
    acetaminophen: { regimen: '1 g four times daily', indication: 'fever with the infection' },
    amoxicillin: { regimen: '1 g three times daily', indication: 'the infection' },
    cephalexin: { regimen: '500 mg four times daily', indication: 'the infection' },
    // Three doses a day (300 mg, within the anxiety range): "75 mg twice daily" was shorter than
    // the key's schedule, so the key could not be the shortest option beside it.
    pregabalin: { regimen: '100 mg three times daily', indication: 'generalised anxiety disorder' }
  },
  numbers: { reason: [0, 3], day: [3, 6], skip: [0, 1], yrs: [2, 14], open: [0, 2] },
  keyLine: (c) =>
    `${c.drug} ${c.use.regimen} for ${c.use.indication} (charted since admission; given on ${given(c)} of ${nights(c)} nights)`,
  freshLine: (_c, g, reg, ind) => `${g} ${reg} for ${ind} (since admission)`,
  stem: (c) =>
    `${c.p.a} is on day ${c.n.day} of an admission to a general medical ward for ${REASONS[c.n.reason ?? 0] ?? 'pneumonia'} and is improving. The night nurse asks the ward doctor to review {her} legs: on most nights since admission {she} has been unable to stay in bed because of a restless, crawling feeling in both legs that eases only while {she} walks to the bathroom and back. {She} says {she} has had a milder version at home for years. The drug chart lists ${c.list}. Both legs are warm, with no swelling or tenderness.`,
  leads: [
    'Which medicine on the drug chart is the most likely to be making {her} RLS worse?',
    'Which charted medicine should be reviewed first?'
  ],
  keyTail: (c) =>
    `It has been given for ${c.use.indication} on ${given(c)} of the ${nights(c)} nights of this admission, in which the legs became worse than at home; a sedating antihistamine is a poor choice of night-time medicine for someone with RLS.`,
  freshTail: () =>
    'It was started on admission for the infection, at the same time as the night-time doses, so the dates alone cannot separate the two.',
  chronicLine: (_c, g, reg, ind, years) =>
    `${g} ${reg} for ${ind} (taken at home for ${years} years)`,
  explanation: (c) =>
    `${WARD_OPENINGS[c.n.open ?? 0] ?? WARD_OPENINGS[0]} ${c.drug === 'diphenhydramine' ? 'Diphenhydramine' : 'Hydroxyzine'}, given at night for ${c.use.indication}, is a sedating first-generation antihistamine, a recognised aggravator of RLS, and it has been given on ${given(c)} of the ${nights(c)} nights of this admission, when the legs became worse than they were at home. Immobility and illness in hospital can make RLS worse too, but the drug is the part that can be changed today. The regular drugs${c.fresh ? ` and the ${c.fresh === 'acetaminophen' ? 'acetaminophen' : 'antibiotic'} started on admission` : ''} are not recognised aggravators.`,
  difficulty: (c) => (c.fresh ? 3 : 2)
})
