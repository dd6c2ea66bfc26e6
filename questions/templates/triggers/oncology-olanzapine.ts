// Chemotherapy-induced nausea: olanzapine (or a dopamine-blocking antiemetic) is added to the
// antiemetic plan, and RLS appears on the nights after each cycle. A drug used here for nausea
// still blocks D2 receptors; the cyclical timeline links it to the symptoms.
import { whichDrugTemplate } from '../kit/which-drug'
import { LONG_TERM_ANTIDEPRESSANTS, TOLERATED_SHARE } from '../kit/tolerated'
import { VARIED_CENTRAL_USES } from '../kit/meds'
import { cap, phrasing } from '../kit/people'

// By sex: a man was once having chemotherapy for ovarian cancer (copy edit after read 5).
const CANCERS = {
  f: ['breast cancer', 'lymphoma', 'ovarian cancer', 'a sarcoma'],
  m: ['colorectal cancer', 'lymphoma', 'lung cancer', 'a sarcoma']
} as const

// What the co-started analgesic was added after, as the list says "after nausea" for the antiemetic.
const CYCLE_ONE: Record<string, string> = {
  headache: 'headaches',
  'mouth soreness from mucositis': 'a sore mouth',
  'pain at the port site': 'port pain'
}
// How the antiemetic and the co-started analgesic came to be added, said the same way for both
// (read 2.16, P1: one phrasing in every list), so the list's wording singles out neither.
const ADDED: readonly ((what: string) => string)[] = [
  (what) => `added from cycle 2, after ${what} in cycle 1`,
  (what) => `started with cycle 2 because cycle 1 brought ${what}`,
  (what) => `prescribed from cycle 2, when ${what} followed cycle 1`,
  (what) => `new at cycle 2, after cycle 1 caused ${what}`
]
// Story frames drawn apart (read 2.16, P1: Q1#10 and Q2#4 shared every stem sentence): where the
// patient raises it, how the legs are described and how the examination is reported.
type Story = { a: string; al: string; cycle: number; cancer: string }
const SETTINGS: readonly ((s: Story) => string)[] = [
  (s) =>
    `${s.a} having chemotherapy for ${s.cancer} mentions a new problem at {her} cycle ${s.cycle} review in the oncology day unit.`,
  (s) =>
    `${s.a} tells the oncology nurse at the pre-treatment check for cycle ${s.cycle} of {her} chemotherapy for ${s.cancer} that {her} legs have kept {him} awake.`,
  (s) =>
    `${s.a}, now at cycle ${s.cycle} of chemotherapy for ${s.cancer}, rings the chemotherapy helpline about {her} nights.`,
  (s) =>
    `Between cycles ${s.cycle - 1} and ${s.cycle} of chemotherapy for ${s.cancer}, ${s.al} sees {her} family physician about poor sleep.`,
  (s) =>
    `Before cycle ${s.cycle} of treatment for ${s.cancer}, ${s.al} asks the chemotherapy pharmacist whether a medicine could be keeping {him} up at night.`
]
// Each keeps the timeline the item turns on: the first nights after every cycle from cycle 2,
// none after cycle 1 and none between cycles.
const LEGS = [
  'On the first few nights after each cycle since the second, {she} has had to get up and walk because of a crawling, restless feeling in {her} legs that starts when {she} settles in bed; after the first cycle, and between cycles, {she} was untroubled.',
  'Since cycle 2, for the first few nights after each treatment, an urge to move {her} legs comes on once {she} lies down and eases only while {she} walks about; cycle 1 passed without it, and the weeks between cycles are quiet.',
  '{She} describes a restless, creeping discomfort in both calves that begins in bed and makes {him} get up and pace. It has troubled {him} on the first nights after every cycle from the second onwards and not at all in the weeks between; there was none after cycle 1.',
  'For two or three nights after each cycle from cycle 2 on, {her} legs fill with a fizzing unease as soon as {she} is still in bed, and walking the landing is what quietens them; cycle 1 brought nothing of the kind, and the rest of each cycle is calm.',
  'After cycle 1 {she} slept well, but since cycle 2 the first nights after each treatment have been spoilt by a need to move {her} legs that starts when {she} lies down and settles when {she} gets up and walks; by the second week of each cycle it has gone.',
  'Cycle 1 was uneventful at night, but after each cycle since, for the first few nights, {she} has been unable to lie still: a deep, crawling urge in {her} legs comes on in bed and eases only while {she} walks, and it is gone again between cycles.'
]
// With the patient's pronoun, so a sentence is shared by fewer items.
const EXAMS = [
  'There is no numbness, and {her} ankle reflexes and vibration sense are normal.',
  'Sensation in {her} feet is normal, and the ankle reflexes are present.',
  'Examination of {her} legs is normal, with intact vibration sense and ankle jerks.',
  'Sensation, reflexes and power in {her} legs are normal on examination.',
  '{She} has no numbness or tingling, and the legs are normal to examine.',
  'On examination {her} feet feel light touch and vibration normally, and the reflexes are kept.'
]

