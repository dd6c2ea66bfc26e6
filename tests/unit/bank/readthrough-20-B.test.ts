// Read 20 (docs/readthrough-2026-12-03-v2.18.4.md §4.2), helper B's own-merit fixes.
import { describe, expect, it } from 'vitest'
import { itemParam as param, keyOf, templateItems } from './helpers'

const opt = (it: ReturnType<typeof templateItems>[number], code: string) =>
  it.options.find((o) => o.code === code)

describe('iron-recheck-after-oral-course (F1#40, F2#10)', () => {
  const all = templateItems('iron-recheck-after-oral-course', 600)
  const anaemia = all.filter((i) => param(i, 'arm') === 'treat-and-investigate-source')
  it('the anaemia key gives IV iron and investigates; every foil is a two-part plan', () => {
    expect(anaemia.length).toBeGreaterThan(100)
    for (const it of anaemia) {
      expect(keyOf(it).text, it.id).toMatch(
        /^Give (IV iron|the iron intravenously) and investigate/
      )
      expect(keyOf(it).rationale, it.id).toMatch(/coeliac serology/)
      expect(keyOf(it).rationale, it.id).toMatch(/Helicobacter pylori/)
      for (const o of it.options.filter((x) => !x.correct))
        expect(o.text, it.id).toMatch(/ and | until /)
      // Read 23 (F2#7) replaced the hold-for-tests foil with more tablets plus the search, so
      // the key is no longer the union of two foils (readthrough-23.test.ts).
      expect(opt(it, 'double-and-investigate')?.text, it.id).toMatch(
        /^Double the (iron )?tablets and investigate/
      )
    }
  })
  it('after normal endoscopies the key names the small bowel and atrophic gastritis', () => {
    const done = anaemia.filter((i) => /gastroscopy and colonoscopy/.test(i.stem))
    expect(done.length).toBeGreaterThan(30)
    for (const it of done)
      expect(keyOf(it).rationale, it.id).toMatch(/small-bowel.*|atrophic gastritis/)
  })
  it('the still-low arm keeps TSAT at 38% or less and its key names the 45% ceiling', () => {
    const low = all.filter((i) => param(i, 'arm') === 'iron-indicated')
    expect(low.length).toBeGreaterThan(100)
    for (const it of low) {
      expect(Number(param(it, 'tsat')), it.id).toBeLessThanOrEqual(38)
      expect(keyOf(it).rationale, it.id).toMatch(/45% ceiling/)
    }
  })
  it('no rationale reads "is not above 100 ng/mL with an adequate TSAT"', () => {
    for (const it of all)
      for (const o of it.options)
        expect(o.rationale, it.id).not.toMatch(/is not above 100 ng\/mL with an adequate TSAT/)
  })
})

describe('iron-child-threshold (F1#35)', () => {
  const all = templateItems('iron-child-threshold', 600)
  it('the iron arm does not claim to test the cut-off the adult rule also meets', () => {
    for (const it of all) {
      if (param(it, 'arm') === 'iron')
        expect(it.objective, it.id).toMatch(/laboratory calls normal/)
      else expect(it.objective, it.id).toMatch(/would meet an adult threshold/)
    }
  })
  it('the infusion foil does not share the word "iron" with the oral-iron key', () => {
    for (const it of all) {
      const iv = opt(it, 'child-iv-iron-first')
      if (iv) expect(iv.text, it.id).not.toMatch(/\biron\b/i)
    }
  })
})

describe('iron-inflammation-ckd (F1#20, F2#6)', () => {
  const all = templateItems('iron-inflammation-ckd', 800)
  it('the zone offers a foil as guarded as the key, in many items', () => {
    const zone = all.filter((i) => param(i, 'variant') === 'zone')
    const withIt = zone.filter((i) => opt(i, 'unreadable-for-now'))
    expect(withIt.length).toBeGreaterThan(zone.length / 5)
  })
  it("the IV key is not iron-decision's text, and a low ferritin prompts a search for loss", () => {
    const iv = all.filter((i) => param(i, 'variant') === 'iv')
    expect(iv.length).toBeGreaterThan(100)
    let low = 0
    for (const it of iv) {
      expect(keyOf(it).text, it.id).not.toMatch(/parenteral|instead of tablets|infusion now/)
      expect(keyOf(it).rationale, it.id).toMatch(/blood loss/)
      if (Number(param(it, 'ferritin')) < 45) {
        low++
        expect(it.explanation, it.id).toMatch(/true iron deficiency: ask about blood loss/)
      }
    }
    expect(low).toBeGreaterThan(20)
  })
})

describe('iron-sampling-conditions (F2#2)', () => {
  const all = templateItems('iron-sampling-conditions', 600)
  it('the afternoon sample always offers a second, wrong, sampling-aware option', () => {
    const invalid = all.filter((i) => param(i, 'arm') === 'invalid')
    expect(invalid.length).toBeGreaterThan(100)
    for (const it of invalid) {
      expect(opt(it, 'repeat-keep-supplement'), it.id).toBeDefined()
      expect(opt(it, 'withhold-high-tsat'), it.id).toBeUndefined()
    }
  })
})

describe('iron-decision (F2#4)', () => {
  it('the no-iron band never shows a ferritin the laboratory flags', () => {
    const none = templateItems('iron-decision', 800).filter(
      (i) => keyOf(i).code === 'iron-not-indicated'
    )
    expect(none.length).toBeGreaterThan(100)
    for (const it of none) {
      const row =
        it.exhibits?.[0]?.kind === 'labs'
          ? it.exhibits[0].rows.find((r) => r.name === 'Ferritin')
          : undefined
      expect(row?.flag ?? null, it.id).toBeNull()
    }
  })
})

describe('iron-before-drug-treatment (F1#6)', () => {
  const all = templateItems('iron-before-drug-treatment', 600)
  it('the iron key is one action, not a staged "then decide" plan', () => {
    for (const it of all) {
      const iron = opt(it, 'offer-iron-first')
      if (iron) expect(iron.text, it.id).not.toMatch(/then/)
    }
  })
  it('a ferritin below 45 in a man or a woman of 50 or more is said to call for a source search', () => {
    let n = 0
    for (const it of all) {
      if (param(it, 'arm') !== 'low' || Number(param(it, 'fer')) >= 45) continue
      if (param(it, 'sex') === 'f' && Number(param(it, 'age')) < 50) continue
      n++
      expect(it.explanation, it.id).toMatch(/is a reason to look for a source of loss/)
    }
    expect(n).toBeGreaterThan(20)
  })
})
