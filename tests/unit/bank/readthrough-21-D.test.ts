// Read 21 (bank 2.18.6 read-through), helper D: the iron templates' own-merit MINORs — sampling
// conditions (F1#2, F1#4), the child threshold (F1#16), the referral letter (F1#24), the
// lab-"normal" ferritin (F1#25, F2#4), inflammation/CKD (F1#35), the recheck after oral iron
// (F2#18) and pregnancy (F1#29). Every test reads many seeds of its template, so it does not
// depend on which items a random draw gives, and each fails on the 2.18.7 content.
import { describe, expect, it } from 'vitest'
import {
  distractors,
  expectCueGatesPass,
  itemParam as param,
  keyOf,
  templateItems
} from './helpers'

const SEEDS = 800
const TSAT_WORDS = /\bTSAT\b|saturation/i

describe('iron-sampling-conditions: objective per arm, no thin anaemia foil, no lone TSAT option (F1#2, F1#4)', () => {
  const items = templateItems('iron-sampling-conditions', SEEDS)
  const invalid = items.filter((i) => param(i, 'arm') === 'invalid')
  const valid = items.filter((i) => param(i, 'arm') === 'valid')

  it('the afternoon-sample objective does not ask for the ceiling it cannot apply', () => {
    expect(invalid.length).toBeGreaterThan(300)
    for (const it of invalid) {
      expect(it.objective, it.id).not.toMatch(/ceiling|45%/)
      expect(it.objective, it.id).toMatch(/valid sample/)
    }
    for (const it of valid) expect(it.objective, it.id).toMatch(/45%/)
  })

  it('the afternoon sample never offers "check for anaemia first"', () => {
    for (const it of invalid)
      expect(
        it.options.map((o) => o.code),
        it.id
      ).not.toContain('blood-count-only')
  })

  it('on a valid sample a foil reads the high TSAT too, wrongly, so the flag does not single out the key', () => {
    expect(valid.length).toBeGreaterThan(300)
    for (const it of valid) {
      const tsatFoils = distractors(it).filter((o) => TSAT_WORDS.test(o.text))
      expect(tsatFoils.length, it.id).toBeGreaterThanOrEqual(1)
      expect(
        tsatFoils.some((o) => /IV iron/.test(o.text)),
        it.id
      ).toBe(true)
      // One IV option per item: the TSAT-reading IV foil replaces "IV iron now".
      expect(it.options.filter((o) => /\bIV\b|infusion|intravenous/i.test(o.text)).length).toBe(1)
    }
  })

  it('the cue gates still pass', () => expectCueGatesPass('iron-sampling-conditions', items))
})

describe('iron-child-threshold: the no-iron key no longer "begins with the aggravators" (F1#16)', () => {
  const items = templateItems('iron-child-threshold', SEEDS)
  it('no option opens "Begin the bedtime routine" or "Begin with the bedtime routine"', () => {
    const fam2 = items.filter((i) => param(i, 'wording') === '2' && param(i, 'arm') === 'no-iron')
    expect(fam2.length).toBeGreaterThan(80)
    for (const it of items)
      for (const o of it.options)
        expect(o.text, it.id).not.toMatch(/^Begin (?:with )?the bedtime routine/)
    for (const it of fam2)
      expect(keyOf(it).text).toBe('Start a bedtime routine and remove aggravators; no tablets')
  })
  it('the cue gates still pass', () => expectCueGatesPass('iron-child-threshold', items))
})

describe('iron-missed-in-referral-letter: medicine options without the "… on the list" padding (F1#24)', () => {
  const items = templateItems('iron-missed-in-referral-letter', SEEDS)
  it('no medicine option ends in a list or letter frame', () => {
    const drug = items.filter((i) => param(i, 'arm') === 'drug')
    expect(drug.length).toBeGreaterThan(300)
    for (const it of drug)
      for (const o of it.options)
        expect(o.text, it.id).not.toMatch(/on the list|in the medicine list|named in the letter/)
  })
  it('lisinopril is "for hypertension" in the letter, not "for blood pressure, high on repeat checks"', () => {
    const withLisinopril = items.filter((i) => /lisinopril/.test(i.stem))
    expect(withLisinopril.length).toBeGreaterThan(100)
    for (const it of withLisinopril) {
      expect(it.stem).not.toMatch(/high on repeat checks/)
      expect(it.stem).toMatch(/lisinopril 10 mg once daily for hypertension/)
    }
  })
})

