// Acute vertigo treated in urgent care with a dopamine-blocking vestibular sedative or
// antiemetic; RLS appears within days. A short antibiotic course was started in the same week.
import type { Template } from '../types'
import { whichDrugTemplate } from '../kit/which-drug'
import { LONG_TERM_ANTIDEPRESSANTS, TOLERATED_SHARE } from '../kit/tolerated'
import { cap } from '../kit/people'
import { diabetesUses, diabetesYears } from '../kit/meds'

/** What each keyable drug is, as brief §2 has it (read 9, 104729 #17: promethazine was taught
 * only as a dopamine blocker, yet in vertigo it is given for its antihistamine action). */
const ACTION: Record<string, string> = {
  metoclopramide: 'a dopamine-blocking antiemetic whose D2 blockade reaches the brain',
  prochlorperazine:
    'a phenothiazine that blocks central dopamine (D2) receptors, used in vertigo as a vestibular sedative and antiemetic',
  promethazine:
    'a phenothiazine antihistamine that also blocks D2 receptors, given here for the vertigo itself through its antihistamine action; both actions can worsen RLS'
}

/** The key's opening sentence for promethazine: in vertigo it is given for its antihistamine
 * (vestibular sedative) action, which the shared class sentence (triggerWhy) does not say. */
const PROMETHAZINE_WHY =
  'Promethazine is a phenothiazine antihistamine that also blocks D2 receptors; both its H1 and its D2 blockade can worsen RLS, and here it was prescribed for the vertigo, for its antihistamine (vestibular sedative) action.'

/** What the visit treated besides the vertigo, per co-started medicine: the stem names the
 * visit's every reason, so the key's indication is not the only one the stem echoes (read 5, P2). */
const VISIT_FOR: Record<string, string> = {
  amoxicillin: 'acute vertigo and an ear infection',
  // Not a headache: vertigo with a new severe headache is a red flag for a posterior-circulation
  // event, which the stem then never addressed (read 6, MINOR).
  acetaminophen: 'acute vertigo and a bruised wrist from a fall when the room spun'
}

/** Where the visit was, from the key's prescriber. */
const visitPlace = (by: string | undefined): string =>
  by === 'the emergency department' ? 'in the emergency department' : 'at an urgent-care clinic'

/** Days from the visit to the first evening of leg symptoms: the drawn lag, but at most the
 * visit's age less two, so "every evening" covers at least two evenings (read 7 #4: a 3-day lag
 * after a visit 4 days ago left one evening). */
const onsetLag = (n: Record<string, number>): number =>
  Math.max(1, Math.min(n.onset ?? 1, (n.days ?? 4) - 2))

const LAG_WORDS = ['a day', 'two days', 'three days']

/** Length of each short antibiotic course, as written in `uses` below. */
const COURSE_DAYS: Record<string, number> = { amoxicillin: 5 }

/** Read 18 (P7): promethazine at 84 with no word on its anticholinergic load; from 65 the
 * explanation adds it. */
const olderCaveat = (drug: string, age: number): string =>
  drug === 'promethazine' && age >= 65
    ? ` At ${age}, promethazine is a poor choice for a second reason: its anticholinergic and sedative effects raise the risk of confusion and falls.`
    : ''

