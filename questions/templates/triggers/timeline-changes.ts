// A medication review with four dated changes: one safe drug started months before the RLS got
// worse, the trigger and a second safe drug started in the same month a few weeks before, and
// another safe drug started after the worsening had begun. Read 8 (P2, MAJOR): with three changes
// the trigger was the only one just before the worsening, so the dates alone gave the key; now
// the dates narrow it to two and the drug class decides.
import { whichDrugTemplate } from '../kit/which-drug'
import { cap, phrasing } from '../kit/people'
import { VARIED_CENTRAL_USES, diabetesOrderOk } from '../kit/meds'

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
]
// Early and late changes name a prescriber too, so a named prescriber does not single out the key.
const EARLY_BY = ['a cardiologist', 'the family physician', 'a hospital clinic']
const LATE_BY = ['the family physician', 'a hospital clinic', 'the practice nurse']
// A prescriber that fits the drug (no tamsulosin "started by an endocrinologist", read-through P7).
const BY_DRUG: Record<string, readonly string[]> = {
  tamsulosin: ['the family physician', 'a urologist', 'the family physician'],
  metformin: ['the family physician', 'the diabetes clinic', 'the practice nurse'],
  sitagliptin: ['the family physician', 'the diabetes clinic', 'the diabetes clinic'],
  levothyroxine: ['the family physician', 'an endocrinologist', 'the family physician'],
  alendronate: ['the family physician', 'a rheumatologist', 'a hospital clinic']
}
const SAME_BY = ['the family physician', 'a hospital clinic', 'the family physician']
// The dated early and late changes: the first two distractors other than the same-month one, the
// rest long-standing (undated). Read 9 (91237 #29): sitagliptin "started in March" before metformin
// "in June" — the first order of them (pool order first) that dates no add-on diabetes drug before
// metformin (metformin long-standing or early, sitagliptin after it) is used.
const roles = (c: { others: readonly string[]; fresh: string | null }): string[] => {
  const rest = c.others.filter((g) => g !== c.fresh)
  return orders(rest).find((order) => inTreatmentOrder(order, c.fresh)) ?? rest
}
/** Months from the first change: early 0, late 6, long-standing before all; the same-month change
 * between early and late. */
const startOf = (i: number): number => (i === 0 ? 0 : i === 1 ? 6 : -1)
function inTreatmentOrder(order: readonly string[], fresh: string | null): boolean {
  const when: [string, number][] = order.map((g, i) => [g, startOf(i)])
  if (fresh) when.push([fresh, 3])
  return when.every(([a, ta]) => when.every(([b, tb]) => ta >= tb || diabetesOrderOk(a, b)))
}
/** Every order of a short list, the given order first. */
function orders(list: readonly string[]): string[][] {
  if (list.length <= 1) return [[...list]]
  return list.flatMap((g, i) =>
    orders([...list.slice(0, i), ...list.slice(i + 1)]).map((rest) => [g, ...rest])
  )
}
const byFor = (drug: string | undefined, list: readonly string[], i: number): string =>
  (BY_DRUG[drug ?? ''] ?? list)[i] ?? list[0] ?? 'the family physician'
const salt = (c: { n: Record<string, number>; drug: string }): string =>
  JSON.stringify(c.n) + c.drug
const month = (i: number): string => MONTHS[((i % 12) + 12) % 12] ?? 'January'
// The review is held one month after the last change (month s + 7). Read 7 (85093 #17): "January"
// after a November change read as the same year. Now the stem names the review's month, and a
// month carries its year when it is more than six months before the review or in the year
// before it ("in July last year", "in January this year").
const REVIEW = 7
function dated(s: number, offset: number): string {
  const year = Math.floor((s + offset) / 12) < Math.floor((s + REVIEW) / 12) ? ' last year' : ''
  const far = REVIEW - offset > 6
  return `${month(s + offset)}${year || (far ? ' this year' : '')}`
}

