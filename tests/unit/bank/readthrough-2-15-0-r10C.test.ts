// Read-through 9 (bank 2.15.0, issue 13), helper r10C: genetics-family-risk, caffeine and alcohol
// counselling, knowledge-mechanism, knowledge-genetics and mechanism-in-practice, fixed at
// template level and checked over many seeds (not the exported items). The register reading here
// is the broadened one announced for the per-item gate: "far from certain", "leading", "a few
// weeks", "try/trial" read as hedges, "for good" and "permanently" as absolutes.
import { describe, expect, it } from 'vitest'
import { HEDGES, ABSOLUTES } from '../../../questions/check/cue-checks'
import { references } from '../../../questions/content/references'
import type { Item } from '../../../questions/item'
import { distractors, itemParam, keyOf, templateItems } from './helpers'

const SEEDS = 400

const EXTRA_HEDGES =
  /\b(?:far from certain|not excluded|leading|well[- ]supported|a few weeks|try|trial)\b/gi
const EXTRA_ABSOLUTES = /\b(?:for good|permanently)\b/gi

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0
}
/** Hedges and absolutes on the broadened reading ("far from certain" is a hedge, not an absolute). */
function register(text: string): { hedged: boolean; plain: boolean } {
  const rest = text.replace(/far from certain/gi, '')
  const hedges = count(text, EXTRA_HEDGES) + count(rest, HEDGES)
  const absolutes = count(rest, ABSOLUTES) + count(rest, EXTRA_ABSOLUTES)
  return { hedged: hedges > absolutes, plain: absolutes === 0 }
}
/** Foils that read like the key on the broadened reading. */
function inKeyRegister(item: Item): number {
  const k = register(keyOf(item).text)
  return distractors(item).filter((o) => {
    const r = register(o.text)
    return r.hedged === k.hedged && r.plain === k.plain
  }).length
}
/** The key is the only hedged option, or the only one free of absolutes (broadened reading). */
function loneRegister(item: Item): boolean {
  const flags = item.options.map((o) => register(o.text))
  const k = item.options.findIndex((o) => o.correct)
  const lone = (f: (r: { hedged: boolean; plain: boolean }) => boolean) =>
    f(flags[k]!) && flags.filter(f).length === 1
  return lone((r) => r.hedged) || lone((r) => r.plain)
}
const MINE = [
  'genetics-family-risk',
  'lifestyle-caffeine-trial',
  'knowledge-mechanism',
  'lifestyle-counselling',
  'lifestyle-alcohol-intake',
  'knowledge-genetics',
  'mechanism-in-practice'
]

describe('P1: the key is not the one measured option (91237 #26, #4, #35)', () => {
  it('no item of these templates keys the lone hedged or lone absolute-free option', () => {
    for (const id of MINE)
      for (const item of templateItems(id, SEEDS))
        expect(loneRegister(item), `${item.id}: ${keyOf(item).text}`).toBe(false)
  })

  it('genetics-family-risk child risk: at least two foils are as measured as the key', () => {
    const child = templateItems('genetics-family-risk', SEEDS).filter(
      (i) => itemParam(i, 'situation') === 'child-risk'
    )
    expect(child.length).toBeGreaterThan(100)
    for (const item of child) expect(inKeyRegister(item), item.id).toBeGreaterThanOrEqual(2)
    // The fix list's foil: the key's own reason taken to the wrong conclusion.
    expect(child.some((i) => i.options.some((o) => o.code === 'child-usual-risk'))).toBe(true)
  })

  it('caffeine trial, untried: two or more foils are trials too, and only one ban is offered', () => {
    const untried = templateItems('lifestyle-caffeine-trial', SEEDS).filter(
      (i) => itemParam(i, 'arm') === 'untried'
    )
    expect(untried.length).toBeGreaterThan(100)
    for (const item of untried) {
      expect(
        distractors(item).filter((o) => /^Try\b/.test(o.text)).length,
        item.id
      ).toBeGreaterThanOrEqual(2)
      expect(inKeyRegister(item), item.id).toBeGreaterThanOrEqual(2)
    }
    for (const item of templateItems('lifestyle-caffeine-trial', SEEDS)) {
      const bans = item.options.filter((o) =>
        ['caffeine-for-good', 'stricter-caffeine-ban'].includes(o.code)
      )
      expect(bans.length, item.id).toBeLessThanOrEqual(1)
    }
  })

  it('caffeine trial: the key keeps a uniform length rank with the trial foils', () => {
    const untried = templateItems('lifestyle-caffeine-trial', 1000).filter(
      (i) => itemParam(i, 'arm') === 'untried'
    )
    const ranks = [0, 0, 0, 0]
    for (const item of untried) {
      const k = keyOf(item).text.length
      ranks[distractors(item).filter((o) => o.text.length < k).length]! += 1
    }
    for (const r of ranks) expect(r).toBeGreaterThan(untried.length * 0.15)
  })

  it('knowledge-mechanism: the key is never the qualified option, nor echoes "supported"', () => {
    for (const item of templateItems('knowledge-mechanism', 1000)) {
      const key = keyOf(item).text
      expect(key, item.id).not.toMatch(/support|\bleading\b/i)
      if (keyOf(item).code === 'brain-iron-low') expect(register(key).hedged, item.id).toBe(false)
    }
  })
})

