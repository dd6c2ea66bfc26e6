// The MINOR patterns of the read-through of bank 2.2.0 fixed at 2.6.0 (docs/question-bank.md §9),
// each as a property of every item the templates concerned produce (300 seeds each).
import { describe, expect, it } from 'vitest'
import { generateItem } from '../../../questions/generate'
import type { Item } from '../../../questions/item'
import { templates } from '../../../questions/templates/index'
import { rlsCausesCourse } from '../../../questions/content/course'
import { wordRuns } from '../../../questions/templates/clinical/explain'

const SEEDS = 300

function items(id: string, n = SEEDS): Item[] {
  const t = templates.find((x) => x.id === id)
  if (!t) throw new Error(`no template ${id}`)
  return Array.from({ length: n }, (_, s) => generateItem(t, s, rlsCausesCourse))
}

const keyOf = (item: Item) => item.options.find((o) => o.correct)
const labs = (item: Item) => item.facts.labs as { ferritinNgMl: number; tsatPercent: number }
const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z])/)

describe('P8: iron teaching', () => {
  // iron-normal-ferritin no longer draws a ferritin below 35 (read-through 5: at depleted stores
  // "replace and investigate" is defensible too), so only iron-decision teaches this case.
  for (const id of ['iron-decision']) {
    it(`${id}: a ferritin below 30 without anaemia names menstrual and GI loss and who to investigate`, () => {
      let low = 0
      // Few iron-decision draws fall below 30 (young women only), so it is read at more seeds.
      for (const item of items(id, id === 'iron-decision' ? 2000 : SEEDS)) {
        const { ferritinNgMl: f } = labs(item)
        const anaemic = keyOf(item)?.code === 'treat-and-investigate-source'
        if (f >= 30 || anaemic) continue
        low++
        for (const text of [keyOf(item)!.rationale, item.explanation]) {
          expect(text).toMatch(/menstrual and gastrointestinal/)
          expect(text).toMatch(/investigate men and post-menopausal women/)
        }
        // Since read 5 the source search is not offered as a foil here (it is what the key teaches).
        expect(item.options.map((o) => o.code)).not.toContain('treat-and-investigate-source')
      }
      expect(low).toBeGreaterThan(5)
    })
  }

  it('iron-decision, iron-normal-ferritin: the questions ask for an action, not an interpretation', () => {
    for (const id of ['iron-decision', 'iron-normal-ferritin', 'iron-inflammation-ckd'])
      for (const item of items(id, 100)) expect(item.question).not.toMatch(/interpret/i)
  })

  it('iron-inflammation-ckd: the reason ferritin is raised is this patient’s own, with a CRP for inflammation', () => {
    for (const item of items('iron-inflammation-ckd')) {
      const crp = item.facts.crpMgL as number | null
      const text = [item.explanation, ...item.options.map((o) => o.rationale)].join(' ')
      expect(text).not.toMatch(/inflammation and CKD|inflammation, chronic kidney disease/)
      if (crp === null) {
        expect(item.explanation).toMatch(/kidney disease itself/)
        expect(text).not.toMatch(/CRP/)
      } else {
        expect(item.stem).toContain(`CRP is ${crp} mg/L`)
        expect(item.explanation).toContain(`CRP of ${crp} mg/L`)
      }
    }
  })

  it('iron-inflammation-ckd: "iron not indicated" keeps TSAT at 25% or more, never narrowly above 20%', () => {
    let seen = 0
    for (const item of items('iron-inflammation-ckd'))
      if (keyOf(item)?.code === 'iron-not-indicated') {
        seen++
        expect(labs(item).tsatPercent).toBeGreaterThanOrEqual(25)
      }
    expect(seen).toBeGreaterThan(20)
  })

  it('no iron rationale calls values "far from every cut-off" unless the gap is large', () => {
    for (const id of ['iron-decision', 'iron-normal-ferritin', 'iron-inflammation-ckd'])
      for (const item of items(id)) {
        const repeat = item.options.find((o) => o.code === 'repeat-before-deciding')
        if (!repeat || !/far enough from every cut-off/.test(repeat.rationale)) continue
        const { ferritinNgMl: f, tsatPercent: t } = labs(item)
        expect(Math.min(Math.abs(f - 75), Math.abs(f - 100))).toBeGreaterThanOrEqual(15)
        expect(Math.min(Math.abs(t - 20), Math.abs(t - 45))).toBeGreaterThanOrEqual(5)
      }
  })

  it('iron-recheck-after-oral-course: no option is contained in the key, and Hb at diagnosis is given', () => {
    const words = (s: string) => new Set(s.toLowerCase().match(/[a-z]{4,}/g) ?? [])
    let anaemic = 0
    for (const item of items('iron-recheck-after-oral-course')) {
      expect(item.stem).toMatch(/at diagnosis, when the haemoglobin was \d+\.\d g\/dL/)
      expect(item.explanation).not.toMatch(/Here: ferritin/)
      const key = keyOf(item)!
      if (key.code !== 'treat-and-investigate-source') continue
      anaemic++
      const keyWords = words(key.text)
      for (const o of item.options.filter((x) => !x.correct)) {
        expect(o.text).not.toMatch(/^Keep giving iron/)
        const w = [...words(o.text)]
        // The most inclusive option: every content word of a foil inside the key.
        expect(w.every((x) => keyWords.has(x))).toBe(false)
      }
    }
    expect(anaemic).toBeGreaterThan(30)
  })
})

