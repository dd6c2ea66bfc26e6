// Read-through 10 (bank 2.16.3, docs/readthrough-2026-12-02-v2.16.md) fixes, helper D: the OTC
// sleep-aid advice options (P2), the calf finding stated twice in a pregnancy stem and the
// treat-and-investigate foil rationale that made its point twice (P4), and the venous clang clue
// in rls-vs-mimic (P5). Every assertion runs over many seeds of its template (or of every
// template), so it does not depend on which items a random draw gives; each fails on the bank
// before the fix (noted per test).
import { describe, expect, it } from 'vitest'
import {
  CUE_MARGIN_POINTS,
  STRATEGIES,
  contentWords,
  cueFigures
} from '../../../questions/check/cue-checks'
import type { Item } from '../../../questions/item'
import { templates } from '../../../questions/templates/index'
import { distractors, itemParam, keyOf, templateItems } from './helpers'

const advice = () =>
  templateItems('otc-pm-sleep-aid', 1000).filter((it) => itemParam(it, 'format') === 'advice')

// What each advice foil does with the product: the plans an item offers must be distinct.
const PLAN: [string, RegExp][] = [
  ['keep', /^Keep (?:taking )?the product\b/],
  // Read 20 (F2#20): each plan opens with its own verb, not a shared "Stop the product and".
  ['switch-antihistamine', /^Swap the product\b.*\b(?:hydroxyzine|doxylamine|diphenhydramine)\b/],
  ['dopamine-agonist', /^Replace the product\b.*\bropinirole\b/],
  ['halve', /^Halve the (?:dose of the product|product's dose)\b/]
]
const planOf = (text: string) => PLAN.find(([, re]) => re.test(text))?.[0] ?? `other: ${text}`

describe('otc-pm-sleep-aid advice: mutually exclusive plans in one form (read 10, P2)', () => {
  it('has enough advice items of both sizes to judge', () => {
    const all = advice()
    expect(all.filter((it) => it.options.length === 4).length).toBeGreaterThan(120)
    expect(all.filter((it) => it.options.length === 5).length).toBeGreaterThan(120)
  })

  it('every foil is a different plan: one keep, one antihistamine swap, the agonist, halving', () => {
    for (const it of advice()) {
      const plans = distractors(it).map((o) => planOf(o.text))
      // Before: five-option items offered both a doxylamine and a hydroxyzine swap.
      expect(new Set(plans).size, `${it.id}: ${plans.join(', ')}`).toBe(plans.length)
      for (const p of plans) expect(p, it.id).not.toMatch(/^other/)
      expect(plans.filter((p) => p === 'keep').length, it.id).toBeLessThanOrEqual(1)
      expect(plans, it.id).toContain('switch-antihistamine')
      // Five options: the fifth plan is halving the product, not a second swap.
      if (it.options.length === 5) expect(plans, it.id).toContain('halve')
    }
  })

  it('every option says first what happens to the product ("Stop/Keep/Halve the product…")', () => {
    for (const it of advice())
      for (const o of it.options)
        // Before: "Start gabapentin at night and keep taking the product" and "Add magnesium at
        // bedtime and carry on with the product" opened with the add-on, an odd form.
        expect(o.text, it.id).toMatch(
          /^(?:Stop|Keep|Keep taking|Halve|Swap|Replace) the (?:product|dose)\b/
        )
  })

  it('the halving foil is wrong for the stated reason, and someone on an α2δ ligand is not told to start one', () => {
    let halves = 0
    for (const it of advice()) {
      for (const o of distractors(it)) {
        if (planOf(o.text) === 'halve') {
          halves++
          expect(o.rationale, it.id).toMatch(
            /^Incorrect: a smaller dose of (?:diphenhydramine|doxylamine) is still a sedating first-generation H1 antihistamine/
          )
        }
        if (itemParam(it, 'a2d') !== '-') expect(o.text, it.id).not.toMatch(/start gabapentin/i)
      }
    }
    expect(halves).toBeGreaterThan(150)
  })

  it('no test-wise strategy beats chance by more than the gate margin on the advice form alone', () => {
    // Before: middle-length +5.1 on the advice form (the gate reads it mixed with the which-drug
    // form, where it was +4.7).
    const f = cueFigures(advice())
    for (const s of STRATEGIES)
      expect(
        f.scores[s] - f.chance,
        `${s} ${f.scores[s].toFixed(1)} vs ${f.chance.toFixed(1)}`
      ).toBeLessThanOrEqual(CUE_MARGIN_POINTS)
  })
})

// A finding an examination reports, as a sentence would state it. Symptom words ("a creeping
// sensation") are not findings, so only examination vocabulary is matched.
const FINDINGS: [string, (s: string) => boolean][] = [
  [
    'calf swelling or tenderness',
    (s) => /\bcal(?:f|ves)\b/i.test(s) && /swell|swollen|tender/i.test(s)
  ],
  ['reflexes', (s) => /\breflex/i.test(s)],
  ['pulses', (s) => /\bpulses?\b/i.test(s)],
  ['oedema', (s) => /\boedema\b/i.test(s)]
]
const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z])/)

