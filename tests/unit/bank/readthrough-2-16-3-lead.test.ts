// Read-through 10 (bank 2.16.0), items the lead fixed after it.
import { describe, expect, it } from 'vitest'
import { rlsCausesCourse } from '../../../questions/content/course'
import { generateItem } from '../../../questions/generate'
import { templates } from '../../../questions/templates/index'
import { stemSentences } from '../../../questions/check/cue-checks'
import type { Item } from '../../../questions/item'

const itemsOf = (id: string, n = 400) => {
  const t = templates.find((x) => x.id === id)
  if (!t) throw new Error(`no template ${id}`)
  return Array.from({ length: n }, (_, s) => generateItem(t, s, rlsCausesCourse))
}

describe('iron-missed-in-referral-letter (108343 #9)', () => {
  it('never asks what the letter "overlooked" when the letter lists the culprit drug', () => {
    const items = itemsOf('iron-missed-in-referral-letter')
    const drugArm = items.filter((i) => /(^|;)arm=drug(;|#|$)/.test(i.id))
    expect(drugArm.length).toBeGreaterThan(50)
    for (const it of drugArm) expect(it.question).not.toMatch(/overlooked/)
    // The ferritin arm keeps it: there the letter called the bloods normal.
    const ferritinArm = items.filter((i) => /(^|;)arm=ferritin(;|#|$)/.test(i.id))
    expect(ferritinArm.some((i) => /overlooked/.test(i.question))).toBe(true)
  })
})

describe('shared story sentences (94649 #13/#15, #1/#14)', () => {
  /** The largest share of items holding one stem sentence of more than 25 characters. */
  const topShare = (items: readonly Item[]) => {
    const count = new Map<string, number>()
    for (const it of items)
      for (const s of new Set(stemSentences(it))) count.set(s, (count.get(s) ?? 0) + 1)
    return Math.max(...count.values()) / items.length
  }
  it('genetics-family-risk opens the family story six ways', () => {
    const items = itemsOf('genetics-family-risk', 600)
    const openings = new Set(
      items.map(
        (i) =>
          /RLS (runs|began)|has had RLS since|has RLS, and so has|was diagnosed with RLS after|has had typical RLS/.exec(
            i.stem
          )?.[0]
      )
    )
    expect(openings.size).toBeGreaterThanOrEqual(5)
    expect(topShare(items)).toBeLessThan(0.12)
  })
  // Read 18 (P8) added two timings (and two reliefs) to the shared story: eight now.
  it('the RLS symptom story has eight timing wordings', () => {
    const items = itemsOf('iron-normal-ferritin', 600)
    const timing =
      /(rarely a problem before late afternoon|Mornings are free of it|clearly worst in the late evening|almost never troubles|builds through the evening|By day|worst between about 9 pm|Earlier in the day)/i
    const found = items.map((i) => timing.exec(i.stem)?.[1]?.toLowerCase()).filter(Boolean)
    expect(found.length).toBeGreaterThan(500)
    expect(new Set(found).size).toBe(8)
  })
})

describe('trigger-antiemetic-diabetic-gastroparesis', () => {
  it('dates type 2 diabetes from the age of 24 at the earliest', () => {
    for (const it of itemsOf('trigger-antiemetic-diabetic-gastroparesis', 1000)) {
      const m = /(\d+)-year-old .*? type 2 diabetes for (\d+) years/.exec(it.stem)
      expect(m, it.stem.slice(0, 120)).not.toBeNull()
      expect(Number(m![1]) - Number(m![2])).toBeGreaterThanOrEqual(24)
    }
  })
})

describe('explanations that say their point twice (94649 #21, #39)', () => {
  const texts = (it: Item) => [it.explanation, ...it.options.map((o) => o.rationale)]
  it('no sentence calls a drug "recognised" on both sides of its colon, no text names "both actions" twice', () => {
    for (const t of templates)
      for (let s = 0; s < 200; s++)
        for (const text of texts(generateItem(t, s, rlsCausesCourse))) {
          expect(text, t.id).not.toMatch(/recognised[^.]*:[^.]*recognised/)
          expect((text.match(/both actions/g) ?? []).length, t.id).toBeLessThanOrEqual(1)
        }
  })
})
