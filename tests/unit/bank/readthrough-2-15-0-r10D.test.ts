// Read-through 9 (bank 2.15.0) fixes, helper r10D: the OTC sleep-aid advice form, the OTC bag,
// the dose forms and latency of the antipsychotic and antidepressant items, the bupropion
// citation and the care-home mimic. Every assertion runs over 400 seeds of its template and
// fails on the bank before the fix (noted per test).
import { describe, expect, it } from 'vitest'
import { distractors, itemParam, keyOf, templateItems } from './helpers'
import type { Item } from '../../../questions/item'
import { checkLoneRegister } from '../../../questions/check/lone-register'

const SEEDS = 400
const items = (id: string) => templateItems(id, SEEDS)

const CONTINUE = /\b(?:keep taking|carry on with|keep) the product\b/i

describe('otc-pm-sleep-aid advice (104729 #18)', () => {
  const advice = items('otc-pm-sleep-aid').filter((i) => itemParam(i, 'format') === 'advice')

  it('offers at most one "continue the product" foil, and stopping is never the key alone', () => {
    expect(advice.length).toBeGreaterThan(60)
    for (const it of advice) {
      // Before: up to three of five options ended "…and keep taking the product".
      expect(it.options.filter((o) => CONTINUE.test(o.text)).length, it.id).toBeLessThanOrEqual(1)
      expect(keyOf(it).text).toMatch(/^Stop the/)
      // Before: the key was the only option that stopped the product.
      // Read 20 (F2#20): the foils that take the product away open with their own verb (swap,
      // replace), so they do not share the key's opening.
      const stops = distractors(it).filter((o) =>
        /^(?:Stop|Swap|Replace) the product\b/.test(o.text)
      )
      expect(stops.length, it.id).toBeGreaterThanOrEqual(2)
    }
  })

  it('says "not recognised aggravators", never "not aggravators" (brief §2)', () => {
    for (const it of items('otc-pm-sleep-aid'))
      expect(it.explanation, it.id).not.toMatch(/\bnot aggravators\b/)
  })

  it('a swapped antihistamine is never the product’s own ingredient', () => {
    for (const it of advice) {
      const drug = String(it.facts.aggravator)
      for (const o of distractors(it).filter((x) => /doxylamine|diphenhydramine/.test(x.text)))
        expect(o.text, it.id).not.toContain(drug)
    }
  })
})

describe('trigger-otc-bag-review (91237 #27)', () => {
  const all = items('trigger-otc-bag-review')
  const twoIngredients = (text: string) => /\([^()]*\b\w+ and \w+[^()]*\)/.test(text)

  it('a two-ingredient key is never the only two-ingredient option', () => {
    for (const it of all) {
      if (!twoIngredients(keyOf(it).text)) continue
      // Before: 91237 #27, the key alone read "(x and y)".
      expect(
        distractors(it).some((o) => twoIngredients(o.text)),
        it.id
      ).toBe(true)
    }
  })

  it('no foil lists a sedating antihistamine', () => {
    for (const it of all)
      for (const o of distractors(it))
        expect(o.text, it.id).not.toMatch(/diphenhydramine|doxylamine|chlorphenamine|hydroxyzine/)
  })

  it('no contrived "cannot remember which is new" device; foil rationales differ', () => {
    for (const it of all) {
      expect(it.stem, it.id).not.toMatch(/cannot remember/)
      const tails = distractors(it).map((o) => o.rationale.split(';').slice(1).join(';').trim())
      const repeated = tails.filter((t, i) => t !== '' && tails.indexOf(t) !== i)
      // Before: four foils ended "its label lists no sedating antihistamine".
      expect(repeated, it.id).toEqual([])
      expect(new Set(distractors(it).map((o) => o.rationale)).size).toBe(distractors(it).length)
    }
  })
})

describe('dose forms (91237 #7, 104729 #14)', () => {
  it('trigger-psych-admission: the key never carries its as-needed dose, nor is it mostly the longest', () => {
    let longest = 0
    const all = items('trigger-psych-admission')
    for (const it of all) {
      // Before: "Olanzapine 10 mg at night, plus 5 mg as needed" in the regimen form.
      expect(keyOf(it).text, it.id).not.toMatch(/as needed|plus \d/)
      const len = keyOf(it).text.length
      if (distractors(it).every((o) => o.text.length < len)) longest++
    }
    expect(longest / all.length).toBeLessThan(0.4)
  })

  it('antidepressant-mirtazapine: every option in one short chart form', () => {
    for (const it of items('antidepressant-mirtazapine')) {
      // Before: "taken nightly before sleep", "with breakfast each day" on the key only.
      expect(keyOf(it).text, it.id).not.toMatch(/taken nightly|before sleep|with breakfast/)
      const key = keyOf(it).text
      if (/\d/.test(key)) for (const o of it.options) expect(o.text, it.id).toMatch(/\d/)
    }
  })

  it('antidepressant-mirtazapine: the stem dates the two new drugs once', () => {
    for (const it of items('antidepressant-mirtazapine')) {
      const wk = itemParam(it, 'wk')
      const dated = it.stem.match(new RegExp(`\\b${wk} weeks ago|\\b${wk} weeks after`, 'g')) ?? []
      // Before: opening "5 weeks after two new prescriptions…", closing "The two started 5 weeks
      // ago were …".
      expect(dated.length, it.id).toBe(1)
      expect(it.stem, it.id).not.toMatch(/The two started/)
    }
  })
})

