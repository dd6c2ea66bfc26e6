// RLS that flares every pollen season: the pattern follows an over-the-counter sedating
// antihistamine taken only in those months. The timeline is seasonal rather than a start date.
import { whichDrugTemplate } from '../kit/which-drug'

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
  numbers: { season: [0, 2], years: [2, 6], yrs: [3, 14] },
  keyLine: (c) => `${c.drug} ${c.use.regimen} for ${c.use.indication}, bought over the counter`,
  freshLine: (_c, g, reg, ind) => `${g} ${reg} for ${ind}, bought over the counter`,
  freshTail: () =>
    'It is taken in the same months as the flares, so the season cannot separate it from the culprit; its pharmacology can.',
  stem: (c) => {
    const [from, to] = SEASONS[c.n.season ?? 0] ?? SEASONS[0]
    return `${c.p.a} sees {her} family physician in early autumn to plan ahead. For the past ${c.n.years} years {her} restless legs have been mild through the winter but severe from ${from} to ${to}, when {she} walks the garden at midnight to get relief. {She} wonders whether the heat is to blame. On questioning, {her} medicines are ${c.list}. The examination is normal and {her} ferritin, checked last winter, was 140 ng/mL with a TSAT of 31%.`
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
    `The seasonal shape of the story is the clue: ${c.fresh ? 'of the drugs taken only in the flare months, the class decides which one matters' : 'a drug taken only in the flare months'}. ${c.drug === 'chlorpheniramine' ? 'Chlorpheniramine' : 'Diphenhydramine'} is a sedating first-generation antihistamine, a recognised aggravator of RLS, and people rarely list what they buy over the counter unless asked. The drugs taken all year cannot explain a pattern that comes and goes with the pollen${c.fresh ? `, and ${c.fresh}, taken in the same months, is not a recognised aggravator` : ''}; none of the others is a recognised aggravator either, and the iron studies do not call for iron.`,
  difficulty: () => 2
})
