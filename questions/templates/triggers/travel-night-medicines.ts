// A long journey: a sedating antihistamine taken to sleep on an overnight flight, or promethazine
// for motion sickness, and RLS on the night-time part of the journey. The travel kit also holds safe
// medicines, one of them started for the trip.
import type { Template } from '../types'
import { whichDrugTemplate, type Ctx } from '../kit/which-drug'
import { LONG_TERM_ANTIDEPRESSANTS, TOLERATED_SHARE } from '../kit/tolerated'
import { cap } from '../kit/people'
import { VARIED_CENTRAL_USES } from '../kit/meds'
import { choose } from '../clinical/explain'

const TRIPS = [
  'an overnight flight to visit family',
  'a long-haul flight for work',
  'a two-night ferry crossing'
]

const base = whichDrugTemplate({
  keyWhy: {
    promethazine:
      'Promethazine is a phenothiazine antihistamine that also blocks D2 receptors; both actions can worsen RLS.'
  },
  // Read 7 (P7): the α2δ foil's use varies, and it is sometimes not listed.
  centralUses: VARIED_CENTRAL_USES,
  rankForms: ['name', 'dose', 'schedule'],
  // Read 21 (P2): with a long-standing antidepressant also required, a longest draw the forms
  // cannot reach falls to the middle; most of those go to the shortest rank instead.
  otherExtremeShare: 0.6,
  id: 'trigger-travel-sedative',
  family: '17',
  section: 'medications',
  title: 'RLS on a long journey after a sedating travel medicine',
  objective:
    'Recognise a sedating antihistamine or promethazine taken for travel as the trigger of RLS during and after a journey.',
  claims: ['P2'],
  ages: [28, 76],
  // Read 21 (P2): a long-standing antidepressant in 60% of lists, so class and timeline decide.
  tolerated: { share: TOLERATED_SHARE, drugs: LONG_TERM_ANTIDEPRESSANTS },
  keys: {
    diphenhydramine: [{ regimen: '50 mg at night during the journey', indication: 'sleep' }],
    doxylamine: [{ regimen: '25 mg at night during the journey', indication: 'sleep' }],
    promethazine: [
      {
        regimen: '25 mg at night, the evening before and during travel',
        indication: 'motion sickness'
      }
    ]
  },
  chronic: [
    'lisinopril',
    // A short name (one per group with lisinopril), so a short key such as doxylamine can sit in
    // the middle of the length order as well as at the bottom.
    'losartan',
    'atorvastatin',
    'levothyroxine',
    'metformin',
    'alendronate',
    'tamsulosin',
    'hydrochlorothiazide'
  ],
  // One timing decoy, for one of three reasons (read 7, P7: a cephalexin course as a second decoy
  // put the key in the middle of the length order, middle-length +2.7 → +6.4).
  fresh: ['amoxicillin'],
  freshUses: {
    amoxicillin: [
      { regimen: '500 mg three times daily for 5 days', indication: 'a sinus infection' },
      { regimen: '500 mg three times daily for 5 days', indication: 'a dental abscess' },
      { regimen: '500 mg three times daily for 5 days', indication: 'a chest infection' }
    ]
  },
  uses: {
    amoxicillin: {
      regimen: '500 mg three times daily for 5 days',
      indication: 'a sinus infection'
    },
    cephalexin: {
      regimen: '500 mg four times daily for 7 days',
      indication: 'an infected insect bite'
    }
  },
  numbers: { trip: [0, 2], nights: [3, 5], yrs: [2, 14] },
  keyLine: (c) => `${c.drug} ${c.use.regimen} for ${c.use.indication} (bought for the trip)`,
  freshLine: (_c, g, reg, ind) => `${g} ${reg} for ${ind} (started the day before departure)`,
  stem: (c) =>
    `${c.p.a} with occasional mild restless legs sees a travel-health nurse to plan another trip, ${c.n.nights} days after returning from ${TRIPS[c.n.trip ?? 0] ?? TRIPS[0]}. During the night-time part of that journey {she} could not keep {her} legs still and walked about for hours, far worse than on earlier long trips; it settled within two nights of getting home. For the journey {she} took the medicines in {her} travel kit: ${c.list}. {She} has no calf pain or swelling, and the examination is normal.`,
  leads: [
    'Which medicine is the most likely trigger of the worse RLS?',
    'Which item in the travel kit should {she} avoid on the next journey?'
  ],
  keyTail: (c) =>
    c.drug === 'promethazine'
      ? 'It was taken here for motion sickness, for its sedating antihistamine action; the other sedating antihistamines sold for travel sickness (dimenhydrinate, cyclizine, meclizine) are best avoided too, and a non-sedating plan for next time is worth making.'
      : 'It was taken only for the journey, when the RLS flared; a sedating antihistamine is a poor choice of sleep aid for someone with RLS.',
  freshTail: () =>
    'It was started the day before departure, in the same window, so timing alone cannot separate it.',
  explanation: (c) => explain(c),
  difficulty: (c) => (c.fresh ? 3 : 2)
})