describe('P2: no foil is the key minus a part (91237 #15)', () => {
  it('genetics-family-risk work-up: no foil checks ferritin while the key checks ferritin, TSAT and drugs', () => {
    const work = templateItems('genetics-family-risk', SEEDS).filter(
      (i) => itemParam(i, 'situation') === 'work-up'
    )
    expect(work.length).toBeGreaterThan(100)
    for (const item of work) {
      for (const o of distractors(item)) expect(o.text, item.id).not.toMatch(/^Check ferritin/)
      expect(item.explanation, item.id).not.toMatch(/half (of )?the (review|work-up)/)
      for (const o of item.options) expect(o.rationale, item.id).not.toMatch(/half of the/)
    }
  })
})

describe('MINORs (91237 #37, #13, #31, #9)', () => {
  it('alcohol-intake: no two options open with the same three words', () => {
    for (const item of templateItems('lifestyle-alcohol-intake', SEEDS)) {
      const heads = item.options.map((o) => o.text.split(/\s+/).slice(0, 3).join(' ').toLowerCase())
      expect(new Set(heads).size, item.id).toBe(heads.length)
    }
  })

  it('lifestyle-counselling: to "must care wait?", a foil answers the timing question too', () => {
    const wait = templateItems('lifestyle-counselling', SEEDS).filter((i) =>
      /has to wait until/.test(i.stem)
    )
    expect(wait.length).toBeGreaterThan(30)
    for (const item of wait) {
      const timing = distractors(item).filter((o) =>
        /^(RLS treatment|Treatment for the legs) .*\b(starts|begins|begun)\b/.test(o.text)
      )
      expect(timing.length, item.id).toBe(1)
      const why = new Set(item.options.map((o) => o.rationale))
      expect(why.size, item.id).toBe(item.options.length)
    }
  })

  it('knowledge-genetics: no twin claim without a twin study, and heritability is said once', () => {
    const twinRef = references.some((r) => /twin/i.test(JSON.stringify(r)))
    for (const item of templateItems('knowledge-genetics', SEEDS)) {
      if (!twinRef) {
        for (const o of item.options) expect(o.text, item.id).not.toMatch(/twin/i)
        expect(item.explanation, item.id).not.toMatch(/twin/i)
      }
      expect(item.explanation.match(/\bhighly heritable\b/gi)?.length ?? 0, item.id).toBeLessThan(2)
    }
    for (const item of templateItems('genetics-family-risk', SEEDS))
      if (!twinRef) expect(item.explanation, item.id).not.toMatch(/twin/i)
  })

  it('mechanism-in-practice: the augmentation signs are listed once in the explanation', () => {
    const aug = templateItems('mechanism-in-practice', SEEDS).filter(
      (i) => itemParam(i, 'situation') === 'agonist-augmentation'
    )
    expect(aug.length).toBeGreaterThan(100)
    for (const item of aug) {
      const sentences = item.explanation.split(/(?<=[.!?:])\s+/)
      const listing = sentences.filter(
        (s) => /earlier/i.test(s) && /(faster|spread|wider)/i.test(s)
      )
      expect(listing.length, item.id).toBeLessThanOrEqual(1)
    }
  })
})

describe('P6: the caffeine set-ups differ (91237 #4 and #13)', () => {
  it('caffeine-trial, untried: no coffee-and-clean-review sentence of lifestyle-counselling', () => {
    const counselling = templateItems('lifestyle-counselling', SEEDS).filter(
      (i) => itemParam(i, 'topic') === 'caffeine'
    )
    const sentences = new Set(counselling.flatMap((i) => i.stem.split(/(?<=\.)\s+/)))
    for (const item of templateItems('lifestyle-caffeine-trial', SEEDS)) {
      if (itemParam(item, 'arm') !== 'untried') continue
      expect(item.stem, item.id).not.toMatch(/coffee/i)
      expect(item.stem, item.id).toMatch(/sleep diary/)
      for (const s of item.stem.split(/(?<=\.)\s+/)) expect(sentences.has(s), item.id).toBe(false)
    }
  })
})
