// Read-through 21, helper F: own-merit fixes in the genetics, knowledge and lifestyle templates.
// Each check is a property of every item a template gives over the seeds, not of the items read.
import { describe, expect, it } from 'vitest'
import { templateItems, itemParam } from './helpers'

const SEEDS = 400

describe('genetics-family-risk: options speak of the child asked about (F1#11)', () => {
  const items = templateItems('genetics-family-risk', SEEDS)
  const childRisk = items.filter((i) => itemParam(i, 'situation') === 'child-risk')

  it('has child-risk items with the one-line foil', () => {
    expect(childRisk.length).toBeGreaterThan(50)
    expect(childRisk.some((i) => i.options.some((o) => o.code === 'child-female-line'))).toBe(true)
  })

  it('no option names a son or a daughter (the child is told of in the stem)', () => {
    for (const item of items)
      for (const o of item.options) expect(o.text).not.toMatch(/\b(?:son|daughter)s?\b/)
  })

  it('the line-of-descent foil names the side the patient is not', () => {
    for (const item of childRisk) {
      const foil = item.options.find((o) => o.code === 'child-female-line')
      if (!foil) continue
      const male = itemParam(item, 'sex') === 'male'
      expect(foil.text).toContain(male ? 'mother’s' : 'father’s')
    }
  })

  it('no option says "as yours" for "like yours"', () => {
    for (const item of items)
      for (const o of item.options) expect(o.text).not.toMatch(/, as yours$/)
  })
})

describe('lifestyle-sleep-apnoea-and-rls: the asked-for sleep study is offered (F1#12)', () => {
  const noOsa = templateItems('lifestyle-sleep-apnoea-and-rls', SEEDS).filter(
    (i) => itemParam(i, 'arm') === 'no-osa'
  )
  it('every no-apnoea item offers the study the patient asks for, and no second testing foil', () => {
    expect(noOsa.length).toBeGreaterThan(100)
    for (const item of noOsa) {
      const study = item.options.find((o) => o.code === 'sleep-study-first')
      expect(study?.text).toMatch(/sleep study|overnight test/)
      expect(study?.text).toMatch(/asks for|asked for|wants/)
      expect(item.options.some((o) => o.code === 'test-and-treat-osa-too')).toBe(false)
    }
  })
  it('the study is sometimes shorter and sometimes longer than the key', () => {
    const side = (item: (typeof noOsa)[number]) => {
      const key = item.options.find((o) => o.correct)!.text.length
      return item.options.find((o) => o.code === 'sleep-study-first')!.text.length > key
    }
    expect(noOsa.some(side)).toBe(true)
    expect(noOsa.some((i) => !side(i))).toBe(true)
  })
})

describe('rls-vs-mimic: no option names a medication the stem never gives (F1#36)', () => {
  it('no "caused by the medication", no "Osteoarthritis of the legs"', () => {
    for (const item of templateItems('rls-vs-mimic', SEEDS))
      for (const o of item.options) {
        expect(o.text).not.toMatch(/by the medication/)
        expect(o.text).not.toBe('Osteoarthritis of the legs')
      }
  })
})

describe('wording and over-generalised keys (F1#7, F1#15, F1#34, F1#37)', () => {
  it('knowledge-mechanism never keys low brain iron "in adults with idiopathic RLS"', () => {
    for (const item of templateItems('knowledge-mechanism', SEEDS))
      for (const o of item.options) expect(o.text).not.toMatch(/in adults with idiopathic RLS/)
  })
  it('knowledge-genetics does not narrow the family history to a parent or sibling', () => {
    for (const item of templateItems('knowledge-genetics', SEEDS))
      for (const o of item.options) expect(o.text).not.toMatch(/parent or sibling with it/)
  })
  it('lifestyle-alcohol-intake has no "Urge cutting down"', () => {
    for (const item of templateItems('lifestyle-alcohol-intake', SEEDS))
      for (const o of item.options) expect(o.text).not.toMatch(/^Urge cutting/)
  })
  it('lifestyle-counselling has no curt "pause it" key', () => {
    for (const item of templateItems('lifestyle-counselling', SEEDS))
      for (const o of item.options) expect(o.text).not.toMatch(/; pause it$/)
  })
})
