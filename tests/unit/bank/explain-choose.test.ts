// `choose` picks a template's wording by a hash of the stem. A signed hash once sent half of all
// stems to the first wording (about 2/3 of items for three wordings), so rotated explanation
// sentences still read word for word across quizzes (read 7, P7). Each wording now gets its share.
import { describe, expect, it } from 'vitest'
import { choose } from '../../../questions/templates/clinical/explain'

describe('choose', () => {
  it('spreads stems evenly over the wordings, for several list sizes', () => {
    for (const n of [2, 3, 4, 5]) {
      const wordings = Array.from({ length: n }, (_, i) => `wording ${i}`)
      const counts = new Map<string, number>()
      const stems = 4000
      for (let i = 0; i < stems; i++) {
        const w = choose(wordings, `A ${40 + (i % 37)}-year-old patient, case ${i}.`, 'open')
        counts.set(w, (counts.get(w) ?? 0) + 1)
      }
      expect(counts.size).toBe(n)
      for (const w of wordings) {
        const share = (counts.get(w) ?? 0) / stems
        expect(share, `${n} wordings: ${w}`).toBeGreaterThan(0.8 / n)
        expect(share, `${n} wordings: ${w}`).toBeLessThan(1.2 / n)
      }
    }
  })

  it('is stable for one stem and salt, and the salt changes the pick for some stems', () => {
    const list = ['a', 'b', 'c']
    expect(choose(list, 'same stem', 's')).toBe(choose(list, 'same stem', 's'))
    const differs = Array.from({ length: 50 }, (_, i) => `stem ${i}`).some(
      (stem) => choose(list, stem, 'x') !== choose(list, stem, 'y')
    )
    expect(differs).toBe(true)
  })
})
