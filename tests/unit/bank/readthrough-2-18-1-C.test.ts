// Read 18 (bank 2.18.1), helper C: the knowledge, lifestyle, mimic and mechanism templates'
// findings (F1#2, #3, #5, #6, #9, #10, #12, #18, #26, #30, #37; patterns P5, P8, P9). Each test
// reads many seeds and fails on the 2.18.1 content.
import { describe, expect, it } from 'vitest'
import type { Item } from '../../../questions/item'
import { CUE_MARGIN_POINTS, STRATEGIES, cueFigures } from '../../../questions/check/cue-checks'
import { figureLoner } from '../../../questions/templates/clinical/knowledge-epidemiology'
import { distractors, itemParam as param, keyOf, templateItems } from './helpers'

const SEEDS = 600
const texts = (it: Item) => it.options.map((o) => o.text)
const rationales = (it: Item) => it.options.map((o) => o.rationale ?? '').join(' ')

describe('knowledge-mechanism: the onset key is not the echo of an onset sentence (F1#2)', () => {
  const items = templateItems('knowledge-mechanism', SEEDS)
  it('items keying the onset fact state no age at onset', () => {
    const keyed = items.filter((i) => keyOf(i).code === 'early-onset-low-iron')
    expect(keyed.length).toBeGreaterThan(30)
    for (const it of keyed) expect(it.stem).not.toMatch(/began at|age of \d/)
  })
  it('no option says "began", the stem’s word for the onset', () => {
    for (const it of items) for (const t of texts(it)) expect(t).not.toMatch(/\bbegan\b/)
  })
  it('the old code, the inverse of its text, is gone', () => {
    for (const it of items)
      for (const o of it.options) expect(o.code).not.toMatch(/late-onset-less-iron/)
  })
})

describe('lifestyle-sleep-apnoea-and-rls (F1#3, F1#6)', () => {
  const items = templateItems('lifestyle-sleep-apnoea-and-rls', SEEDS)
  const osa = items.filter((i) => param(i, 'arm') === 'osa')
  it('the apnoea arm never offers the key’s two actions in a worse order', () => {
    expect(osa.length).toBeGreaterThan(200)
    for (const it of osa)
      expect(it.options.map((o) => o.code)).not.toContain('rls-first-breathing-later')
  })
  it('the apnoea arm’s gabapentin foil says that the apnoea testing waits', () => {
    const gaba = osa.flatMap((i) => i.options.filter((o) => o.code === 'gabapentin-no-tests'))
    expect(gaba.length).toBeGreaterThan(30)
    for (const o of gaba) expect(o.text).toMatch(/apnoea/)
  })
  it('the key is not the only option that tests the apnoea in every apnoea item', () => {
    const alone = osa.filter((i) => texts(i).filter((t) => /apnoea testing/.test(t)).length === 1)
    expect(alone.length / osa.length).toBeLessThan(0.8)
  })
  it('the dentist sends the patient somewhere', () => {
    for (const it of items) expect(it.stem).not.toMatch(/referred (him|her) after/)
  })
  it('no rationale names augmentation (mechanism-in-practice keys it)', () => {
    for (const id of ['lifestyle-sleep-apnoea-and-rls', 'lifestyle-caffeine-trial'])
      for (const it of templateItems(id, SEEDS)) expect(rationales(it)).not.toMatch(/augmentation/)
  })
})

describe('mimic-akathisia-or-rls: idiomatic akathisia (F1#5)', () => {
  const items = templateItems('mimic-akathisia-or-rls', SEEDS)
  it('no "Akathisia from medicine/medication/treatment"', () => {
    for (const it of items)
      for (const t of texts(it))
        expect(t).not.toMatch(/Akathisia from (medicine|medication|treatment)/)
  })
  it('"Drug-induced akathisia" is offered, and no two options share the "drug-induced" prefix', () => {
    expect(items.some((i) => texts(i).includes('Drug-induced akathisia'))).toBe(true)
    for (const it of items)
      expect(texts(it).filter((t) => /^Drug-induced/.test(t)).length).toBeLessThanOrEqual(1)
  })
})

describe('lifestyle-caffeine-trial, the tried arm (F1#9, F1#26)', () => {
  const tried = templateItems('lifestyle-caffeine-trial', SEEDS).filter(
    (i) => param(i, 'arm') === 'tried'
  )
  it('offers a second, wrong work-up in every item', () => {
    expect(tried.length).toBeGreaterThan(200)
    for (const it of tried)
      expect(distractors(it).map((o) => o.code)).toContain('repeat-count-and-thyroid')
  })
  it('no clumsy key opening, no "them", and the referral does not name the iron tests', () => {
    for (const it of tried) {
      expect(keyOf(it).text).not.toMatch(/^Take the result/)
      for (const t of texts(it)) expect(t).not.toMatch(/\bthem\b/)
      for (const o of it.options.filter((x) => x.code === 'refer-before-checks'))
        expect(o.text).not.toMatch(/iron/)
    }
  })
})

