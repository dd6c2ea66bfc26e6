// A test-wise examinee against the issue-13 case templates: over 1,000 seeds per template, no
// knowledge-free strategy (longest or shortest option, most hedged, fewest absolutes, most words
// shared with the stem or with the other options) scores more than 5 points above chance, and the
// key's position is within ±25% of uniform for each letter.
import { describe, expect, it } from 'vitest'
import { keyPositionBias } from '../../../questions/check/cue-checks'
import { generateItem } from '../../../questions/generate'
import { caseTemplates } from '../../../questions/templates/cases'
import { measure } from './new-templates-strategies'
import { rlsCausesCourse } from '../../../questions/content/course'

const SEEDS = 1000

describe('issue-13 case templates carry no wording cue', () => {
  for (const t of caseTemplates) {
    it(`${t.id}: every strategy within chance + 5 points, key position near uniform`, () => {
      const items = Array.from({ length: SEEDS }, (_, s) => generateItem(t, s, rlsCausesCourse))
      const m = measure(items)
      for (const [name, score] of Object.entries(m.scores)) {
        expect(
          score,
          `${name} ${(score * 100).toFixed(1)}% vs chance ${(m.chance * 100).toFixed(1)}%`
        ).toBeLessThanOrEqual(m.chance + 0.05)
      }
      // The bank gate's own figure (per letter, pooled over option counts).
      expect(keyPositionBias(items)).toBeLessThanOrEqual(0.25)
    })
  }
})
