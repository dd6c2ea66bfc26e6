// Read 18 (bank 2.18.1, quizzes 171917 and 175939): the iron-status templates' own-merit findings.
// Each test reads a property over many seeds and fails on the 2.18.1 content.
import { describe, expect, it } from 'vitest'
import type { Item } from '../../../questions/item'
import { expectCueGatesPass, itemParam as param, keyOf, templateItems } from './helpers'

const allText = (i: Item) =>
  [i.stem, i.question, i.explanation, ...i.options.flatMap((o) => [o.text, o.rationale])].join(' ')
const codes = (i: Item) => i.options.map((o) => o.code)

describe('iron-child-threshold (F1#27, F2#3)', () => {
  const all = templateItems('iron-child-threshold', 800)
  const noIron = all.filter((i) => param(i, 'arm') === 'no-iron')
  it('the no-iron arm sits at ferritin 55–70, where the adult rule would give iron', () => {
    expect(noIron.length).toBeGreaterThan(300)
    for (const it of noIron) {
      const f = Number(param(it, 'fer'))
      expect(f, it.id).toBeGreaterThanOrEqual(55)
      expect(f, it.id).toBeLessThanOrEqual(70)
    }
  })
  it('the TSAT keeps off the 2-point margin of 20%', () => {
    for (const it of all) expect(Number(param(it, 'tsat')), it.id).toBeGreaterThanOrEqual(24)
  })
  it('no "whatever the ferritin" foil and no sleep-study foil', () => {
    for (const it of all)
      for (const o of it.options) {
        expect(o.text, it.id).not.toMatch(/whatever the/i)
        expect(o.text, it.id).not.toMatch(/sleep study|polysomnography/i)
      }
  })
  it('the parent opening names the child before any pronoun can be read as the parent', () => {
    const parentFirst = all.filter((i) => param(i, 'opening') === '2')
    expect(parentFirst.length).toBeGreaterThan(100)
    for (const it of parentFirst) {
      expect(it.stem, it.id).not.toMatch(/advice on (her|his) nights/)
      expect(it.stem, it.id).toMatch(/\bthe (girl|boy)\b/)
    }
  })
  it('the cue gates still pass', () => expectCueGatesPass('iron-child-threshold', all))
})

describe('iron-recheck-after-oral-course (F2#4)', () => {
  const all = templateItems('iron-recheck-after-oral-course', 800)
  it('three months of oral iron raise the ferritin by 42 ng/mL at most', () => {
    const START: Record<string, number> = { '0': 38, '1': 31, '2': 52, '3': 58, '4': 66, '5': 70 }
    for (const it of all) {
      const start = START[param(it, 'start') ?? ''] ?? NaN
      expect(it.stem, it.id).toContain(`${start} ng/mL`)
      expect(Number(param(it, 'fer')) - start, it.id).toBeLessThanOrEqual(42)
    }
  })
  it('the explanation teaches the band of its arm, not the whole rule', () => {
    const BANDS = [/at or below 75/, /76 to 100|76–100|between 75 and 100/, /above 100/]
    for (const it of all)
      if (param(it, 'arm') !== 'treat-and-investigate-source')
        expect(BANDS.filter((b) => b.test(it.explanation)).length, it.id).toBeLessThanOrEqual(1)
  })
})

describe('iron-sampling-conditions (F1#7, F1#13)', () => {
  const all = templateItems('iron-sampling-conditions', 800)
  it('the stem gives the facts, not a verdict on the sample', () => {
    for (const it of all)
      expect(it.stem, it.id).not.toMatch(
        /no one mentioned|as instructed|as asked|as usual|only free slot|took it that day/i
      )
  })
  it('both arms state the last dose in the same sentences, and the caption gives the draw time', () => {
    for (const it of all) {
      expect(it.stem, it.id).toMatch(/last (dose|taken|one)/)
      expect(it.exhibits?.[0]?.caption ?? '', it.id).toMatch(/drawn \d{1,2}:00/)
    }
  })
  it('no strawman "ferritin alone, as saturation adds little", no circular ceiling key', () => {
    for (const it of all)
      for (const o of it.options) {
        expect(o.text, it.id).not.toMatch(/adds little|over the ceiling|past the 45% limit/)
        expect(o.text, it.id).not.toMatch(/decides the whole question/)
      }
  })
  it('the afternoon arm does not recite the TSAT bands that answer the other arm', () => {
    for (const it of all.filter((i) => param(i, 'arm') === 'invalid'))
      expect(it.explanation, it.id).not.toMatch(/20–44%|45% or more/)
  })
  it('never two IV-now foils in one item', () => {
    for (const it of all)
      expect(
        codes(it).filter((c) => c === 'iv-iron-now' || c === 'ferritin-only').length,
        it.id
      ).toBeLessThanOrEqual(1)
  })
  it('the cue gates still pass', () => expectCueGatesPass('iron-sampling-conditions', all))
})

