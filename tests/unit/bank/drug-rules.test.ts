import { beforeAll, describe, expect, it } from 'vitest'
import { checkDrugRules, isDrugItem, type BankReport } from '../../../questions/check/index'
import {
  alpha2deltaOptions,
  keyableAggravators,
  neverUseAsDistractor,
  safeDistractors
} from '../../../questions/content/drugs'
import { generateItem } from '../../../questions/generate'
import type { Item } from '../../../questions/item'
import { drugTemplates } from '../../../questions/templates/drugs/index'
import { templates } from '../../../questions/templates/index'
import { fullReport } from './helpers'
import { rlsCausesCourse } from '../../../questions/content/course'

const byId = (id: string) => {
  const t = templates.find((x) => x.id === id)
  if (!t) throw new Error(id)
  return t
}

function items(id: string, n = 400): Item[] {
  return Array.from({ length: n }, (_, s) => generateItem(byId(id), s, rlsCausesCourse))
}

describe('medication gates on the registry', () => {
  let report: BankReport
  beforeAll(() => {
    report = fullReport()
  })
  for (const check of [
    'drug-key',
    'drug-distractor',
    'one-aggravator',
    'never-key',
    'never-use',
    'bupropion',
    'statin-myalgia',
    'not-safe',
    'background-aggravator',
    'lone-central'
  ]) {
    it(`gate "${check}" passes for every item`, () => {
      expect(report.problems.filter((p) => p.check === check).slice(0, 5)).toEqual([])
    })
  }
})

describe('families 1–5', () => {
  it('family 1: key from the keyable list, distractors from the safe list or α2δ ligands', () => {
    const safe = new Set([...safeDistractors, ...alpha2deltaOptions])
    for (const it of items('drug-hidden-in-list')) {
      const key = it.options.find((o) => o.correct)
      expect(keyableAggravators.has(key?.code ?? '')).toBe(true)
      for (const o of it.options.filter((x) => !x.correct))
        expect(safe.has(o.code), o.code).toBe(true)
      const meds = it.facts.medications as string[]
      expect(meds.filter((m) => keyableAggravators.has(m))).toEqual([key?.code])
    }
  })

  it('family 1 never keys lurasidone and never pairs a statin with myalgia', () => {
    for (const it of items('drug-hidden-in-list')) {
      expect(JSON.stringify(it)).not.toMatch(/lurasidone/i)
      expect(it.stem).not.toMatch(/myalg|muscle (pain|ache)/i)
    }
  })

  it('family 3: only metoclopramide, prochlorperazine or promethazine keyed; ondansetron never appears', () => {
    for (const it of items('hospital-antiemetic')) {
      expect(['metoclopramide', 'prochlorperazine', 'promethazine']).toContain(
        it.options.find((o) => o.correct)?.code
      )
      expect(JSON.stringify(it)).not.toMatch(/ondansetron/i)
    }
  })

  it('family 2: the keyed ingredient is diphenhydramine or doxylamine', () => {
    for (const it of items('otc-pm-sleep-aid')) {
      expect(['diphenhydramine', 'doxylamine']).toContain(it.facts.aggravator)
    }
  })

  it('family 4: mirtazapine keyed; bupropion only as the key of the choose item, with bayard2011', () => {
    for (const it of items('antidepressant-mirtazapine')) {
      // The newly started antidepressant (mirtazapine, an SSRI or an SNRI) is keyed, and the
      // opening sentence names no drug.
      const key = it.options.find((o) => o.correct)?.code ?? ''
      expect(['mirtazapine', 'ssri', 'snri']).toContain(String(it.facts.aggravatorClass))
      expect(it.facts.aggravator).toBe(key)
      expect(it.stem.split('. ')[0]).not.toContain(key)
      expect(JSON.stringify(it.options)).not.toMatch(/bupropion/i)
    }
    for (const it of items('antidepressant-choice')) {
      if (it.facts.kind === 'drug-compare') {
        expect(it.options.find((o) => o.correct)?.code).toBe('mirtazapine')
        expect(JSON.stringify(it.options)).not.toMatch(/bupropion/i)
        continue
      }
      expect(it.options.find((o) => o.correct)?.code).toBe('bupropion')
      expect(it.references).toContain('bayard2011')
      expect(it.options.filter((o) => /bupropion/i.test(o.text))).toHaveLength(1)
      expect(it.explanation).toMatch(/not the RLS|not itself a treatment/i)
    }
    for (const t of drugTemplates.filter((x) => x.id !== 'antidepressant-choice')) {
      for (let s = 0; s < 200; s++) {
        const it = generateItem(t, s, rlsCausesCourse)
        for (const o of it.options.filter((x) => !x.correct))
          expect(o.text).not.toMatch(/bupropion/i)
      }
    }
  })

  it('family 5: each picture keys its own answer; augmentation stems show earlier onset and spread', () => {
    const KEY: Record<string, string> = {
      augmentation: 'augmentation',
      rebound: 'early-morning-rebound',
      neuropathy: 'peripheral-neuropathy'
    }
    const recognise = items('augmentation-recognise', 300)
    for (const it of recognise) {
      const picture = String(it.facts.picture)
      expect(it.options.find((o) => o.correct)?.code).toBe(KEY[picture])
      if (picture === 'augmentation') {
        expect(it.stem).toMatch(/afternoon|after lunch|2 pm/)
        expect(it.stem).toMatch(/arms|forearms/)
      }
      if (picture === 'rebound') expect(it.facts.medications).toEqual(['levodopa'])
      if (picture === 'neuropathy') expect(it.stem).toMatch(/numbness and burning/)
    }
    expect(new Set(recognise.map((i) => i.facts.picture)).size).toBe(3)
    for (const it of items('augmentation-next-step', 200)) {
      expect(it.stem).toMatch(/afternoon|after lunch|2 pm/)
      const key = it.options.find((o) => o.correct)?.code
      // Iron unknown: check it; low: treat it; replete (read 7, P7): leave it and switch.
      const labs = it.facts.ironStudies as { ferritinNgMl: number; tsatPercent: number } | undefined
      expect(key).toBe(
        labs === undefined
          ? 'check-iron-switch-alpha2delta'
          : labs.ferritinNgMl <= 75 || labs.tsatPercent < 20
            ? 'treat-iron-switch-alpha2delta'
            : 'keep-iron-switch-alpha2delta'
      )
      expect(it.section).toBe('medications')
    }
  })

  it('every option of every drug item has its own rationale, and none calls a drug "safe"', () => {
    for (const t of drugTemplates) {
      for (let s = 0; s < 200; s++) {
        const it = generateItem(t, s, rlsCausesCourse)
        expect(new Set(it.options.map((o) => o.rationale)).size).toBe(it.options.length)
        for (const o of it.options) expect(o.rationale).not.toMatch(/\bsafe\b/i)
      }
    }
  })

  it('SSRI/SNRI keys carry the "some patients" evidence note', () => {
    for (const it of items('drug-hidden-in-list')) {
      if (['ssri', 'snri'].includes(String(it.facts.aggravatorClass))) {
        expect(it.evidenceNote).toMatch(/some patients/)
      }
    }
  })
})

