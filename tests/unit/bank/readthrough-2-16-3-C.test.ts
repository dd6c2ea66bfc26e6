// Read-through 10 (bank 2.16, docs/readthrough-2026-12-02-v2.16.md, P3 and P5) in the medication
// stories (helper C): case details that could not happen, fixed where the kit draws them. Each
// check is a property of every item over 1,000 seeds of every template that uses the kit, not of
// the items the read-through happened to see.
import { describe, expect, it } from 'vitest'
import type { Item } from '../../../questions/item'
import { OLDER_START_MG } from '../../../questions/templates/kit/older-doses'
import { itemParam, keyOf, templateItems } from './helpers'

const SEEDS = 1000

/** Templates whose co-medications the kit picks (which-drug factory, pickSafeList, psych ward). */
const WHICH_DRUG = [
  'trigger-antihistamine-for-dialysis-itch',
  'trigger-antiemetic-diabetic-gastroparesis',
  'trigger-antiemetic-early-pregnancy',
  'trigger-chemotherapy-antiemetic',
  'trigger-ssri-after-delivery',
  'trigger-seasonal-antihistamine',
  'trigger-snri-started-elsewhere',
  'trigger-dated-medication-review',
  'trigger-travel-sedative',
  'trigger-antiemetic-for-vertigo',
  'trigger-ward-night-sedation'
]
const KIT_TEMPLATES = [
  ...WHICH_DRUG,
  'trigger-psych-admission',
  'antidepressant-mirtazapine',
  'drug-hidden-in-list',
  'hospital-antiemetic',
  'otc-pm-sleep-aid'
]

function patient(item: Item): { age: number; sex: 'f' | 'm' } {
  const m = /(\d+)-year-old (woman|man)\b/.exec(item.stem)
  if (!m) throw new Error(`${item.id}: no age in the stem`)
  return { age: Number(m[1]), sex: m[2] === 'woman' ? 'f' : 'm' }
}

function medications(item: Item): string[] {
  return (item.facts as { medications?: string[] } | undefined)?.medications ?? []
}

/** Youngest plausible patient per long-standing drug (BPH from 50; osteoporosis treatment from
 * 55 in women, later and less often in men). */
const MIN_AGE: Record<string, { f: number; m: number }> = {
  tamsulosin: { f: 50, m: 50 },
  finasteride: { f: 50, m: 50 },
  alendronate: { f: 55, m: 65 }
}
/** Youngest plausible age at the start of each drug (adult life by default). */
const START: Record<string, { f: number; m: number }> = {
  tamsulosin: { f: 48, m: 48 },
  finasteride: { f: 48, m: 48 },
  alendronate: { f: 53, m: 63 }
}

/** "drug … (… N years …)": the years a listed drug has been taken, per chart entry. */
function listedYears(item: Item, generic: string): number[] {
  const re = new RegExp(`\\b${generic} ((?:(?!\\. )[^();])*)\\(([^)]*)\\)`, 'g')
  const out: number[] = []
  for (const m of item.stem.matchAll(re)) {
    const y = /(\d+) years?\b/.exec(m[2] ?? '')
    if (y) out.push(Number(y[1]))
  }
  return out
}

describe('P3: long-standing drugs fit the patient’s age and sex', () => {
  for (const id of KIT_TEMPLATES)
    it(`${id}: no tamsulosin or finasteride before 50, alendronate before 55 (women) or 65 (men)`, () => {
      for (const item of templateItems(id, SEEDS)) {
        const { age, sex } = patient(item)
        for (const g of medications(item)) {
          const min = MIN_AGE[g]?.[sex] ?? 0
          expect(age, `${item.id}: ${g} at ${age} (${sex})`).toBeGreaterThanOrEqual(min)
        }
      }
    })
})

describe('P3: "for N years" is capped by age and by course', () => {
  // otc-pm-sleep-aid dates its list in its own file and the gastroparesis story from the type 2
  // diagnosis its stem gives: both were mended after helper C's notes, so every kit template is read.
  for (const id of KIT_TEMPLATES)
    it(`${id}: no drug for longer than the adult life, alendronate ≤ 10 years`, () => {
      for (const item of templateItems(id, SEEDS)) {
        const { age, sex } = patient(item)
        for (const g of medications(item))
          for (const y of listedYears(item, g)) {
            const start = START[g]?.[sex] ?? 18
            expect(y, `${item.id}: ${g} for ${y} years at ${age}`).toBeLessThanOrEqual(age - start)
            if (g === 'alendronate') expect(y, `${item.id}: alendronate`).toBeLessThanOrEqual(10)
          }
      }
    })

  it('trigger-travel-sedative has young patients and long-standing alendronate to judge', () => {
    // Twice the seeds: a long-standing antidepressant (read 21, P2) takes a list slot.
    const all = templateItems('trigger-travel-sedative', 2 * SEEDS)
    expect(all.filter((it) => patient(it).age < 45).length).toBeGreaterThan(200)
    expect(all.filter((it) => medications(it).includes('alendronate')).length).toBeGreaterThan(50)
  })
})

