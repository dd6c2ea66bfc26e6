// The reference values the course reads results against, in one place: the laboratory intervals
// a vignette's results are flagged by (a lab's "normal", which is the pitfall the iron items
// teach), and the iron thresholds for RLS by population (clinical brief §3). The player's lab
// panel shows these, and the templates' lab tables take their ranges and flags from here, so a
// range printed in a stem and the panel never disagree. The quality gates keep their own,
// independent statement of the adult rule (check/iron-rule.ts); a unit test holds the two equal.

export type LabId =
  'haemoglobin' | 'mcv' | 'ferritin' | 'tsat' | 'crp' | 'egfr' | 'creatinine' | 'tsh' | 'b12'

/** Who an interval is for: laboratories print different ranges by sex and age. */
export type RangeGroup = 'adult' | 'female' | 'male' | 'child' | 'pregnancy'

export interface LabInterval {
  group: RangeGroup
  /** Lower and upper limits of the interval; null for an open end ("<5"). */
  low: number | null
  high: number | null
}

export interface LabReference {
  id: LabId
  /** As the panel names it. */
  name: string
  /** As a results table names it, when shorter than `name`. */
  short?: string
  unit: string
  /** Decimal places a result is printed with (0 when absent). */
  decimals?: number
  intervals: readonly LabInterval[]
  /** What a clinician should bear in mind when reading it for RLS. */
  note?: string
}

const adult = (low: number | null, high: number | null): LabInterval => ({
  group: 'adult',
  low,
  high
})

export const LAB_REFERENCES: readonly LabReference[] = [
  {
    id: 'ferritin',
    name: 'Ferritin',
    unit: 'ng/mL',
    intervals: [
      { group: 'female', low: 20, high: 200 },
      { group: 'male', low: 15, high: 400 },
      { group: 'child', low: 15, high: 150 }
    ],
    note: 'ng/mL = µg/L. An acute-phase reactant: inflammation or CKD can lift it into the normal range despite deficiency.'
  },
  {
    id: 'tsat',
    name: 'TSAT (transferrin saturation)',
    short: 'TSAT',
    unit: '%',
    intervals: [adult(20, 50)],
    note: 'Read with ferritin, on a morning sample after 24 hours without iron.'
  },
  {
    id: 'haemoglobin',
    name: 'Haemoglobin',
    unit: 'g/dL',
    decimals: 1,
    intervals: [
      { group: 'female', low: 12, high: 15.5 },
      { group: 'male', low: 13, high: 17 },
      { group: 'child', low: 11.5, high: 15.5 },
      { group: 'pregnancy', low: 11, high: null }
    ],
    note: 'Iron deficiency relevant to RLS is often present without anaemia.'
  },
  { id: 'mcv', name: 'MCV', unit: 'fL', intervals: [adult(80, 100)] },
  {
    id: 'crp',
    name: 'CRP',
    unit: 'mg/L',
    intervals: [adult(null, 5)],
    note: 'A raised CRP means ferritin cannot be taken at face value.'
  },
  {
    id: 'egfr',
    name: 'eGFR',
    unit: 'mL/min/1.73 m²',
    intervals: [adult(90, null)],
    note: 'CKD stage 3a 45–59, 3b 30–44, 4 15–29, 5 below 15.'
  },
  {
    id: 'creatinine',
    name: 'Creatinine',
    unit: 'mg/dL',
    decimals: 1,
    intervals: [adult(0.6, 1.2)]
  },
  { id: 'tsh', name: 'TSH', unit: 'mU/L', decimals: 1, intervals: [adult(0.4, 4)] },
  { id: 'b12', name: 'Vitamin B12', unit: 'pg/mL', intervals: [adult(200, 900)] }
]

export const labById: ReadonlyMap<LabId, LabReference> = new Map(
  LAB_REFERENCES.map((l) => [l.id, l])
)

/** The interval for a group, falling back to the adult (or first) one the lab prints. */
export function labInterval(id: LabId, group: RangeGroup = 'adult'): LabInterval {
  const lab = labById.get(id)
  if (!lab) throw new Error(`lab reference: unknown test ${id}`)
  const fallback = group === 'pregnancy' ? 'female' : 'adult'
  return (
    lab.intervals.find((i) => i.group === group) ??
    lab.intervals.find((i) => i.group === fallback) ??
    lab.intervals.find((i) => i.group === 'adult') ??
    lab.intervals[0]!
  )
}

