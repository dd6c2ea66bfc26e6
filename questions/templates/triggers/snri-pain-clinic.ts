// An SNRI started by a pain or psychiatry service for a non-psychiatric or psychiatric reason,
// in a patient whose mild, long-standing RLS then turns nightly. A safe drug was started or
// changed in the same weeks, so the learner must know the class, not just read the dates.
import { whichDrugTemplate } from '../kit/which-drug'
import { VARIED_CENTRAL_USES } from '../kit/meds'
import { phrasing } from '../kit/people'

export const snriPainClinic = whichDrugTemplate({
  // Read 7 (middle-length): four forms, and key wordings that can be the shortest option (the
  // strength alone, or the schedule without "extended-release" and the capsule advice) and the
  // longest (the whole chart line), so the option search reaches every length rank.
  rankForms: ['name', 'dose', 'schedule', 'regimen'],
  // Read 10: the new co-started drugs (losartan, alendronate) are short in every form and held the
  // key mid-order (middle-length +8.5); every unreachable extreme tries the other one (+3.4).
  otherExtremeShare: 1,
  id: 'trigger-snri-started-elsewhere',
  family: '14',
  section: 'medications',
  title: 'SNRI started by another service turns mild RLS nightly',
  objective:
    'Identify a recently started SNRI as the probable aggravator of RLS, whatever the indication it was prescribed for.',
  claims: ['P2'],
  ages: [42, 79],
  keys: {
    duloxetine: [
      {
        regimen: '60 mg once a day',
        indication: 'chronic low back pain',
        by: 'the pain clinic'
      },
      {
        regimen: '60 mg once a day',
        indication: 'chronic neck pain',
        by: 'a spine clinic'
      },
      {
        regimen: '30 mg once a day',
        indication: 'knee osteoarthritis pain',
        by: 'an orthopaedic clinic'
      }
    ],
    venlafaxine: [
      {
        regimen: '75 mg extended-release once a day',
        indication: 'depression',
        by: 'a psychiatrist'
      },
      {
        // 75 mg, the usual starting dose for anxiety too: "150 mg" tied the co-started drugs.
        regimen: '75 mg extended-release once a day',
        indication: 'generalised anxiety disorder',
        by: 'the community mental health team'
      }
    ]
  },
  chronic: [
    'lisinopril',
    'losartan',
    'rosuvastatin',
    'metformin',
    'levothyroxine',
    'hydrochlorothiazide',
    'tamsulosin',
    'alendronate',
    'chlorthalidone'
  ],
  // No enalapril or finasteride: their lines tied the key's short forms for the shortest option.
  // Read 10 (r10G pre-read): no sitagliptin, which was then the only diabetes drug (a DPP-4
  // inhibitor is an add-on to metformin); an antihypertensive or a bone drug started after a
  // routine check is the co-started drug instead.
  fresh: ['atorvastatin', 'losartan', 'alendronate'],
  uses: { atorvastatin: { regimen: '40 mg in the evening', indication: 'high cholesterol' } },
  freshUses: {
    atorvastatin: [
      { regimen: '40 mg in the evening', indication: 'high cholesterol' },
      { regimen: '40 mg in the evening', indication: 'a raised cardiovascular risk score' }
    ],
    losartan: [
      { regimen: '50 mg once daily', indication: 'hypertension' },
      { regimen: '50 mg once daily', indication: 'protein in the urine' }
    ],
    alendronate: [
      { regimen: '70 mg once weekly', indication: 'osteoporosis' },
      { regimen: '70 mg once weekly', indication: 'osteoporosis found on a bone scan' }
    ]
  },
  // Gabapentin only: pregabalin's name and strength tied the key's at the short end. Read 10: its
  // use varies (sciatica in every item read), with the same regimen.
  central: ['gabapentin'],
  centralUses: { gabapentin: VARIED_CENTRAL_USES.gabapentin ?? [] },
  // The co-started drug starts between a week after the SNRI and two weeks before it, always before
  // the legs changed (two weeks after the SNRI): it once started after the onset, which gave the
  // key away by timing (copy edit after read 5).
  numbers: { wk: [4, 10], shift: [-1, 2], yrs: [3, 15], rls: [2, 20], nights: [4, 7] },
  keyLine: (c) =>
    `${c.drug} ${c.use.regimen} for ${c.use.indication} (started by ${c.use.by} ${c.n.wk} weeks ago)`,
  freshLine: (c, g, reg, ind) =>
    `${g} ${reg} for ${ind} (started by {her} family physician ${Math.max(2, (c.n.wk ?? 0) + (c.n.shift ?? 0))} weeks ago)`,
  // Read 10 (r10G pre-read): one frame, word for word, in every item; now two.
  stem: (c) => {
    const often = c.n.nights === 7 ? 'every evening' : `on ${c.n.nights} evenings out of 7`
    const recent = (c.n.wk ?? 4) - 2
    const frame = phrasing(
      [
        `${c.p.a} comes to a primary care appointment about {her} sleep. {She} has had mild restless legs for ${c.n.rls} years, troublesome only a few evenings a month. For roughly the last ${recent} weeks the urge to move {her} legs has arrived ${often} within half an hour of sitting down; it eases only while {she} walks and returns when {she} lies in bed.`,
        `${c.p.a} asks {her} family physician whether anything can be done about {her} evenings. Restless legs have bothered {him} now and then for ${c.n.rls} years, never more than a few times a month. For roughly the last ${recent} weeks {she} has had to get up and walk ${often}, soon after settling in a chair, and the feeling returns in bed.`
      ],
      `${JSON.stringify(c.n)}|${c.drug}|${c.p.age}`,
      'frame'
    )
    return `${frame} {Her} current medicines are ${c.list}. Sensation, reflexes and foot pulses are normal.`
  },
  leads: [
    'Which medicine is the most likely reason the RLS has become more frequent?',
    'Which drug on this list is the probable aggravator of {her} RLS?',
    'Which of these medicines should be reviewed first?'
  ],
  keyTail: (c) =>
    `It was started ${c.n.wk} weeks ago for ${c.use.indication}, and the evening symptoms began soon afterwards; the indication does not change the class effect.`,
  // Read 20 (F1#28, MINOR; P9): a statin started in the same weeks as new leg discomfort invites
  // a fair "statin muscle symptoms" appeal; its rationale now answers it with the features that
  // tell the two apart (IRLSSG criteria: an urge at rest, in the evening, relieved by walking).
  freshTail: (c) =>
    'It was started in the same weeks as the change in the RLS, so the timing alone cannot tell it from the culprit.' +
    (c.fresh === 'atorvastatin'
      ? ' Statin muscle symptoms are aching, stiffness or weakness of the thigh or calf muscles, present through the day and often worse with exertion; they bring no urge to move and are not eased by walking, whereas this urge comes on at rest in the evening and settles while the patient walks.'
      : ''),
  explanation: (c) =>
    `The medication history is the clue here. ${c.drug === 'duloxetine' ? 'Duloxetine' : 'Venlafaxine'} is an SNRI, prescribed in this case by ${c.use.by} for ${c.use.indication}, and SNRIs can bring on or worsen RLS in a minority of patients.${c.drug === 'duloxetine' ? ' Drugs given for pain are easy to overlook as antidepressants.' : ''} The step is a review with the prescriber: whether the benefit justifies continuing, or whether another approach to the ${c.use.indication} would serve. None of the other medicines is a recognised aggravator${c.fresh ? ', even the one started in the same weeks' : ''}.${c.fresh === 'atorvastatin' ? ' The pattern (an urge to move at rest in the evening that walking relieves) is that of RLS, not of statin myalgia.' : ''}`,
  // Read 21 (F1#18, F2#6, MINOR): the diagnostic criteria support only the statin-myalgia tail, not
  // "SNRIs can bring on or worsen RLS", so they are cited only where that tail is shown.
  extraRefs: (c) => (c.fresh === 'atorvastatin' ? ['irlssg2014'] : []),
  difficulty: (c) => (c.fresh ? 3 : 2)
})