describe('iron-normal-ferritin: TSAT clear of the ceiling, named; no signpost; the multivitamin listed (F1#25, F2#4)', () => {
  const items = templateItems('iron-normal-ferritin', SEEDS)
  it('the TSAT stays at least 5 points under 45% and the key rationale names the ceiling', () => {
    for (const it of items) {
      expect(Number(param(it, 'tsat')), it.id).toBeLessThanOrEqual(40)
      expect(keyOf(it).rationale, it.id).toMatch(/below the 45% ceiling/)
    }
  })
  it('no stem says the patient "assumed iron was not the issue"', () => {
    for (const it of items) expect(it.stem, it.id).not.toMatch(/assumed iron was not the issue/)
  })
  it('a draw note about the last multivitamin comes with the multivitamin in the medicines', () => {
    const mv = items.filter((i) =>
      /since (?:his|her) last iron-containing multivitamin/.test(i.stem)
    )
    expect(mv.length).toBeGreaterThan(80)
    for (const it of mv)
      expect(it.stem, it.id).toMatch(/also takes an iron-containing multivitamin/)
  })
})

describe('iron-inflammation-ckd: the key no longer sets deficiency "despite these values" (F1#35)', () => {
  const items = templateItems('iron-inflammation-ckd', SEEDS)
  it('no option reads "despite these values"', () => {
    const zone = items.filter((i) => param(i, 'variant') === 'zone')
    expect(zone.length).toBeGreaterThan(250)
    for (const it of items)
      for (const o of it.options) expect(o.text, it.id).not.toMatch(/despite these values/)
  })
})

describe('iron-recheck-after-oral-course: the IV-only key is not longest by a margin; legs no better (F2#18)', () => {
  const items = templateItems('iron-recheck-after-oral-course', SEEDS)
  const iv = items.filter((i) => param(i, 'arm') === 'iv-iron-only')
  it('in the IV-only band the legs are no better, so continuing the tablets is not invited', () => {
    expect(iv.length).toBeGreaterThan(150)
    for (const it of iv) {
      expect(it.stem, it.id).toMatch(/The legs are no better\./)
      expect(it.stem, it.id).not.toMatch(/somewhat better|a little better/)
    }
  })
  it('"no better" is met outside the IV-only band too, so it does not point at the IV key', () => {
    const replete = items.filter(
      (i) => param(i, 'arm') === 'iron-not-indicated' && /no better/.test(i.stem)
    )
    expect(replete.length).toBeGreaterThan(30)
  })
  it('the IV key is never longer than every foil by more than 5 characters', () => {
    for (const it of iv) {
      const longestFoil = Math.max(...distractors(it).map((o) => o.text.length))
      expect(keyOf(it).text.length - longestFoil, it.id).toBeLessThanOrEqual(5)
    }
  })
  it('the cue gates still pass', () => expectCueGatesPass('iron-recheck-after-oral-course', items))
})

describe('iron-pregnancy-decision: no option asserts a lab fact (F1#29)', () => {
  const items = templateItems('iron-pregnancy-decision', SEEDS)
  const LAB_PREMISE = /stores (?:are|is) (?:low|fine|replete|adequate)|low stores|stores suffice/i
  it('no option, key or foil, states what the stores are', () => {
    const noIronWithOral = items.filter(
      (i) =>
        param(i, 'arm') === 'no-iron' && i.options.some((o) => o.code === 'pregnancy-oral-iron')
    )
    expect(noIronWithOral.length).toBeGreaterThan(80)
    for (const it of items)
      for (const o of it.options) expect(o.text, it.id).not.toMatch(LAB_PREMISE)
  })
  it('the oral-iron key keeps its one-step and two-step forms, and the cue gates pass', () => {
    const ironKeys = new Set(
      items.filter((i) => param(i, 'arm') === 'iron').map((i) => keyOf(i).text)
    )
    expect(ironKeys.size).toBe(3)
    expectCueGatesPass('iron-pregnancy-decision', items)
  })
})