const base = whichDrugTemplate({
  keyWhy: { promethazine: PROMETHAZINE_WHY },
  rankForms: ['name', 'schedule', 'regimen'],
  id: 'trigger-antiemetic-for-vertigo',
  family: '16',
  section: 'medications',
  title: 'Antiemetic given for acute vertigo, RLS within days',
  objective:
    'Recognise a dopamine-blocking drug given for vertigo or its nausea as the likely trigger of new RLS.',
  claims: ['P2'],
  ages: [38, 84],
  // Read 21 (P2): a long-standing antidepressant in 60% of lists, so class and timeline decide.
  tolerated: { share: TOLERATED_SHARE, drugs: LONG_TERM_ANTIDEPRESSANTS },
  keys: {
    prochlorperazine: [
      { regimen: '5 mg every 8 hours', indication: 'vertigo', by: 'an urgent-care doctor' }
    ],
    // For the vertigo: promethazine is a vestibular sedative through its H1 blockade.
    promethazine: [
      { regimen: '25 mg at night', indication: 'vertigo', by: 'an urgent-care doctor' }
    ],
    metoclopramide: [
      {
        regimen: '10 mg every 8 hours',
        indication: 'nausea with vertigo',
        by: 'the emergency department'
      }
    ]
  },
  // No lisinopril or tamsulosin: with gabapentin and cephalexin, four ten-letter names tied for the
  // shortest option, which left fewer middle options and so favoured a middle key.
  chronic: [
    'atorvastatin',
    'levothyroxine',
    'metformin',
    'losartan',
    'alendronate',
    'hydrochlorothiazide',
    'rosuvastatin',
    'insulin glargine',
    'chlorthalidone'
  ],
  showDose: true,
  // No cephalexin as the co-started drug: its name is as long as gabapentin's, and the two tied for
  // the shortest option in the name form, leaving the key alone in the middle (read 7).
  fresh: ['amoxicillin', 'acetaminophen'],
  // The antiemetics are charted "every 8 hours": "three times daily" shared three words with the
  // gabapentin and the antibiotic lines and made the key the option with most words in common.
  // Long-standing drugs with the food or meal advice of a real list, which the schedule form drops
  // and the regimen form keeps: there the plain antiemetic regimens are among the shortest lines,
  // while in the name form the long antiemetic names are among the longest, so the key can land
  // on every length rank (read 7, middle-length).
  uses: {
    acetaminophen: {
      regimen: '1 g every 6 hours as needed',
      indication: 'the bruised wrist'
    },
    amoxicillin: { regimen: '500 mg three times daily for 5 days', indication: 'an ear infection' },
    // One diabetes for every diabetes drug listed (read 9, P5).
    ...diabetesUses('type 2 diabetes', {
      metformin: '1000 mg twice daily with meals',
      'insulin glargine': '22 units at bedtime'
    }),
    alendronate: {
      regimen: '70 mg once weekly with water before breakfast',
      indication: 'osteoporosis'
    },
    gabapentin: { regimen: '300 mg three times daily with food', indication: 'sciatic nerve pain' }
  },
  // Gabapentin only: taken with food, its regimen line is longer than the antiemetics' (the
  // regimen form needs a longer centrally acting drug for the key to be the shortest option).
  central: ['gabapentin'],
  numbers: { days: [4, 12], yrs: [2, 14], onset: [1, 3] },
  // Metformin dates from the diabetes diagnosis (`yrs` years ago, at least 3), insulin is added
  // to it later, not before it (read 9, P5).
  chronicYears: (c, g, drawn) => diabetesYears(g, drawn, Math.max(3, c.n.yrs ?? 3), c.others),
  keyLine: (c) =>
    `${c.drug} ${c.use.regimen} for ${c.use.indication} (prescribed by ${c.use.by} ${c.n.days} days ago)`,
  freshLine: (c, g, reg, ind) =>
    `${g} ${reg} for ${ind} (prescribed by ${c.use.by} at the same visit, ${c.n.days} days ago)`,
  // The opening sentence names the complaint, not the indication, and "now much better" is not
  // beside a lead about stopping a drug (read-through of 2.8.0, P2). The onset is dated from the
  // visit, which treated the vertigo and the co-started medicine's reason alike, not "into the
  // treatment for vertigo", which pointed at the one drug listed for vertigo (read 5, P2).
  stem: (c) =>
    `${c.p.a} sees {her} family physician about a new, unpleasant need to move {her} legs every evening in {her} armchair, which walking relieves; {she} has never had it before. {She} was treated ${visitPlace(c.use.by)} ${c.n.days} days ago for ${c.fresh ? (VISIT_FOR[c.fresh] ?? 'acute vertigo') : 'acute vertigo'}, and the vertigo has since settled. The leg symptoms began about ${LAG_WORDS[onsetLag(c.n) - 1] ?? 'a day'} after that visit. {Her} medicines are ${c.list}. Neurological examination, including gait and leg sensation, is normal.`,
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
    `The new symptoms meet the RLS criteria and began days after ${c.drug}, ${ACTION[c.drug] ?? 'a drug with central dopamine-blocking action'}. It was prescribed for an acute problem that has largely settled. It is RLS rather than akathisia, the other restlessness a D2 blocker can cause: the urge is confined to the legs, comes at rest in the evening and eases with walking. Stopping a short-course medicine for vertigo or nausea once it is no longer needed is the usual first step. ${c.tolerated ? `${c.fresh ? 'The medicine started at the same visit shares the timeline but is not a recognised aggravator. ' : ''}${cap(c.tolerated)} can aggravate RLS, but it has been taken for years without this problem; the other long-standing medicines are not recognised aggravators.` : c.fresh ? 'The medicine started at the same visit shares the timeline but is not a recognised aggravator, nor are the long-standing medicines.' : 'The long-standing medicines are not recognised aggravators.'}${olderCaveat(c.drug, c.p.age)}`,
  difficulty: (c) => (c.fresh ? 3 : 2)
})

export const vertigoAntiemetic: Template = base