export const timelineChanges = whichDrugTemplate({
  // Read 7 (P7): the α2δ foil's use varies, and it is sometimes not listed.
  centralUses: VARIED_CENTRAL_USES,
  rankForms: ['name', 'schedule'],
  // Read 8: with the same-month drug always listed, a key that could not be the longest fell to
  // the middle of the length order (middle-length +6.8); half of those draws try the shortest.
  otherExtremeShare: 0.5,
  id: 'trigger-dated-medication-review',
  family: '18',
  section: 'pitfalls-epidemiology',
  title: 'Dated medication changes: two fit the timeline, the drug class decides',
  objective:
    'Use the dates of medication changes, together with the drug class, to find the trigger of worsening RLS in a medication review.',
  claims: ['P2'],
  ages: [45, 82],
  keys: {
    sertraline: [
      { regimen: '50 mg once daily', indication: 'anxiety', by: 'a telepsychiatry service' }
    ],
    escitalopram: [
      { regimen: '10 mg once daily', indication: 'depression', by: 'the family physician' }
    ],
    venlafaxine: [
      {
        regimen: '75 mg extended-release once daily',
        indication: 'depression',
        by: 'a psychiatrist'
      }
    ],
    mirtazapine: [
      {
        regimen: '15 mg at night',
        indication: 'low mood with poor sleep',
        by: 'the family physician'
      }
    ],
    hydroxyzine: [
      { regimen: '25 mg at night', indication: 'anxiety', by: 'an urgent-care clinic' }
    ],
    quetiapine: [
      { regimen: '150 mg at night', indication: 'bipolar depression', by: 'a psychiatrist' }
    ]
  },
  // The second change in the trigger's month: a safe drug a review would plausibly see started.
  fresh: ['atorvastatin', 'losartan', 'alendronate', 'sitagliptin', 'tamsulosin'],
  chronic: [
    'lisinopril',
    'atorvastatin',
    'levothyroxine',
    'metformin',
    'losartan',
    'alendronate',
    'tamsulosin',
    'sitagliptin',
    'rosuvastatin',
    'chlorthalidone'
  ],
  // The trigger starts the month before the RLS turns nightly: antihistamines and D2 blockers act
  // within days to weeks, so two months (read 11, 116047 #16: hydroxyzine in April, nightly from
  // June, called "shortly before") stretched the link. \`lead\` stays a number for the ids.
  numbers: { start: [0, 11], lead: [1, 1], yrs: [2, 12], by: [0, 2] },
  keyLine: (c) => `${c.drug} ${c.use.regimen} for ${c.use.indication}`,
  // The dated changes are told in the stem; the list itself carries no dates for anyone.
  chronicLine: (_c, g, reg, ind) => `${g} ${reg} for ${ind}`,
  stem: (c) => {
    const s = c.n.start ?? 0
    const [early, late] = roles(c)
    // The record lists its changes by drug name, as a printed history does; told in date order
    // the trigger was always the middle one (copy edit after read 5).
    const changes = [
      [
        early ?? '',
        `${early} was started by ${byFor(early, EARLY_BY, c.n.by ?? 0)} in ${dated(s, 0)}`
      ],
      [c.drug, `${c.drug} was started by ${c.use.by} in ${dated(s, 4 - (c.n.lead ?? 1))}`],
      [late ?? '', `${late} was started by ${byFor(late, LATE_BY, c.n.by ?? 0)} in ${dated(s, 6)}`],
      [
        c.fresh ?? '',
        `${c.fresh} was started by ${byFor(c.fresh ?? undefined, SAME_BY, c.n.by ?? 0)} in ${dated(s, 4 - (c.n.lead ?? 1))}`
      ]
    ]
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])))
      .map(([, text]) => text)
    return `${c.p.a} brings a printed medication history to a structured medication review with the practice pharmacist in ${month(s + REVIEW)}. {Her} restless legs were mild and occasional for years; from ${dated(s, 4)} onwards they have been nightly and now start in the late afternoon. The record lists four changes over the past year, by drug: ${changes[0]}, ${changes[1]}, ${changes[2]}, and ${changes[3]}. The full list is now ${c.list}.`
  },
  // Asked by pharmacology, not "which fits the timeline" (read 8, P2): two changes fit it.
  leads: [
    'Which of these medicines is the most likely aggravator of {her} RLS?',
    'Which change is the most likely to have worsened {her} RLS?',
    'Which medicine most likely explains why {her} RLS became nightly?'
  ],
  // Read 7 (P7): the tails and the explanation were word for word in every item; each sentence
  // now has three phrasings, chosen from the item's numbers and drug.
  keyTail: (c) =>
    phrasing(
      [
        `It was started ${c.n.lead === 1 ? 'about a month' : 'about two months'} before the RLS became nightly, for ${c.use.indication}; ${c.fresh} was started that month too, so it is the class that decides.`,
        `Started for ${c.use.indication} ${c.n.lead === 1 ? 'a month or so' : 'some two months'} before the legs became nightly, it shares its date with ${c.fresh}; its class is what sets it apart.`,
        `The RLS became nightly ${c.n.lead === 1 ? 'about a month' : 'about two months'} after it and ${c.fresh} were started; of the two, only its class is recognised to aggravate RLS.`
      ],
      salt(c),
      'key'
    ),
  freshTail: (c) =>
    phrasing(
      [
        `It was started in the same month as ${c.drug}, so the timing fits it just as well; its class does not.`,
        `Its start shares the month of ${c.drug}'s, so the dates cannot set it aside; the drug class does.`,
        `Started alongside ${c.drug}, it fits the timeline equally; what tells them apart is the class.`
      ],
      salt(c),
      'same'
    ),
  chronicTail: (c, g) =>
    g === roles(c)[0]
      ? phrasing(
          [
            'It was started four months before the change, with no effect on the legs in between.',
            'Four months passed after it was started with no change in the legs, so it does not fit the timing.',
            'It had been taken for four months, the legs unchanged, before the RLS became nightly.'
          ],
          salt(c),
          'early'
        )
      : g === roles(c)[1]
        ? phrasing(
            [
              'It was started two months after the RLS had already become nightly, so it cannot have caused the change.',
              'It came two months after the legs had become nightly, too late to explain the change.',
              'By the time it was started, the RLS had been nightly for two months, so it is not the cause.'
            ],
            salt(c),
            'late'
          )
        : '',
  explanation: (c) => {
    const s = c.n.start ?? 0
    const open = phrasing(
      [
        'A medication review reads dates against the symptom history, and here they narrow it to two changes.',
        'In a medication review the dates of each change are set against the course of the symptoms; two changes fit them here.',
        'The dates leave two candidates in this review, and the drug class chooses between them.'
      ],
      salt(c),
      'open'
    )
    const next = phrasing(
      [
        'The next step is a conversation with the prescriber about an alternative.',
        `The next step is to ask the prescriber of ${c.drug} about an alternative.`,
        `A talk with whoever prescribed ${c.drug} about switching comes next.`
      ],
      salt(c),
      'next'
    )
    return `${open} ${cap(c.drug)}, started for ${c.use.indication}, and ${c.fresh} were both started shortly before the RLS became nightly. Only ${c.drug} belongs to a class recognised to aggravate RLS; ${c.fresh} is not a recognised aggravator. ${cap(roles(c)[0] ?? '')}, started in ${dated(s, 0)}, had months without effect, and ${roles(c)[1]}, started in ${dated(s, 6)}, came after the change${roles(c).length > 2 ? '; the long-standing drugs are not recognised aggravators either' : ''}. ${next}`
  },
  difficulty: () => 2
})