describe('P7: wording', () => {
  const drugTemplates = [
    'drug-hidden-in-list',
    'hospital-antiemetic',
    'otc-pm-sleep-aid',
    'antidepressant-choice',
    'antidepressant-mirtazapine'
  ]
  for (const id of drugTemplates)
    it(`${id}: every rationale opens with its verdict, like every other template`, () => {
      for (const item of items(id))
        for (const o of item.options)
          expect(o.rationale).toMatch(
            o.correct ? /^Correct: / : /^(Incorrect|Not the best answer): /
          )
    })

  it('augmentation-recognise: no garbled rationale, and the stem’s iron line is used in the explanation', () => {
    for (const item of items('augmentation-recognise')) {
      for (const o of item.options) expect(o.rationale).not.toMatch(/treatment or the examination/)
      if (/iron studies|Ferritin was last/i.test(item.stem))
        expect(item.explanation).toMatch(
          /iron studies, (not checked since the diagnosis|last measured four years ago|last done before the agonist was started) here/i
        )
    }
  })

  it('antidepressant-choice: no SSRI rationale says its class twice', () => {
    for (const item of items('antidepressant-choice'))
      for (const o of item.options) {
        expect(o.rationale).not.toMatch(/belongs to the same class/)
        expect(o.rationale.match(/minority/g)?.length ?? 0).toBeLessThanOrEqual(1)
      }
  })

  it('iron-normal-ferritin: the stem does not announce repeat tests before giving them', () => {
    for (const item of items('iron-normal-ferritin'))
      expect(item.stem).not.toMatch(/Repeat tests are arranged/)
  })

  it('trigger-ssri-after-delivery: every timing claim of the antibiotic agrees with the stem’s dates', () => {
    for (const item of items('trigger-ssri-after-delivery')) {
      const started = /\(started by the midwife (\d+) weeks ago\)/.exec(item.stem)
      const since = /Over the past (\d+) weeks they have returned/.exec(item.stem)
      expect(since).not.toBeNull()
      const antibiotic = item.options.find((o) => ['cephalexin', 'amoxicillin'].includes(o.code))
      if (!antibiotic || !started) continue
      const weeks = Number(started[1])
      expect(antibiotic.rationale).not.toMatch(/overlap/)
      // It began as the RLS turned worse, and a 7-day course ended a week later.
      expect(Number(since![1])).toBe(weeks)
      expect(antibiotic.rationale).toContain(`began ${weeks} weeks ago`)
      expect(antibiotic.rationale).toContain(`ended ${weeks - 1} weeks ago`)
      // No long-standing medicine started before the age of 20.
      const age = Number(/(\d+)-year-old/.exec(item.stem)?.[1])
      for (const m of item.stem.matchAll(/(\d+) years ago/g))
        expect(Number(m[1])).toBeLessThanOrEqual(Math.max(2, age - 20))
    }
  })

  it('trigger-dated-medication-review: prescribers fit the drug', () => {
    for (const item of items('trigger-dated-medication-review')) {
      expect(item.stem).not.toMatch(
        /(tamsulosin|metformin|sitagliptin) was started by an endocrinologist/
      )
      expect(item.stem).not.toMatch(
        /(levothyroxine|tamsulosin|metformin|alendronate) was started by a cardiologist/
      )
    }
  })

  it('trigger-antiemetic-diabetic-gastroparesis: metformin is taken since the diabetes began', () => {
    let seen = 0
    for (const item of items('trigger-antiemetic-diabetic-gastroparesis')) {
      const dm = Number(/type 2 diabetes for (\d+) years/.exec(item.stem)?.[1])
      const met =
        /metformin [^,()]*\((?:started by \{?\w+\}? family physician |for )?(\d+) years/.exec(
          item.stem
        )
      for (const m of item.stem.matchAll(/(\d+) years(?: ago)?\)/g))
        expect(Number(m[1])).toBeLessThanOrEqual(dm)
      if (met) {
        seen++
        expect(Number(met[1])).toBe(dm)
      }
    }
    expect(seen).toBeGreaterThan(10)
  })

  it('no explanation of the templates concerned restates its first sentence', () => {
    for (const id of [
      'secondary-context',
      'lifestyle-counselling',
      'knowledge-epidemiology',
      'knowledge-genetics',
      'knowledge-mechanism',
      'rls-vs-mimic'
    ])
      for (const item of items(id)) {
        const [first, ...rest] = sentences(item.explanation)
        const runs = wordRuns(first ?? '', 5)
        const hit = [...wordRuns(rest.join(' '), 5)].filter((r) => runs.has(r))
        expect(hit, `${item.id}: ${item.explanation}`).toEqual([])
      }
  })
})

describe('P6: hand-written drug lists name a centrally acting non-aggravator', () => {
  it('drug-hidden-in-list: a gabapentinoid is always on the list, for the RLS or another use', () => {
    for (const item of items('drug-hidden-in-list')) {
      const meds = item.facts.medications as string[]
      expect(meds.some((m) => m === 'gabapentin' || m === 'pregabalin')).toBe(true)
      expect(item.stem).toMatch(
        // Read 7 (P7) added uses beside sciatica and anxiety (readthrough-2-13-0-drugs.test.ts).
        /(gabapentin|pregabalin) [^;(]*\((restless legs syndrome|sciatic nerve pain|generalised anxiety disorder|post-herpetic neuralgia|nerve-root pain in the neck and arm|neuropathic pain in the arm|nerve pain after a shoulder operation)\)/
      )
      const offered = item.options.find((o) => o.code === 'gabapentin' || o.code === 'pregabalin')
      if (offered) expect(offered.rationale).toMatch(/first-line/)
    }
  })
})

describe('P5: the fixed "no central action" sentence is gone from which-drug rationales', () => {
  it('no option of any template repeats it after the class line', () => {
    for (const t of templates)
      for (let s = 0; s < 100; s++)
        for (const o of generateItem(t, s, rlsCausesCourse).options)
          expect(o.rationale).not.toMatch(
            /no central dopamine-blocking, antihistamine or serotonergic/
          )
  })
})