/** An interval as a laboratory prints it: "20–200", "<5", "≥90". */
export function formatInterval(i: LabInterval): string {
  if (i.low !== null && i.high !== null) return `${i.low}–${i.high}`
  if (i.high !== null) return `<${i.high}`
  return `≥${i.low}`
}

export type LabFlag = 'low' | 'high' | null

/** The laboratory's flag: outside its interval, whatever the RLS thresholds say. */
export function labFlag(value: number, i: LabInterval): LabFlag {
  if (i.low !== null && value < i.low) return 'low'
  if (i.high !== null && value > i.high) return 'high'
  return null
}

const GROUP_LABEL: Record<RangeGroup, string> = {
  adult: 'adults',
  female: 'women',
  male: 'men',
  child: 'children',
  pregnancy: 'pregnancy'
}

/** Every interval of a test in words: "20–200 (women), 15–400 (men), 15–150 (children)". */
export function describeIntervals(lab: LabReference): string {
  if (lab.intervals.length === 1 && lab.intervals[0]!.group === 'adult') {
    return formatInterval(lab.intervals[0]!)
  }
  return lab.intervals.map((i) => `${formatInterval(i)} (${GROUP_LABEL[i.group]})`).join(', ')
}

/** The adult RLS iron rule's cut-offs (AASM 2024; TSAT ceiling IRLSSG 2018 / Silber 2021). */
export const ADULT_IRON = {
  ferritinAnyRouteMax: 75,
  ferritinIvOnlyMax: 100,
  tsatLowBelow: 20,
  tsatCeiling: 45
} as const
export const CHILD_FERRITIN_BELOW = 50
export const PREGNANCY_FERRITIN_BELOW = 75
export const DIALYSIS_IRON = { ferritinBelow: 200, tsatBelow: 20 } as const

export interface IronThreshold {
  population: string
  /** Each finding with what the course keys for it. */
  rules: readonly { finding: string; meaning: string }[]
  references: readonly string[]
}

const A = ADULT_IRON
export const IRON_THRESHOLDS: readonly IronThreshold[] = [
  {
    population: 'Adults, not on dialysis',
    rules: [
      {
        finding: `Ferritin ≤${A.ferritinAnyRouteMax} ng/mL or TSAT <${A.tsatLowBelow}%`,
        meaning: 'Iron therapy indicated (oral or IV)'
      },
      {
        finding: `Ferritin >${A.ferritinAnyRouteMax} and ≤${A.ferritinIvOnlyMax} ng/mL, TSAT ≥${A.tsatLowBelow}%`,
        meaning: 'IV iron only'
      },
      {
        finding: `Ferritin >${A.ferritinIvOnlyMax} ng/mL with TSAT ≥${A.tsatLowBelow}%`,
        meaning: 'Iron therapy not indicated'
      },
      {
        finding: `TSAT ≥${A.tsatCeiling}% (any ferritin)`,
        meaning: 'Iron therapy not indicated (ceiling)'
      },
      {
        finding: `Ferritin >${A.ferritinIvOnlyMax} ng/mL with TSAT <${A.tsatLowBelow}%`,
        meaning: 'Guidelines disagree; look for the cause'
      },
      {
        finding: 'Inflammation or CKD, ferritin ≤100 ng/mL',
        meaning: 'IV iron (oral iron is poorly absorbed)'
      },
      { finding: 'Iron-deficiency anaemia', meaning: 'Treat and look for the source of loss' }
    ],
    references: ['aasm2024', 'irlssg2018', 'silber2021']
  },
  {
    population: 'Pregnancy',
    rules: [
      {
        finding: `Ferritin <${PREGNANCY_FERRITIN_BELOW} ng/mL`,
        meaning: 'Oral iron, with a repeat check'
      }
    ],
    // Silber 2021 (brief §7) first; the pregnancy consensus as a secondary source (read 7, P8).
    references: ['silber2021', 'picchietti2015']
  },
  {
    population: 'Children',
    rules: [{ finding: `Ferritin <${CHILD_FERRITIN_BELOW} ng/mL`, meaning: 'Iron (oral first)' }],
    // The child cut-off is IRLSSG 2018's; the 2013 paper is the paediatric diagnostic criteria.
    references: ['irlssg2018', 'aasm2024']
  },
  {
    population: 'Kidney failure on haemodialysis',
    rules: [
      {
        finding: `Ferritin <${DIALYSIS_IRON.ferritinBelow} ng/mL and TSAT <${DIALYSIS_IRON.tsatBelow}%`,
        meaning: 'IV iron sucrose'
      }
    ],
    references: ['aasm2024', 'trenkwalder2016']
  }
]