const salt = (c: { n: Record<string, number>; drug: string; p: { age: number } }): string =>
  `${JSON.stringify(c.n)}|${c.drug}|${c.p.age}`

export const oncologyAntiemetic = whichDrugTemplate({
  // Read 7 (P7): the α2δ foil's use varies, and it is sometimes not listed.
  centralUses: VARIED_CENTRAL_USES,
  rankForms: ['name', 'dose', 'schedule'],
  // Read 8: an antiemetic key is never the shortest option (the always-listed α2δ drug is
  // shorter in every form), so half of those draws went to the longest rank instead. Read 21
  // (P2): with a long-standing antidepressant also required, 85% (middle-length 28.0% → within
  // +5), and the name form joins (most-stem-words 27.2% → within +5).
  otherExtremeShare: 0.85,
  id: 'trigger-chemotherapy-antiemetic',
  family: '13',
  section: 'medications',
  title: 'Antiemetic for chemotherapy nausea, RLS on the nights after each cycle',
  objective:
    'Recognise that a D2-blocking antiemetic given for chemotherapy nausea can provoke RLS, and use the cyclical timeline.',
  claims: ['P2'],
  // Read 2.16 (P3): olanzapine 10 mg at 75. The kit draws the key's dose before the age, so the
  // older-adult start (5 mg from 75) is kept by ending the age range at 74.
  ages: [34, 74],
  // Read 21 (P2): a long-standing antidepressant in 60% of lists, so class and timeline decide.
  tolerated: { share: TOLERATED_SHARE, drugs: LONG_TERM_ANTIDEPRESSANTS },
  keys: {
    // Both doses used for chemotherapy nausea (5 and 10 mg), so the short name can sit anywhere in
    // the length order of the options.
    olanzapine: [
      {
        regimen: '5 mg at night on days 1 to 4 of each cycle',
        indication: 'chemotherapy-related nausea',
        by: 'the oncology team'
      },
      {
        regimen: '10 mg at night on days 1 to 4 of each cycle',
        indication: 'chemotherapy-related nausea',
        by: 'the oncology team'
      }
    ],
    prochlorperazine: [
      {
        regimen: '10 mg three times daily for 3 days after each cycle',
        indication: 'chemotherapy-related nausea',
        by: 'the oncology team'
      }
    ],
    metoclopramide: [
      {
        regimen: '10 mg three times daily for 3 days after each cycle',
        indication: 'chemotherapy-related nausea',
        by: 'the oncology team'
      }
    ]
  },
  // Acetaminophen is the co-started drug, so it is not among the long-term ones.
  chronic: [
    'lisinopril',
    'atorvastatin',
    'levothyroxine',
    'metformin',
    'losartan',
    'rosuvastatin',
    'hydrochlorothiazide'
  ],
  // Read 8 (P2, MAJOR x2): a finished amoxicillin course left the antiemetic the only drug given
  // after each cycle, so "the nights after each cycle" found the key without RLS knowledge. Now
  // acetaminophen, a brief-§2 safe drug, is taken over the same days after each cycle and was
  // added at the same cycle: the timing fits both, and the drug class decides.
  fresh: ['acetaminophen'],
  // Three strengths and schedules, so the analgesic's option is not always the longest (it is
  // always listed, and a fixed long one left the key in the middle of the length order).
  freshUses: {
    acetaminophen: [
      { regimen: '1 g four times daily for 3 days after each cycle', indication: 'headache' },
      {
        regimen: '650 mg as needed for 3 days after each cycle',
        indication: 'mouth soreness from mucositis'
      },
      {
        regimen: '500 mg twice daily for 3 days after each cycle',
        indication: 'pain at the port site'
      }
    ]
  },
  // Read 10 (r10G pre-read): at cycle 3 only cycle 2 can have been symptomatic, one episode and no
  // pattern, yet the stem said "after each treatment". From cycle 4 at least two cycles (2 and 3)
  // have been followed by the symptoms.
  numbers: {
    cancer: [0, 3],
    cycle: [4, 6],
    yrs: [2, 12],
    setting: [0, SETTINGS.length - 1],
    legs: [0, LEGS.length - 1],
    exam: [0, EXAMS.length - 1],
    added: [0, ADDED.length - 1]
  },
  keyLine: (c) =>
    `${c.drug} ${c.use.regimen} for ${c.use.indication} (${(ADDED[c.n.added ?? 0] ?? ADDED[0])?.('nausea')})`,
  // Added at the same cycle as the antiemetic, and said the same way, so the list's wording does
  // not single out either of them.
  freshLine: (c, g, reg, ind) =>
    `${g} ${reg} for ${ind} (${(ADDED[c.n.added ?? 0] ?? ADDED[0])?.(CYCLE_ONE[ind] ?? 'pain')})`,
  // Read 8 (P6): one stem frame in every item; read 2.16 (P1): setting, legs and examination
  // now drawn apart from the item's numbers.
  stem: (c) => {
    const story: Story = {
      a: c.p.a,
      al: c.p.a.charAt(0).toLowerCase() + c.p.a.slice(1),
      cycle: c.n.cycle ?? 4,
      cancer: CANCERS[c.p.sex][c.n.cancer ?? 0] ?? 'lymphoma'
    }
    return [
      (SETTINGS[c.n.setting ?? 0] ?? SETTINGS[0])?.(story),
      LEGS[c.n.legs ?? 0] ?? LEGS[0],
      // Read 15 (147209 #4, 151241 #18): one antiemetic alone is not a chemotherapy regimen; the
      // day-1 prophylaxis is given in the unit, unchanged since cycle 1. Not named: ondansetron is
      // a drug the brief keeps out of these items (mixed evidence). In the list's sentence, which
      // differs item to item, so no stem sentence recurs (read 2.16, P1).
      `The list reads ${c.list}; the antiemetic prophylaxis given in the unit before each infusion has not changed since cycle 1.`,
      EXAMS[c.n.exam ?? 0] ?? EXAMS[0]
    ].join(' ')
  },
  leads: [
    'Which medicine best explains the leg symptoms on the nights after each cycle?',
    'Which medicine on this list is the most likely trigger of {her} RLS?',
    'Which of these medicines is the most likely to be provoking {her} symptoms?'
  ],
  keyTail: (c) =>
    `Like ${c.fresh ?? 'the analgesic'}, it is taken only in the days after each cycle and was added from cycle 2, so the timing fits both; its class is what marks it out, and the oncology team can consider a different antiemetic plan.`,
  // One "not a recognised aggravator" per rationale (read 7, 99551 #1 said it twice).
  freshTail: () =>
    'It is taken over the same days after each cycle and was added at the same time, so the timing fits it too; its class does not.',
  chronicTail: () =>
    'It is taken every day, so it cannot explain symptoms confined to the nights after chemotherapy.',
  // Read 8 (P6): two openings and two closings, chosen from the item's numbers.
  explanation: (c) => {
    const open = phrasing(
      [
        `Two medicines are given only in the days after each cycle and were added at cycle 2, ${c.drug} and ${c.fresh ?? 'acetaminophen'}, so the timing cannot choose between them; the drug class does.`,
        `The symptoms follow each cycle, and both ${c.drug} and ${c.fresh ?? 'acetaminophen'} are taken only then, from cycle 2 on: what separates them is pharmacology, not timing.`
      ],
      salt(c),
      'open'
    )
    const cls =
      c.drug === 'olanzapine'
        ? 'Olanzapine is used at antiemetic doses (5–10 mg) in chemotherapy, but it remains a D2-blocking antipsychotic, a recognised cause of RLS.'
        : `${c.drug === 'prochlorperazine' ? 'Prochlorperazine' : 'Metoclopramide'} blocks central dopamine receptors, a recognised way to provoke RLS.`
    const fresh = cap(c.fresh ?? 'acetaminophen')
    // Read 21 (P2): a long-standing antidepressant can aggravate RLS, so it is not "not an
    // aggravator"; what sets it aside is that it is taken daily.
    const close = phrasing(
      c.tolerated
        ? [
            `${fresh} is not a recognised aggravator. ${cap(c.tolerated)} can aggravate RLS, but it is taken every day and has been for years, so it could not explain a cyclical pattern, nor could the other long-term drugs. The oncology team can weigh other antiemetic options.`,
            `The oncology team can weigh other antiemetic options. ${fresh} is not a recognised aggravator of RLS, and ${c.tolerated}, though it can aggravate RLS, is taken daily and has been for years, which does not fit symptoms that follow each cycle.`
          ]
        : [
            `${fresh} is not a recognised aggravator, nor are the daily long-term drugs, which could not explain a cyclical pattern anyway. The oncology team can weigh other antiemetic options.`,
            `The oncology team can weigh other antiemetic options. ${fresh} and the long-term daily drugs are not recognised aggravators of RLS.`
          ],
      salt(c),
      'close'
    )
    return `${open} ${cls} ${close}`
  },
  difficulty: () => 2
})