/** What the keyed drug is and why it was taken (brief §2: promethazine is named by the reason it
 * was prescribed, here motion sickness, and as the phenothiazine antihistamine it is). */
const whatItIs = (drug: string): string =>
  drug === 'promethazine'
    ? 'taken for motion sickness: a sedating phenothiazine antihistamine that also blocks D2 receptors, and both actions can worsen RLS'
    : 'taken as a sleep aid: a sedating first-generation antihistamine that crosses into the brain, a recognised aggravator of RLS'

// Read 9 (P6): the explanation was one paragraph, word for word, in every item of every quiz.
// Each sentence now has three phrasings, chosen from the item's own draws.
const OPEN = [
  'Long periods of sitting can bring RLS on in anyone who has it, but this flare was far worse than on earlier trips of the same kind and settled once the journey was over.',
  'Hours in a seat make RLS worse for most people who have it; what stands out here is a flare well beyond earlier journeys of the same kind, gone within two nights of getting home.',
  'Immobility on a long journey explains some restlessness, not a flare much worse than on similar trips before that faded as soon as the trip ended.'
]
const MIDDLE = [
  (d: string) => `Of the medicines new for the trip, ${d} is the one that matters, ${whatItIs(d)}.`,
  (d: string) =>
    `The trip brought new medicines with it, and ${d} is the culprit among them, ${whatItIs(d)}.`,
  (d: string) =>
    `What changed for this journey was the travel kit, and its aggravator is ${d}, ${whatItIs(d)}.`
]
const REST = [
  'The other medicines are not recognised aggravators. A travel plan without it, and walking during the journey, are the advice.',
  'None of the other medicines in the kit is a recognised aggravator. Next time, leave it out and plan to walk the aisle or deck at intervals.',
  'The rest of the kit holds no recognised aggravator. The advice is a plan for the next trip without it, with walks during the journey.'
]

// Read 21 (P2): with a long-standing antidepressant in the kit, "no other aggravator" is untrue.
const REST_TOLERATED = [
  (t: string) =>
    `${cap(t)} can aggravate RLS too, but it has been taken for years without flares like this one; the other medicines are not recognised aggravators. A travel plan without the new medicine, and walking during the journey, are the advice.`,
  (t: string) =>
    `Of the regular medicines, ${t} can aggravate RLS, yet years of taking it brought nothing like this; none of the others is a recognised aggravator. Next time, leave the new medicine out and plan to walk the aisle or deck at intervals.`,
  (t: string) =>
    `${cap(t)}, taken for years, can aggravate RLS but did not change before the trip; the rest of the kit holds no recognised aggravator. The advice is a plan for the next trip without the new medicine, with walks during the journey.`
]

function explain(c: Ctx): string {
  const salt = `${JSON.stringify(c.n)}|${c.drug}|${c.others.join('+')}`
  const middle = MIDDLE.map((f) => f(c.drug))
  return [
    choose(OPEN, salt, 'open'),
    choose(middle, salt, 'middle'),
    c.tolerated
      ? choose(
          REST_TOLERATED.map((f) => f(c.tolerated ?? '')),
          salt,
          'rest'
        )
      : choose(REST, salt, 'rest')
  ].join(' ')
}

export const travelNightMedicines: Template = base