describe('knowledge-epidemiology (F1#12)', () => {
  const items = templateItems('knowledge-epidemiology', SEEDS)
  it('the key is never alone in having, or lacking, a figure', () => {
    for (const it of items) expect(figureLoner(it.options), it.id).toBe(false)
  })
  it('the pregnancy figure is always given with its source', () => {
    for (const it of items) {
      expect(`${it.explanation} ${rationales(it)}`).toMatch(/pregnanc/)
      expect(it.references).toContain('manconi2004')
    }
  })
  it('no asker is a bare lead-in that only "asks for the figures"', () => {
    for (const it of items) expect(it.stem).not.toMatch(/asks for the figures\.$/)
  })
})

describe('rls-vs-mimic: neuropathy items (F1#30)', () => {
  const items = templateItems('rls-vs-mimic', 1500)
  const neuropathy = items.filter((i) => param(i, 'dx') === 'peripheral-neuropathy')
  it('the stem does not rule RLS out with "no urge to move"', () => {
    expect(neuropathy.length).toBeGreaterThan(40)
    for (const it of neuropathy) expect(it.stem).not.toMatch(/no urge|no need to move/)
  })
  it('is not seen at a sleep clinic, and habitual foot tapping is not its foil', () => {
    for (const it of neuropathy) {
      expect(it.stem).not.toMatch(/sleep medicine clinic/)
      expect(it.options.map((o) => o.code)).not.toContain('habitual-foot-tapping')
    }
  })
  it('no option reads "Neuropathy of the legs"', () => {
    for (const it of items) for (const t of texts(it)) expect(t).not.toMatch(/^Neuropathy of/)
  })
})

describe('lifestyle-counselling, "does treatment have to wait?" (F1#37)', () => {
  const items = templateItems('lifestyle-counselling', 3 * SEEDS)
  const wait = items.filter((i) => /has to wait until/.test(i.stem))
  it('no "does cause" throwaway and no redundant "care for the legs" key', () => {
    for (const it of items)
      for (const t of texts(it)) expect(t).not.toMatch(/does cause|care for the legs/)
  })
  it('the wait asks are not led by "best supported by the evidence"', () => {
    expect(wait.length).toBeGreaterThan(60)
    for (const it of wait) expect(it.question).not.toMatch(/best supported by the evidence/)
  })
})

describe('mechanism-in-practice lead (F1#18)', () => {
  it('no "Which answer to the question"', () => {
    for (const it of templateItems('mechanism-in-practice', SEEDS))
      expect(it.question).not.toMatch(/answer to the question/)
  })
})

describe('vignette boilerplate (P8)', () => {
  it('no "evening meetings or concerts" and no "hard to put into words"', () => {
    for (const id of [
      'rls-vs-mimic',
      'lifestyle-counselling',
      'iron-decision',
      'secondary-context'
    ])
      for (const it of templateItems(id, SEEDS))
        expect(it.stem).not.toMatch(/meetings or concerts|hard to put into words/)
  })
})

describe('genetics-family-risk, relative-test (F1#10)', () => {
  const items = templateItems('genetics-family-risk', 1500).filter(
    (i) => param(i, 'situation') === 'relative-test'
  )
  it('every item offers a wrong answer that, like the key, orders no test', () => {
    expect(items.length).toBeGreaterThan(300)
    for (const it of items)
      expect(
        it.options.some(
          (o) => o.code === 'relative-not-inherited' || o.code === 'relative-past-onset'
        )
      ).toBe(true)
  })
  it('"past the age of onset" only when the sibling is past it', () => {
    for (const it of items.filter((i) => i.options.some((o) => o.code === 'relative-past-onset')))
      expect(Number(param(it, 'kinAge'))).toBeGreaterThan(Number(param(it, 'onset')))
  })
  it('no "mostly comes from one gene"', () => {
    for (const it of items) for (const t of texts(it)) expect(t).not.toMatch(/mostly comes from/)
  })
  it('every strategy within the margin on this situation', () => {
    const figures = cueFigures(items)
    for (const s of STRATEGIES)
      expect(figures.scores[s] - figures.chance, s).toBeLessThanOrEqual(CUE_MARGIN_POINTS)
  })
})
