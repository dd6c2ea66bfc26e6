// Chemotherapy-induced nausea: olanzapine (or a dopamine-blocking antiemetic) is added to the
// antiemetic plan, and RLS appears on the nights after each cycle. A drug used here for nausea
// still blocks D2 receptors; the cyclical timeline links it to the symptoms.
import { whichDrugTemplate } from '../kit/which-drug'
import { VARIED_CENTRAL_USES } from '../kit/meds'

// By sex: a man was once having chemotherapy for ovarian cancer (copy edit after read 5).
const CANCERS = {
  f: ['breast cancer', 'lymphoma', 'ovarian cancer', 'a sarcoma'],
  m: ['colorectal cancer', 'lymphoma', 'lung cancer', 'a sarcoma']
} as const

export const oncologyAntiemetic = whichDrugTemplate({
  // Read 7 (P7): the α2δ foil's use varies, and it is sometimes not listed.
  centralUses: VARIED_CENTRAL_USES,
  rankForms: ['dose', 'schedule'],
  id: 'trigger-chemotherapy-antiemetic',
  family: '13',
  section: 'medications',
  title: 'Antiemetic for chemotherapy nausea, RLS on the nights after each cycle',
  objective:
    'Recognise that olanzapine or another D2 blocker given for chemotherapy nausea can provoke RLS, and use the cyclical timeline.',
  claims: ['P2'],
  ages: [34, 76],
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
  chronic: [
    'lisinopril',
    'atorvastatin',
    'levothyroxine',
    'metformin',
    'losartan',
    'acetaminophen',
    'rosuvastatin',
    'hydrochlorothiazide'
  ],
  // One timing decoy, for one of three reasons (read 7, P7): a cephalexin course as a second one
  // put the key in the middle of the length order (middle-length +4.4 → +8.9).
  fresh: ['amoxicillin'],
  freshUses: {
    amoxicillin: [
      { regimen: '500 mg three times daily for 5 days', indication: 'a dental infection' },
      { regimen: '500 mg three times daily for 5 days', indication: 'a sinus infection' },
      { regimen: '500 mg three times daily for 5 days', indication: 'a urinary tract infection' }
    ]
  },
  uses: {
    acetaminophen: {
      regimen: '1 g up to four times daily as needed',
      indication: 'back pain'
    },
    amoxicillin: {
      regimen: '500 mg three times daily for 5 days',
      indication: 'a dental infection'
    }
  },
  numbers: { cancer: [0, 3], cycle: [3, 5], yrs: [2, 12] },
  keyLine: (c) =>
    `${c.drug} ${c.use.regimen} for ${c.use.indication} (added from cycle 2, after nausea in cycle 1)`,
  freshLine: (_c, g, reg, ind) => `${g} ${reg} for ${ind} (finished last week)`,
  stem: (c) =>
    `${c.p.a} having chemotherapy for ${CANCERS[c.p.sex][c.n.cancer ?? 0] ?? 'lymphoma'} mentions a new problem at {her} cycle ${c.n.cycle} review in the oncology day unit. On the first few nights after each cycle since the second, {she} has had to get up and walk because of a crawling, restless feeling in {her} legs that starts when {she} settles in bed; after the first cycle, and between cycles, {she} was untroubled. The list reads ${c.list}. There is no numbness, and ankle reflexes and vibration sense are normal.`,
  leads: [
    'Which medicine best explains the leg symptoms on the nights after each cycle?',
    'Which medicine on this list is the most likely trigger of {her} RLS?'
  ],
  keyTail: () =>
    'It is taken only in the days after each cycle, which is when the symptoms come, and it was added from cycle 2, when they began; the oncology team can consider a different antiemetic plan.',
  // One "not a recognised aggravator" per rationale (read 7, 99551 #1 said it twice).
  freshTail: () =>
    'The course was short and has ended, while the symptoms keep returning after every cycle.',
  chronicTail: () =>
    'It is taken every day, so it cannot explain symptoms confined to the nights after chemotherapy.',
  explanation: (c) =>
    `Symptoms that come only on the nights after each cycle point to something given only then. ${c.drug === 'olanzapine' ? 'Olanzapine is used at antiemetic doses (5–10 mg) in chemotherapy, but it remains a D2-blocking antipsychotic, a recognised cause of RLS.' : `${c.drug === 'prochlorperazine' ? 'Prochlorperazine' : 'Metoclopramide'} blocks central dopamine receptors, a recognised way to provoke RLS.`} The oncology team can weigh other antiemetic options. Daily long-term drugs cannot explain a cyclical pattern and are not recognised aggravators.`,
  difficulty: () => 2
})
