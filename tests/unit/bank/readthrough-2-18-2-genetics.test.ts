// Read 18 (bank 2.18.1, 171917 #16): in genetics-family-risk's work-up situation every foil said
// "familial" and the key, the only option without it, was also the only check-first option; the
// template's own figures hid this, because the situation scored far below chance on
// most-shared-words (-20.6 points) while the child-risk situation scored far above it (+16.2).
// These tests read each situation on its own. Each fails on 2.18.1.
import { describe, expect, it } from 'vitest'
import type { Item } from '../../../questions/item'
import { cueFigures, STRATEGIES, CUE_MARGIN_POINTS } from '../../../questions/check/cue-checks'
import { itemParam as param, templateItems } from './helpers'

const situation = (name: string): Item[] =>
  templateItems('genetics-family-risk', 1500).filter((i) => param(i, 'situation') === name)

describe('genetics-family-risk, situation by situation (read 18, 171917 #16)', () => {
  it('work-up: no answer names the familial form, so the key is not the one option without it', () => {
    const items = situation('work-up')
    expect(items.length).toBeGreaterThan(300)
    for (const it of items) for (const o of it.options) expect(o.text).not.toMatch(/familial/i)
  })
  it('work-up: the key is not the only check-first option in most items', () => {
    const items = situation('work-up')
    const alone = items.filter(
      (i) => i.options.filter((o) => /^Check\b/.test(o.text)).length === 1
    ).length
    expect(alone / items.length).toBeLessThan(0.5)
  })
  it('work-up and child-risk: no test-wise strategy beats chance by more than the margin on shared words', () => {
    for (const name of ['work-up', 'child-risk']) {
      const figures = cueFigures(situation(name))
      expect(figures.scores['most-shared-words'] - figures.chance).toBeLessThanOrEqual(
        CUE_MARGIN_POINTS
      )
    }
  })
  it('work-up: every strategy within the margin', () => {
    const figures = cueFigures(situation('work-up'))
    for (const s of STRATEGIES)
      expect(figures.scores[s] - figures.chance, s).toBeLessThanOrEqual(CUE_MARGIN_POINTS)
  })
})
