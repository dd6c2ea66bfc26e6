// RLS that flares every pollen season: the pattern follows an over-the-counter sedating
// antihistamine taken only in those months. The timeline is seasonal rather than a start date.
import { whichDrugTemplate } from '../kit/which-drug'
import { LONG_TERM_ANTIDEPRESSANTS, TOLERATED_SHARE } from '../kit/tolerated'
import { cap } from '../kit/people'

const SEASONS = [
  ['May', 'July'],
  ['April', 'June'],
  ['June', 'August']
] as const

export const seasonalAntihistamine = whichDrugTemplate({
  // Read 7, middle-length: the name form puts the long antihistamine names near the top, the
  // schedule form (chlorpheniramine twice daily, diphenhydramine at night) near the bottom, below
  // the acetaminophen and the gabapentinoid; no dose form (acetaminophen 1 g and
  // gabapentin 300 mg tied for the shortest option in it, which favoured a middle key).
  rankForms: ['name', 'schedule'],
  id: 'trigger-seasonal-antihistamine',
  family: '15',
  section: 'medications',
  title: 'RLS that flares every hay-fever season',
  objective:
    'Link a seasonal flare of RLS to a sedating antihistamine taken only in that season, and find it in an over-the-counter history.',
  claims: ['P2'],
  ages: [28, 76],
  showDose: true,
  // Read 21 (P2): a long-standing antidepressant in 60% of lists, so class and timeline decide.
  tolerated: { share: TOLERATED_SHARE, drugs: LONG_TERM_ANTIDEPRESSANTS },
  keys: {
    chlorpheniramine: [
      { regimen: '4 mg twice daily in the pollen season', indication: 'hay fever' }
    ],
    diphenhydramine: [
      { regimen: '25 mg at night in the pollen season', indication: 'hay fever with itchy eyes' }
    ]
  },
  // No tamsulosin: with lisinopril and the gabapentinoid, three ten-letter names tied for the
  // shortest option in the name form.
  chronic: [
    'lisinopril',
    'hydrochlorothiazide',
    'levothyroxine',
    'insulin glargine',
    'chlorthalidone',
    // No alendronate: the ages run from 28, and osteoporosis treatment at 41 read as implausible
    // (read-through of bank 2.5.0, pattern 6).
    'gabapentin',
    'metformin'
  ],
  // A safe drug taken in the same months (read-through of bank 2.5.0, pattern 3: the culprit was
  // the only seasonal drug, so the season alone found it); class, not timing, separates them.
  fresh: ['acetaminophen'],
  uses: {
    acetaminophen: {
      regimen: '1 g up to three times daily in the pollen season',
      indication: 'sinus headaches with the hay fever'
    },
    gabapentin: {
      regimen: '300 mg in the early evening, all year',
      indication: 'restless legs syndrome'
    },
    // Three doses a day (225 mg): "twice daily" made it shorter than the key's schedule.
    pregabalin: { regimen: '75 mg three times daily', indication: 'generalised anxiety disorder' }
  },
  // Read 10 (r10G pre-read): ferritin 140 ng/mL with TSAT 31% in every item; now drawn from a
  // replete range clear of every threshold (brief §3: ferritin >100 by at least 10, TSAT 22–43%).
  numbers: { season: [0, 2], years: [2, 6], yrs: [3, 14], fer: [112, 290], tsat: [23, 41] },
  // Read 10: gabapentin "for restless legs syndrome" for 13 years at 29 (from 16) beside a 4-year
  // seasonal history. An RLS drug is no older than the history the stem gives, and no long-term
  // drug was started before 18, and none for hypertension or type 2 diabetes before 25.
  chronicYears: (c, g, drawn) => {
    const floor = ['gabapentin', 'pregabalin', 'levothyroxine'].includes(g) ? 18 : 25
    const most = g === 'gabapentin' ? (c.n.years ?? drawn) : drawn
    return Math.max(1, Math.min(drawn, most, c.p.age - floor))
  },
  keyLine: (c) => `${c.drug} ${c.use.regimen} for ${c.use.indication}, bought over the counter`,
  freshLine: (_c, g, reg, ind) => `${g} ${reg} for ${ind}, bought over the counter`,
  freshTail: () =>
    'It is taken in the same months as the flares, so the season cannot separate it from the culprit; its pharmacology can.',
  stem: (c) => {
    const [from, to] = SEASONS[c.n.season ?? 0] ?? SEASONS[0]
    return `${c.p.a} sees {her} family physician in early autumn to plan ahead. For the past ${c.n.years} years {her} restless legs have been mild through the winter but severe from ${from} to ${to}, when {she} walks the garden at midnight to get relief. {She} wonders whether the heat is to blame. On questioning, {her} medicines are ${c.list}. The examination is normal and {her} ferritin, checked last winter, was ${c.n.fer} ng/mL with a TSAT of ${c.n.tsat}%.`
  },
  leads: [
    'Which medicine best explains the seasonal pattern of {her} RLS?',
    'Which of {her} medicines is the most likely aggravator?'
  ],
  keyTail: () =>
    'It is taken only in the pollen season, which is exactly when the RLS flares; a nasal steroid spray or another approach to the hay fever could be tried next season.',
  chronicTail: () =>
    'It is taken all year round, so it cannot explain a flare confined to a few months.',
  explanation: (c) =>
    `The seasonal shape of the story is the clue: ${c.fresh ? 'of the drugs taken only in the flare months, the class decides which one matters' : 'a drug taken only in the flare months'}. ${c.drug === 'chlorpheniramine' ? 'Chlorpheniramine' : 'Diphenhydramine'} is a sedating first-generation antihistamine, a recognised aggravator of RLS, and people rarely list what they buy over the counter unless asked. The drugs taken all year cannot explain a pattern that comes and goes with the pollen. ${c.tolerated ? (c.fresh ? `${cap(c.fresh)}, though seasonal too, is not a recognised aggravator; ${c.tolerated} can aggravate RLS, but it is taken all year and has been for years` : `${cap(c.tolerated)} can aggravate RLS, but it is taken all year and has been for years; the other year-round drugs are not recognised aggravators`) : c.fresh ? `${cap(c.fresh)}, though seasonal too, and the year-round drugs are not recognised aggravators` : 'None of the year-round drugs is a recognised aggravator'}, and a ferritin of ${c.n.fer} ng/mL with a TSAT of ${c.n.tsat}% does not call for iron.`,
  difficulty: () => 2
})
