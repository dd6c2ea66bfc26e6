// A medication review with three dated changes: one safe drug started months before the RLS got
// worse, the trigger started a few weeks before, and another safe drug started after the
// worsening had begun. The question is about timing, so the dates carry the decision along with
// the drug class.
import { whichDrugTemplate } from '../kit/which-drug'
import { choose } from '../clinical/explain'

const MONTHS = [
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
const byFor = (drug: string | undefined, list: readonly string[], i: number): string =>
  (BY_DRUG[drug ?? ''] ?? list)[i] ?? list[0] ?? 'the family physician'
const month = (i: number): string => MONTHS[((i % 12) + 12) % 12] ?? 'January'

export const timelineChanges = whichDrugTemplate({
  rankForms: ['name', 'schedule'],
  id: 'trigger-dated-medication-review',
  family: '18',
  section: 'pitfalls-epidemiology',
  title: 'Three dated medication changes: which one fits the timeline?',
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
  numbers: { start: [0, 11], lead: [1, 2], yrs: [2, 12], by: [0, 2] },
  keyLine: (c) => `${c.drug} ${c.use.regimen} for ${c.use.indication}`,
  // The dated changes are told in the stem; the list itself carries no dates for anyone.
  chronicLine: (_c, g, reg, ind) => `${g} ${reg} for ${ind}`,
  stem: (c) => {
    const s = c.n.start ?? 0
    const [early, late] = c.others
    // The record lists its changes by drug name, as a printed history does; told in date order
    // the trigger was always the middle one (copy edit after read 5).
    const changes = [
      [
        early ?? '',
        `${early} was started by ${byFor(early, EARLY_BY, c.n.by ?? 0)} in ${month(s)}`
      ],
      [c.drug, `${c.drug} was started by ${c.use.by} in ${month(s + 4 - (c.n.lead ?? 1))}`],
      [late ?? '', `${late} was started by ${byFor(late, LATE_BY, c.n.by ?? 0)} in ${month(s + 6)}`]
    ]
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])))
      .map(([, text]) => text)
    return `${c.p.a} brings a printed medication history to a structured medication review with the practice pharmacist. {Her} restless legs were mild and occasional for years; from ${month(s + 4)} onwards they have been nightly and now start in the late afternoon. The record lists three changes over the past year, by drug: ${changes[0]}, ${changes[1]}, and ${changes[2]}. The full list is now ${c.list}.`
  },
  leads: [
    'Which medicine best fits the timeline as the aggravator of {her} RLS?',
    'Which change is the most likely to have worsened {her} RLS?'
  ],
  keyTail: (c) =>
    `It was started ${c.n.lead === 1 ? 'about a month' : 'about two months'} before the RLS became nightly, for ${c.use.indication}; both the class and the timing fit.`,
  chronicTail: (c, g) =>
    g === c.others[0]
      ? 'It was started four months before the change, with no effect on the legs in between.'
      : g === c.others[1]
        ? 'It was started two months after the RLS had already become nightly, so it cannot have caused the change.'
        : '',
  explanation: (c) =>
    `A medication review reads dates against the symptom history. Only one change came shortly before the RLS became nightly: ${c.drug}, started for ${c.use.indication}. It belongs to a class recognised to aggravate RLS, whereas the drug started in ${month(c.n.start ?? 0)} had months without effect and the one started in ${month((c.n.start ?? 0) + 6)} came after the change. The long-standing drugs are not recognised aggravators. ${choose(['The next step is a conversation with the prescriber about an alternative.', `The next step is to ask the prescriber of ${c.drug} about an alternative.`, `A talk with whoever prescribed ${c.drug} about switching comes next.`], JSON.stringify(c.n) + c.drug, 'next')}`,
  difficulty: () => 2
})
