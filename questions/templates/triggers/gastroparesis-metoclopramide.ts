// Diabetes with new gastroparesis: a dopamine-blocking antiemetic is started and evening RLS
// follows. Diabetic neuropathy is the competing explanation; the examination and the relief by
// walking say otherwise.
import { whichDrugTemplate } from '../kit/which-drug'
import { diabetesUses } from '../kit/meds'
import { LONG_TERM_ANTIDEPRESSANTS, TOLERATED_SHARE, otherMedicines } from '../kit/tolerated'

export const gastroparesisAntiemetic = whichDrugTemplate({
  // Read 7 (middle-length): with name and dose forms the required gabapentin was always shorter than
  // the key, which was never the shortest option. Now the long antiemetic names can be the longest
  // option in the name form, and their short chart lines ("10 mg before meals", "5 mg every 8
  // hours") the shortest in the regimen form, where the other lines carry their meal advice. (The
  // schedule form is skipped when metoclopramide's schedule is a bare strength.)
  rankForms: ['name', 'schedule', 'regimen'],
  id: 'trigger-antiemetic-diabetic-gastroparesis',
  family: '16',
  section: 'medications',
  title: 'Antiemetic for diabetic gastroparesis, neuropathy as the red herring',
  objective:
    'In a patient with diabetes, attribute new RLS to a dopamine-blocking antiemetic rather than to neuropathy when movement relieves it and sensation is normal.',
  claims: ['P2'],
  extraRefs: ['irlssg2014'],
  // From 46: the diabetes is dated up to 22 years back, so type 2 begins at 24 at the earliest
  // (from 38 it could begin at 16; helper C's read-10 review).
  ages: [46, 78],
  // Read 21 (P2): a long-standing antidepressant in 60% of lists, so class and timeline decide.
  tolerated: { share: TOLERATED_SHARE, drugs: LONG_TERM_ANTIDEPRESSANTS },
  showDose: true,
  keys: {
    metoclopramide: [
      {
        regimen: '10 mg before meals',
        indication: 'diabetic gastroparesis',
        by: 'the gastroenterologist'
      },
      {
        regimen: '5 mg before meals',
        indication: 'diabetic gastroparesis',
        by: 'the gastroenterologist'
      }
    ],
    prochlorperazine: [
      {
        regimen: '5 mg every 8 hours',
        indication: 'nausea from gastroparesis',
        by: 'the family physician'
      },
      {
        regimen: '10 mg every 8 hours',
        indication: 'nausea from gastroparesis',
        by: 'the family physician'
      }
    ]
  },
  // Meal advice of a real list, which the schedule form drops and the regimen form keeps, so the
  // required drugs' regimen lines are longer than the key's short wording.
  uses: {
    // The stem's type 2 diabetes, read by every diabetes drug on the list (read 9, P5).
    ...diabetesUses('type 2 diabetes', {
      metformin: '1000 mg twice daily with meals',
      sitagliptin: '100 mg once daily with breakfast',
      'insulin glargine': '22 units at bedtime'
    }),
    gabapentin: { regimen: '300 mg three times daily with food', indication: 'sciatic nerve pain' }
  },
  // Gabapentin only: pregabalin's "75 mg twice daily" was shorter than every key wording.
  central: ['gabapentin'],
  chronic: [
    'metformin',
    'atorvastatin',
    'hydrochlorothiazide',
    'chlorthalidone',
    'lisinopril',
    'losartan',
    'levothyroxine',
    'tamsulosin'
  ],
  fresh: ['sitagliptin', 'insulin glargine'],
  numbers: { dm: [6, 22], wk: [4, 9], yrs: [2, 12], mono: [0, 1], lag: [1, 2] },
  // Metformin is the first diabetes drug: taken since the diagnosis the stem dates, not started
  // years later (read-through P7); other long-standing drugs never predate the diabetes story.
  chronicYears: (c, g, drawn) =>
    g === 'metformin' ? (c.n.dm ?? drawn) : Math.min(drawn, c.n.dm ?? drawn),
  keyLine: (c) =>
    `${c.drug} ${c.use.regimen} for ${c.use.indication} (started ${c.n.wk} weeks ago)`,
  freshLine: (c, g, reg, ind) => `${g} ${reg} for ${ind} (started ${(c.n.wk ?? 3) + 1} weeks ago)`,
  stem: (c) =>
    `${c.p.a} who has had type 2 diabetes for ${c.n.dm} years attends the diabetes clinic. In the past few months gastroparesis was diagnosed (early fullness and vomiting after meals) and {her} treatment was reviewed. For the past ${(c.n.wk ?? 4) - (c.n.lag ?? 1)} weeks {she} has had an unpleasant pulling feeling in both calves that comes on in the evening when {she} sits to watch television and disappears while {she} walks about, only to return in bed. {Her} medicines are ${c.list}. ${c.n.mono === 0 ? 'Monofilament and vibration testing are normal at both feet' : 'Pinprick, vibration and ankle reflexes are normal'}, and {she} has no burning or numbness.`,
  leads: [
    'Which medicine is the most likely cause of the new leg symptoms?',
    'Which drug on {her} list should be reviewed first?'
  ],
  keyTail: (c) =>
    `It was started ${c.n.wk} weeks ago, and the evening symptoms began after it; a plan for the gastroparesis that avoids central dopamine blockade is worth discussing.`,
  freshTail: () =>
    'It was added for glucose control around the same time, so the timeline alone cannot separate it from the culprit.',
  explanation: (c) =>
    `Neuropathy is the obvious worry in long-standing diabetes, but this does not fit: the sensation is an urge with discomfort that walking relieves, it is worse at rest in the evening, and the sensory examination is normal. That is RLS, and of the medicines started in the past few months, ${c.drug} is the one recognised to aggravate RLS: it is a dopamine-blocking antiemetic. Because the block is central, it can provoke RLS as well as the better-known akathisia. ${otherMedicines(c.tolerated)} are not recognised aggravators; the gastroparesis plan can be reviewed with the prescriber.`,
  difficulty: (c) => (c.fresh ? 3 : 2)
})
