// Read 18 (bank 2.18.1, 171917 #16): in genetics-family-risk's work-up situation every foil said
// "familial" and the key, the only option without it, was also the only check-first option; the
// template's own figures hid this, because the situation scored far below chance on
// most-shared-words (-20.6 points) while the child-risk situation scored far above it (+16.2).
// These tests read each situation on its own. Each fails on 2.18.1. The second block is the
// fresh read of 16 items of this template on 2.18.2 (read 19); each of its tests fails on 2.18.2.
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

const allText = (it: Item) =>
  [it.stem, it.explanation, ...it.options.flatMap((o) => [o.text, o.rationale])].join(' ')

describe('genetics-family-risk, read 19 (16 items of bank 2.18.2)', () => {
  // Read 21 (F1#11) replaced the son/daughter foil, which spoke of the other child, by a
  // line-of-descent foil about this child: the side named is the one the patient is not on.
  it('the sex-limited foil is false about the child asked about, not half true (#2, #10)', () => {
    const items = situation('child-risk')
    let offered = 0
    for (const it of items) {
      const child = /\b(son|daughter), now\b/.exec(it.stem)?.[1]
      expect(child).toBeDefined()
      const parent = /^An? \d+-year-old (man|woman)/.exec(it.stem)?.[1]
      for (const o of it.options) {
        expect(o.text).not.toMatch(/\b(?:son|daughter)s?\b/)
        const side = /down the (mother|father)’s side/.exec(o.text)?.[1]
        if (!side) continue
        offered++
        expect(side).toBe(parent === 'man' ? 'mother' : 'father')
      }
    }
    expect(offered).toBeGreaterThan(30)
  })
  it('claims no source makes: onset "well after" the parent’s, a grandmother as "a close relative", "no single gene behind" (#6, #1, #4)', () => {
    for (const name of ['child-risk', 'relative-test', 'work-up'])
      for (const it of situation(name))
        expect(allText(it)).not.toMatch(
          /well after the parent|close relative|no single gene behind/
        )
  })
  it('the stem says whose RLS began when, and the work-up RLS is clinically significant (#4, shared)', () => {
    for (const name of ['child-risk', 'relative-test', 'work-up'])
      for (const it of situation(name)) expect(it.stem).not.toMatch(/and so has (she|he)\b/)
    for (const it of situation('work-up')) expect(it.stem).toMatch(/sleep on most nights/)
  })
  it('the no-test key says that research polygenic scores do not forecast one person (#1, #4)', () => {
    for (const it of situation('relative-test')) {
      const key = it.options.find((o) => o.correct)
      expect(key?.rationale).toMatch(/polygenic scores describe groups/)
    }
  })
})
