// Acute vertigo treated in urgent care with a dopamine-blocking vestibular sedative or
// antiemetic; RLS appears within days. A short antibiotic course was started in the same week.
import { whichDrugTemplate } from '../kit/which-drug'

/** What the visit treated besides the vertigo, per co-started medicine: the stem names the
 * visit's every reason, so the key's indication is not the only one the stem echoes (read 5, P2). */
const VISIT_FOR: Record<string, string> = {
  amoxicillin: 'acute vertigo and an ear infection',
  cephalexin: 'acute vertigo and an infected graze on the shin',
  // Not a headache: vertigo with a new severe headache is a red flag for a posterior-circulation
  // event, which the stem then never addressed (read 6, MINOR).
  acetaminophen: 'acute vertigo and a bruised wrist from a fall when the room spun'
}

/** Where the visit was, from the key's prescriber. */
const visitPlace = (by: string | undefined): string =>
  by === 'the emergency department' ? 'in the emergency department' : 'at an urgent-care clinic'

/** Length of each short antibiotic course, as written in `uses` below. */
const COURSE_DAYS: Record<string, number> = { amoxicillin: 5, cephalexin: 7 }

export const vertigoAntiemetic = whichDrugTemplate({
  rankForms: ['name', 'dose', 'schedule'],
  id: 'trigger-antiemetic-for-vertigo',
  family: '16',
  section: 'medications',
  title: 'Antiemetic given for acute vertigo, RLS within days',
  objective:
    'Recognise a dopamine-blocking drug given for vertigo or its nausea as the likely trigger of new RLS.',
  claims: ['P2'],
  ages: [38, 84],
  keys: {
    prochlorperazine: [
      { regimen: '5 mg three times daily', indication: 'vertigo', by: 'an urgent-care doctor' }
    ],
    promethazine: [
      { regimen: '25 mg at night', indication: 'nausea with vertigo', by: 'an urgent-care doctor' }
    ],
    metoclopramide: [
      {
        regimen: '10 mg three times daily',
        indication: 'nausea with vertigo',
        by: 'the emergency department'
      }
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
    'hydrochlorothiazide',
    'rosuvastatin',
    'insulin glargine',
    'chlorthalidone'
  ],
  showDose: true,
  fresh: ['amoxicillin', 'cephalexin', 'acetaminophen'],
  uses: {
    acetaminophen: {
      regimen: '1 g up to four times daily as needed',
      indication: 'the bruised wrist'
    },
    amoxicillin: { regimen: '500 mg three times daily for 5 days', indication: 'an ear infection' },
    cephalexin: {
      regimen: '500 mg four times daily for 7 days',
      indication: 'an infected graze on the shin'
    }
  },
  numbers: { days: [4, 12], yrs: [2, 14], onset: [1, 3] },
  keyLine: (c) =>
    `${c.drug} ${c.use.regimen} for ${c.use.indication} (prescribed by ${c.use.by} ${c.n.days} days ago)`,
  freshLine: (c, g, reg, ind) =>
    `${g} ${reg} for ${ind} (prescribed by ${c.use.by} at the same visit, ${c.n.days} days ago)`,
  // The opening sentence names the complaint, not the indication, and "now much better" is not
  // beside a lead about stopping a drug (read-through of 2.8.0, P2). The onset is dated from the
  // visit, which treated the vertigo and the co-started medicine's reason alike, not "into the
  // treatment for vertigo", which pointed at the one drug listed for vertigo (read 5, P2).
  stem: (c) =>
    `${c.p.a} sees {her} family physician about a new, unpleasant need to move {her} legs every evening in {her} armchair, which walking relieves; {she} has never had it before. {She} was treated ${visitPlace(c.use.by)} ${c.n.days} days ago for ${c.fresh ? (VISIT_FOR[c.fresh] ?? 'acute vertigo') : 'acute vertigo'}, and the vertigo has since settled. The leg symptoms began about ${c.n.onset === 1 ? 'a day' : c.n.onset === 2 ? 'two days' : 'three days'} after that visit. {Her} medicines are ${c.list}. Neurological examination, including gait and leg sensation, is normal.`,
  leads: [
    'Which medicine is the most likely trigger of these new leg symptoms?',
    'Which of {her} medicines most probably explains the new leg symptoms?'
  ],
  keyTail: (c) =>
    `It was prescribed ${c.n.days} days ago and the symptoms began within days; with the vertigo settling, it may simply no longer be needed.`,
  // From the same numbers as the stem: a course that has ended while the legs go on is a timing
  // argument of its own, not "the dates cannot separate the two" (read-through of 2.8.0, P4).
  freshTail: (c) => {
    const course = c.fresh ? COURSE_DAYS[c.fresh] : undefined
    const days = c.n.days ?? 0
    if (course === undefined || days <= course)
      return 'It was started at the same visit, so the dates cannot separate the two; the drug class does.'
    const ago = days - course === 1 ? 'a day' : `${days - course} days`
    return `Its ${course}-day course ended ${ago} ago and the legs have not eased since, so the timing points away from it, as does the drug class.`
  },
  explanation: (c) =>
    `The new symptoms meet the RLS criteria and began days after ${c.drug}, a drug with central dopamine-blocking action. ${c.drug === 'promethazine' ? 'Promethazine was given here for nausea, so it is acting as an antiemetic, and the nausea has now settled.' : 'It was prescribed for an acute problem that has largely settled.'} It is RLS rather than akathisia, the other restlessness a D2 blocker can cause: the urge is confined to the legs, comes at rest in the evening and eases with walking. Stopping a short-term antiemetic once it is no longer needed is the usual first step. ${c.fresh ? 'The medicine started at the same visit shares the timeline but is not a recognised aggravator, nor are the long-standing medicines.' : 'The long-standing medicines are not recognised aggravators.'}`,
  difficulty: (c) => (c.fresh ? 3 : 2)
})