describe('trigger-psych-admission latency (91237 #7)', () => {
  const WORDS = [
    'no',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten'
  ]
  const num = (w: string) => (WORDS.includes(w) ? WORDS.indexOf(w) : Number(w))

  it('the key rationale’s onset day follows from the stem’s own numbers', () => {
    for (const it of items('trigger-psych-admission')) {
      const admitted = num(/admitted to .*? (\w+) days? ago/.exec(it.stem)?.[1] ?? '')
      const nights = num(/For the past (\w+) nights?/.exec(it.stem)?.[1] ?? '')
      const start = Number(/\(started on day (\d+)\)/.exec(it.stem)?.[1])
      const why = keyOf(it).rationale
      const m =
        /started on day (\d+), and the night-time symptoms began on the evening of day (\d+), (\w+) days? later/.exec(
          why
        )
      // Before: "followed within 6 nights" beside day 2, 7 days, 5 nights.
      expect(m, `${it.id}: ${why}`).not.toBeNull()
      const [, s, first, gap] = m as RegExpExecArray
      expect(Number(s)).toBe(start)
      // Admission is day 1, so today is day admitted + 1 and the first bad evening is that
      // day minus the nights of symptoms.
      expect(Number(first), it.id).toBe(admitted + 1 - nights)
      expect(num(gap ?? ''), it.id).toBe(Number(first) - start)
      expect(Number(first)).toBeGreaterThan(start)
    }
  })
})

describe('bupropion sentence cites bayard2011 (P4)', () => {
  const cites = (it: Item) =>
    !/bupropion/i.test(it.explanation) || it.references.includes('bayard2011')

  it.each(['drug-hidden-in-list', 'antidepressant-mirtazapine'])('%s', (id) => {
    const all = items(id)
    const withSentence = all.filter((i) => /bupropion is the antidepressant/i.test(i.explanation))
    // Before: none of these items carried bayard2011. Read 18 (F1#39, F2#12): the sentence itself
    // is gone (it answered antidepressant-choice); any later naming must still cite the trial.
    expect(withSentence.length).toBe(0)
    for (const it of all) expect(cites(it), it.id).toBe(true)
  })
})

describe('trigger-care-home-night-walking (104729 #13)', () => {
  const all = items('trigger-care-home-night-walking')

  it('no tautological "Akathisia with restlessness"', () => {
    for (const it of all)
      for (const o of it.options) expect(o.text, it.id).not.toMatch(/akathisia with restlessness/i)
  })

  it('explanations vary within each arm', () => {
    for (const arm of ['rls', 'cramps']) {
      const expl = all.filter((i) => itemParam(i, 'arm') === arm).map((i) => i.explanation)
      // Before: three texts per arm (one per opening) for every seed.
      expect(new Set(expl).size, arm).toBeGreaterThan(10)
      // No body sentence (after the opening) serves more than half the arm.
      const counts = new Map<string, number>()
      for (const e of expl) {
        const second = e.split(/(?<=\.) /)[1] ?? ''
        counts.set(second, (counts.get(second) ?? 0) + 1)
      }
      const top = Math.max(...counts.values())
      expect(top / expl.length, arm).toBeLessThan(0.5)
    }
  })
})

describe('per-item register and form gates (read 9) over these templates', () => {
  it.each([
    'otc-pm-sleep-aid',
    'trigger-otc-bag-review',
    'antidepressant-mirtazapine',
    'trigger-psych-admission',
    'drug-hidden-in-list',
    'trigger-care-home-night-walking'
  ])('%s: no lone-hedged, lone-measured or odd-form key', (id) => {
    // Before: drug-hidden-in-list keyed "Chlorpheniramine 4 mg up to four times daily", the lone
    // hedged option, and odd-form keys appeared in drug-hidden-in-list and
    // antidepressant-mirtazapine.
    const problems = items(id)
      .flatMap((it) => checkLoneRegister(it))
      .map((p) => `${p.check}: ${p.message}`)
    expect(problems).toEqual([])
  })

  it('the chlorpheniramine key reads as a schedule, not "up to"', () => {
    const chl = items('drug-hidden-in-list').filter((i) => keyOf(i).code === 'chlorpheniramine')
    expect(chl.length).toBeGreaterThan(5)
    for (const it of chl) expect(keyOf(it).text, it.id).not.toMatch(/up to/)
  })
})