describe('the medication gates catch bad items', () => {
  const good = generateItem(byId('drug-hidden-in-list'), 1, rlsCausesCourse)
  const withOption = (i: number, code: string): Item => ({
    ...good,
    options: good.options.map((o, j) => (j === i ? { ...o, code, text: code } : o))
  })
  const wrongIndex = good.options.findIndex((o) => !o.correct)
  const keyIndex = good.options.findIndex((o) => o.correct)

  it('accepts a generated item', () => {
    expect(isDrugItem(good)).toBe(true)
    expect(checkDrugRules(good)).toEqual([])
  })

  it('rejects never-use distractors such as ondansetron and bupropion', () => {
    for (const d of ['ondansetron', 'bupropion', 'amlodipine']) {
      expect(neverUseAsDistractor).toContain(d)
      const checks = checkDrugRules(withOption(wrongIndex, d)).map((p) => p.check)
      expect(checks.length, d).toBeGreaterThan(0)
    }
  })

  it('rejects a never-key key (lurasidone, lithium, amitriptyline)', () => {
    for (const d of ['lurasidone', 'lithium', 'amitriptyline']) {
      const checks = checkDrugRules(withOption(keyIndex, d)).map((p) => p.check)
      expect(checks).toContain('never-key')
    }
  })

  it('rejects a second aggravator among the options', () => {
    const checks = checkDrugRules(withOption(wrongIndex, 'sertraline')).map((p) => p.check)
    expect(checks).toContain('one-aggravator')
  })

  it('rejects a statin next to a myalgia stem', () => {
    const bad: Item = {
      ...withOption(wrongIndex, 'atorvastatin'),
      stem: `${good.stem} She also reports myalgia in both thighs.`
    }
    expect(checkDrugRules(bad).map((p) => p.check)).toContain('statin-myalgia')
  })
})
