// A long journey: a sedating antihistamine taken to sleep on an overnight flight, or promethazine
// for motion sickness, and RLS on the night-time part of the journey. The travel kit also holds safe
// medicines, one of them started for the trip.
import { whichDrugTemplate } from '../kit/which-drug'
import { VARIED_CENTRAL_USES } from '../kit/meds'

const TRIPS = [
  'an overnight flight to visit family',
  'a long-haul flight for work',
  'a two-night ferry crossing'
]

export const travelNightMedicines = whichDrugTemplate({
  // Read 7 (P7): the α2δ foil's use varies, and it is sometimes not listed.
  centralUses: VARIED_CENTRAL_USES,
  rankForms: ['name', 'dose', 'schedule'],
  id: 'trigger-travel-sedative',
  family: '17',
  section: 'medications',
  title: 'RLS on a long journey after a sedating travel medicine',
  objective:
    'Recognise a sedating antihistamine or promethazine taken for travel as the trigger of RLS during and after a journey.',
  claims: ['P2'],
  ages: [28, 76],
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
      ? 'It was taken here for motion sickness, as a sedating antihistamine that also blocks dopamine receptors; the other sedating antihistamines sold for travel sickness (dimenhydrinate, cyclizine, meclizine) are best avoided too, and a non-sedating plan for next time is worth making.'
      : 'It was taken only for the journey, when the RLS flared; a sedating antihistamine is a poor choice of sleep aid for someone with RLS.',
  freshTail: () =>
    'It was started the day before departure, in the same window, so timing alone cannot separate it.',
  explanation: (c) =>
    `Long periods of sitting can bring RLS on in anyone who has it, but this flare was far worse than on earlier trips of the same kind and settled once the journey was over. Of the medicines new for the trip, ${c.drug} is the one that matters, ${c.drug === 'promethazine' ? 'taken for motion sickness: a sedating phenothiazine antihistamine that also blocks dopamine receptors' : 'taken as a sleep aid: a sedating first-generation antihistamine'}, a recognised aggravator of RLS. The other medicines are not recognised aggravators. A travel plan without it, and walking during the journey, are the advice.`,
  difficulty: (c) => (c.fresh ? 3 : 2)
})
