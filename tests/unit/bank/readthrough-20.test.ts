// Read 20 (bank 2.18.4, docs/readthrough-2026-12-03-v2.18.4.md): fixes made at 2.18.5, each
// failing on 2.18.4.
import { describe, expect, it } from 'vitest'
import { rlsCausesCourse } from '../../../questions/content/course'
import { generateItem } from '../../../questions/generate'

const alcohol = rlsCausesCourse.templates.find((t) => t.id === 'lifestyle-alcohol-intake')
if (!alcohol) throw new Error('no lifestyle-alcohol-intake template')
const items = Array.from({ length: 400 }, (_, s) => generateItem(alcohol, s, rlsCausesCourse))
const heavy = items.filter((i) => i.id.includes('arm=heavy'))
const codes = (i: (typeof items)[number]) => i.options.map((o) => o.code)

describe('read 20, F1#16 (MAJOR): the heavy-drinking item tests the misconception', () => {
  it('every heavy-arm item offers "stop alcohol, a recognised cause of RLS" as a foil', () => {
    expect(heavy.length).toBeGreaterThan(100)
    for (const i of heavy) {
      const foil = i.options.find((o) => o.code === 'stop-as-recognised-cause')
      expect(foil, i.id).toBeDefined()
      expect(foil?.correct).toBe(false)
      expect(foil?.text).toMatch(/(recognised|known) (cause|trigger) of RLS/)
    }
  })
  it('no heavy-arm item offers the iron and drug-list recheck the stem already reports', () => {
    for (const i of heavy) expect(codes(i), i.id).not.toContain('recheck-iron-and-drugs')
  })
  it('the key no longer reads "whatever RLS does"', () => {
    for (const i of heavy) {
      const key = i.options.find((o) => o.correct)
      expect(key?.text, i.id).not.toMatch(/whatever RLS does/)
    }
  })
  it('the moderate arm never offers the heavy arm misconception foil', () => {
    for (const i of items.filter((x) => x.id.includes('arm=moderate')))
      expect(codes(i), i.id).not.toContain('stop-as-recognised-cause')
  })
})