describe('whole bank: no stem states one examination finding twice (read 10, P4)', () => {
  it('no stem has two sentences about the same finding (templates × 300 seeds)', () => {
    const problems: string[] = []
    for (const t of templates)
      for (const it of templateItems(t.id, 300)) {
        const ss = sentences(it.stem)
        for (const [name, says] of FINDINGS) {
          const hits = ss.filter(says)
          // Before: secondary-context's pregnancy stems said "neither calf is swollen or
          // tender" and then "Examination shows no swelling or tenderness of the calves".
          if (hits.length > 1) problems.push(`${it.id} (${name}): ${hits.join(' | ')}`)
        }
      }
    expect(problems.slice(0, 5)).toEqual([])
  })
})

// Word trigrams of a sentence, lower-cased (punctuation dropped, numbers kept).
function trigrams(sentence: string): Set<string> {
  const w = sentence
    .toLowerCase()
    .replace(/[^a-z0-9%≤≥<>. -]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
  const out = new Set<string>()
  for (let i = 0; i + 2 < w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`)
  return out
}

/** The largest share of the shorter sentence's trigrams that another sentence of the text
 * repeats (sentences and semicolon clauses; those under three trigrams are left out). */
function selfOverlap(text: string): { share: number; a: string; b: string } {
  const parts = text
    .split(/(?<=[.!?;])\s+(?=[A-Z(])/)
    .map((s) => ({ s, g: trigrams(s) }))
    .filter((x) => x.g.size >= 3)
  let best = { share: 0, a: '', b: '' }
  for (let i = 0; i < parts.length; i++)
    for (let j = i + 1; j < parts.length; j++) {
      const [x, y] = [parts[i]!, parts[j]!]
      let n = 0
      for (const g of x.g) if (y.g.has(g)) n++
      const share = n / Math.min(x.g.size, y.g.size)
      if (share > best.share) best = { share, a: x.s, b: y.s }
    }
  return best
}

// Tuned on the bank after these fixes: the largest share is 0.33 (iron-recheck-after-oral-course's
// explanation states the 76–100 rule and then applies it to the patient; iron-cases/ is outside
// this helper's files), so 0.4 passes with a margin and still catches a sentence said twice.
const SELF_OVERLAP_LIMIT = 0.4

describe('whole bank: no rationale or explanation says its point twice (read 10, P4)', () => {
  it('selfOverlap catches a repeated sentence and passes two different ones', () => {
    expect(
      selfOverlap(
        'Iron is indicated when ferritin is at or below 75 ng/mL. Here iron is indicated when ferritin is at or below 75 ng/mL, as it is.'
      ).share
    ).toBeGreaterThanOrEqual(0.6)
    expect(
      selfOverlap('Ferritin 40 ng/mL is below 75. Stopping the antihistamine comes first.').share
    ).toBe(0)
  })

  it(`no two sentences of one text share ${SELF_OVERLAP_LIMIT * 100}% of their word trigrams (templates × 300 seeds)`, () => {
    const problems: string[] = []
    for (const t of templates)
      for (const it of templateItems(t.id, 300))
        for (const [where, text] of [
          ['explanation', it.explanation],
          ...it.options.map((o): [string, string] => [`rationale ${o.code}`, o.rationale])
        ] as [string, string][]) {
          const o = selfOverlap(text)
          if (o.share >= SELF_OVERLAP_LIMIT)
            problems.push(`${it.id} ${where} ${o.share.toFixed(2)}: ${o.a} | ${o.b}`)
        }
    expect(problems.slice(0, 5)).toEqual([])
  })

  it('the treat-and-investigate-source foil rationale names the source-search rule once', () => {
    const foils: Item[] = [
      'iron-normal-ferritin',
      'iron-decision',
      'iron-inflammation-ckd'
    ].flatMap((id) =>
      templateItems(id, 1000).filter((it) =>
        distractors(it).some((o) => o.code === 'treat-and-investigate-source')
      )
    )
    expect(foils.length).toBeGreaterThan(100)
    for (const it of foils) {
      const why = distractors(it).find((o) => o.code === 'treat-and-investigate-source')!.rationale
      // Before: "a search for a source of loss is guided by the ferritin, age and sex, not by the
      // RLS threshold" and, two sentences on, "…far lower than the RLS thresholds…, and whether
      // to look for a source of loss depends on age, sex and symptoms".
      expect(why.match(/\bage\b/g)?.length ?? 0, it.id).toBe(1)
      expect(why.match(/\bRLS thresholds?\b/g)?.length ?? 0, it.id).toBe(1)
    }
  })
})

describe('rls-vs-mimic: no clang between the venous key and its stem (read 10, P5)', () => {
  it('a venous-keyed stem names no vein and shares no content word with the key', () => {
    const venous = templateItems('rls-vs-mimic', 1000).filter(
      (it) => keyOf(it).code === 'venous-stasis'
    )
    expect(venous.length).toBeGreaterThan(40)
    for (const it of venous) {
      // Before: "She has had varicose veins since her forties" beside "Venous disease of the
      // legs", whose "legs" is in every stem.
      expect(it.stem, it.id).not.toMatch(/\bvein|\bvenous|\bvaricos/i)
      const stem = contentWords(it.stem)
      expect(
        [...contentWords(keyOf(it).text)].filter((w) => stem.has(w)),
        it.id
      ).toEqual([])
    }
  })
})