describe('P3: type 1 diabetes is basal-bolus insulin from the diabetes team', () => {
  for (const id of KIT_TEMPLATES)
    it(`${id}: no type 1 diabetes on basal glargine alone or from the family physician`, () => {
      for (const item of templateItems(id, SEEDS)) {
        for (const m of item.stem.matchAll(/insulin glargine [^;()]*type 1 diabetes[^)]*\)/g)) {
          expect(m[0], item.id).toMatch(/mealtime|with meals|pump/)
          expect(m[0], item.id).toMatch(/diabetes team/)
          expect(m[0], item.id).not.toMatch(/family physician/)
        }
      }
    })

  it('trigger-antiemetic-early-pregnancy lists type 1 diabetes in enough items to judge', () => {
    const all = templateItems('trigger-antiemetic-early-pregnancy', SEEDS)
    expect(all.filter((it) => it.stem.includes('type 1 diabetes')).length).toBeGreaterThan(100)
  })
})

/** The strength of a drug as the stem charts it ("duloxetine 60 mg once daily" → 60). */
function chartedMg(item: Item, generic: string): number | null {
  const m = new RegExp(`\\b${generic} (\\d+(?:\\.\\d+)?) mg\\b`).exec(item.stem)
  return m ? Number(m[1]) : null
}

describe('P3: from 75, new prescriptions start at the older-adult dose', () => {
  // Olanzapine in the chemotherapy story belongs to helper B's template.
  const STARTED_HERE = [
    ...WHICH_DRUG.filter((t) => t !== 'trigger-chemotherapy-antiemetic'),
    'antidepressant-mirtazapine',
    'drug-hidden-in-list'
  ]
  it('duloxetine starts at 30 mg and mirtazapine at no more than 15 mg (read 10: 60 mg at 82)', () => {
    let seen = 0
    for (const item of templateItems('antidepressant-mirtazapine', SEEDS)) {
      if (patient(item).age < 75) continue
      for (const [g, limit] of [
        ['duloxetine', 30],
        ['mirtazapine', 15]
      ] as const) {
        const mg = g === keyOf(item).code ? chartedMg(item, g) : null
        if (mg === null) continue
        seen++
        expect(mg, item.id).toBeLessThanOrEqual(limit)
      }
    }
    expect(seen).toBeGreaterThan(50)
  })

  for (const id of STARTED_HERE)
    it(`${id}: the culprit, and a co-started lisinopril, at no more than the older-adult start`, () => {
      for (const item of templateItems(id, SEEDS)) {
        if (patient(item).age < 75) continue
        const recent = (item.facts as { recentlyChanged?: string[] }).recentlyChanged ?? []
        for (const g of new Set([keyOf(item).code, ...recent])) {
          const limit = OLDER_START_MG[g]
          const mg = chartedMg(item, g)
          if (limit === undefined || mg === null) continue
          expect(mg, `${item.id}: ${g} ${mg} mg at ${patient(item).age}`).toBeLessThanOrEqual(limit)
        }
      }
    })
})

describe('P3: drug-hidden-in-list says the lag it has', () => {
  it('"shortly before" only for a lag of up to two weeks; longer lags give the weeks', () => {
    let long = 0
    for (const item of templateItems('drug-hidden-in-list', SEEDS)) {
      const gap = Number(itemParam(item, 'gap'))
      const why = keyOf(item).rationale
      if (gap <= 2) expect(why, item.id).toContain('shortly before')
      else {
        long++
        expect(why, item.id).not.toContain('shortly before')
        expect(why, item.id).toContain(`${gap} weeks before`)
        // The stem dates it the same way: the culprit started `gap` weeks before the change.
        const started = new RegExp(`${keyOf(item).code}, started (\\d+) weeks ago`).exec(item.stem)
        const past = /past (\d+) weeks/.exec(item.stem)
        expect(Number(started?.[1]) - Number(past?.[1]), item.id).toBe(gap)
      }
    }
    expect(long).toBeGreaterThan(100)
  })
})

describe('P5: trigger-psych-admission follows the admission reason', () => {
  it('a manic admission is never "treatment for the psychosis"', () => {
    let mania = 0
    for (const item of templateItems('trigger-psych-admission', SEEDS)) {
      if (!item.stem.includes('manic episode')) continue
      mania++
      expect(item.explanation, item.id).not.toMatch(/psychosis/)
      expect(item.explanation, item.id).toContain('treatment for the mania')
    }
    expect(mania).toBeGreaterThan(100)
  })
})

describe('P6: antidepressant-mirtazapine names what its closing sentence points at', () => {
  it('no "Those two are …" three sentences after the two medicines were mentioned', () => {
    for (const item of templateItems('antidepressant-mirtazapine', SEEDS)) {
      expect(item.stem, item.id).not.toMatch(/\b(Those|These) two are\b/)
      const last =
        item.stem
          .trim()
          .split(/(?<=\.) /)
          .pop() ?? ''
      expect(last, item.id).toMatch(/\b(new|additions|started)\b/)
    }
  })
})