describe('iron-decision and the shared iron options (F1#22, P3)', () => {
  const all = templateItems('iron-decision', 800)
  it('the explanation no longer recites the whole adult rule', () => {
    for (const it of all)
      expect(it.explanation, it.id).not.toMatch(/the adult rule \(not on dialysis\) reads/)
  })
  it('no draw note names a multivitamin the medication sentence leaves out', () => {
    for (const it of all) expect(it.stem, it.id).not.toMatch(/multivitamin/)
  })
  it('beside the frank-anaemia key, no dopamine-agonist throwaway; the half-right IV plan is offered', () => {
    const anaemia = all.filter((i) => keyOf(i).code === 'treat-and-investigate-source')
    expect(anaemia.length).toBeGreaterThan(100)
    for (const it of anaemia) expect(codes(it), it.id).not.toContain('agonist-before-iron')
    expect(anaemia.filter((i) => codes(i).includes('iv-iron-no-search')).length).toBeGreaterThan(
      anaemia.length / 2
    )
  })
  it('no padded option wording', () => {
    for (const id of ['iron-decision', 'iron-normal-ferritin', 'iron-inflammation-ckd'])
      for (const it of templateItems(id, 400))
        for (const o of it.options)
          expect(o.text, it.id).not.toMatch(
            /Postpone iron till|Supply ferrous sulfate|Defer the choice until/
          )
  })
  it('the cue gates still pass', () => expectCueGatesPass('iron-decision', all))
})

describe('iron-dialysis-decision (F1#25)', () => {
  const all = templateItems('iron-dialysis-decision', 800)
  it('the stem says what iron the unit gives, so a top-up foil has something to top up', () => {
    for (const it of all) expect(it.stem, it.id).toMatch(/intravenous iron/)
  })
  it('the replete key is not the only option that withholds treatment', () => {
    const replete = all.filter((i) => param(i, 'arm') === 'no-iron')
    expect(replete.length).toBeGreaterThan(300)
    for (const it of replete) {
      expect(keyOf(it).text, it.id).not.toMatch(/Do not start IV iron|Give no IV iron now/)
      expect(codes(it), it.id).toContain('dialysis-expected-untreated')
    }
  })
  it('the cue gates still pass', () => expectCueGatesPass('iron-dialysis-decision', all))
})

describe('iron-inflammation-ckd (F1#29, F1#31, F2#20)', () => {
  const all = templateItems('iron-inflammation-ckd', 800)
  it('the zone key is a conclusion, not a two-part "consider and act" plan', () => {
    const zone = all.filter((i) => param(i, 'variant') === 'zone')
    expect(zone.length).toBeGreaterThan(200)
    for (const it of zone) expect(keyOf(it).text, it.id).not.toMatch(/;|cause/)
  })
  it("the IV-band foil's rationale does not repeat the key's guideline passage", () => {
    for (const it of all) {
      const band = it.options.find((o) => o.code === 'iv-band')
      if (band) expect(band.rationale, it.id).not.toMatch(/guidelines disagree/)
    }
  })
  it('the IV arm keeps ferritin at least 8 from 75 and 100', () => {
    for (const it of all.filter((i) => param(i, 'variant') === 'iv')) {
      const f = Number(param(it, 'ferritin'))
      for (const cut of [75, 100]) expect(Math.abs(f - cut), it.id).toBeGreaterThanOrEqual(8)
    }
  })
  it('the cue gates still pass', () => expectCueGatesPass('iron-inflammation-ckd', all))
})

describe('iron-pregnancy-decision (F1#40)', () => {
  const all = templateItems('iron-pregnancy-decision', 600)
  it('the IV-iron rationale states the pregnancy criteria, not "later pregnancy"', () => {
    for (const it of all) {
      const iv = it.options.find((o) => o.code === 'pregnancy-iv-iron-now')
      if (iv && param(it, 'arm') === 'iron') {
        expect(iv.rationale, it.id).not.toMatch(/kept for later pregnancy/)
        expect(iv.rationale, it.id).toMatch(/below about 30 ng\/mL/)
      }
    }
  })
  it('no sleep-study foil', () => {
    for (const it of all) expect(allText(it), it.id).not.toMatch(/sleep study/i)
  })
})

describe('iron-missed-in-referral-letter (F1#35)', () => {
  const drug = templateItems('iron-missed-in-referral-letter', 600).filter(
    (i) => param(i, 'arm') === 'drug'
  )
  it('the antidepressant is not the only centrally acting medicine offered', () => {
    expect(drug.length).toBeGreaterThan(200)
    for (const it of drug) expect(codes(it), it.id).toContain('rls-gabapentin')
  })
})
