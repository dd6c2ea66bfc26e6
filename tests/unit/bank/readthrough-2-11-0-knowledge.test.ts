// Read-through 6 (bank 2.11.0) in the knowledge, genetics and mechanism templates and at the
// assembler: foils hedged like the key, stems that do not screen for it, and a quiz whose items
// of one template do not give each other away (P4). Each test fails on the 2.11.0 code.
import { describe, expect, it } from 'vitest'
import { assembleQuiz } from '../../../questions/assemble'
import { Picked } from '../../../questions/assemble-state'
import {
  compositionFigures,
  compositionProblems,
  keyShownIn,
  statementsOf
} from '../../../questions/check/quiz-composition'
import { HEDGES } from '../../../questions/check/cue-checks'
import { rlsCausesCourse } from '../../../questions/content/course'
import type { Item } from '../../../questions/item'
import { templateItems } from './helpers'
import { standOutOption } from '../../../questions/check/lone-cues'

const SEEDS = 400
const keyOf = (it: Item) => it.options.find((o) => o.correct)!
const foilsOf = (it: Item) => it.options.filter((o) => !o.correct)
const situation = (it: Item) => (it.facts as { situation?: string }).situation
const hedged = (text: string) => new RegExp(HEDGES.source, 'i').test(text)

/** Two items of one template where the first one's key is an option of the second. */
function givingPair(template: string): [Item, Item] {
  const items = templateItems(template, 300)
  for (const a of items) for (const b of items) if (a.id !== b.id && keyShownIn(a, b)) return [a, b]
  throw new Error(`${template}: no pair where one key is the other's option`)
}

describe('P4 (a): one item’s key is never an option of another item of its template', () => {
  it('quiz-key-as-option fails on a quiz that breaks it, with its figure', () => {
    const [a, b] = givingPair('iron-child-threshold')
    const { figures, problems } = compositionProblems([[a, b]])
    expect(figures.keyAsOption).toBeGreaterThan(0)
    expect(problems.map((p) => p.check)).toContain('quiz-key-as-option')
    const alone = compositionProblems([[a]])
    expect(alone.figures.keyAsOption).toBe(0)
    expect(alone.problems).toEqual([])
  })

  it('the assembler refuses the second item of such a pair', () => {
    const [a, b] = givingPair('iron-sampling-conditions')
    const picked = new Picked()
    picked.add(a)
    expect(picked.fits(b, 2, undefined, true)).toBe(false)
  })

  it('assembled default quizzes hold no such pair (figure 0; 63 over 15 quizzes in 2.11.0)', () => {
    for (let q = 0; q < 8; q++) {
      const quiz = assembleQuiz({ course: rlsCausesCourse, count: 40, seed: `rt6-knowledge-${q}` })
      expect(quiz).toHaveLength(40)
      expect(compositionFigures(quiz).keyAsOption).toBe(0)
    }
  })
})

describe('P4 (b): one fact keyed by two templates carries one statement key', () => {
  it('secondary-context and knowledge-epidemiology share the pregnancy-settles key', () => {
    const epi = templateItems('knowledge-epidemiology', SEEDS).find(
      (i) => keyOf(i).code === 'pregnancy-resolves'
    )!
    const sec = templateItems('secondary-context', SEEDS).find(
      (i) => keyOf(i).code === 'pregnancy-resolves-after-delivery'
    )!
    expect(epi && sec).toBeTruthy()
    const shared = statementsOf(epi).filter((s) => statementsOf(sec).includes(s))
    expect(shared).toContain('fact:pregnancy-resolves')
    const { figures, problems } = compositionProblems([[epi, sec]])
    expect(figures.statementReuse).toBeGreaterThan(0)
    expect(problems.map((p) => p.check)).toContain('quiz-statement')
  })
})

describe('mechanism-in-practice (83267 #39, #19)', () => {
  const items = templateItems('mechanism-in-practice', SEEDS)
  const iron = items.filter((i) => situation(i) === 'iron-normal-blood-count')

  it('the iron key does not turn the patient’s question around, and every foil is hedged', () => {
    expect(iron.length).toBeGreaterThan(100)
    for (const it of iron) {
      expect(keyOf(it).text).not.toMatch(/anaemi/i)
      expect(it.stem).not.toMatch(/so why would iron help/)
      for (const f of foilsOf(it)) expect(hedged(f.text)).toBe(true)
    }
  })

  it('the augmentation explanation counts the signs it lists', () => {
    for (const it of items) expect(it.explanation).not.toMatch(/three signs/)
    for (const it of items.filter((i) => situation(i) === 'agonist-augmentation'))
      expect(it.references).not.toContain('earley2013')
  })
})

describe('genetics-family-risk (83267 #37, #24)', () => {
  const items = templateItems('genetics-family-risk', SEEDS)

  it('the work-up stem does not screen for the key, and a foil shares its hedged shape', () => {
    const work = items.filter((i) => situation(i) === 'work-up')
    expect(work.length).toBeGreaterThan(60)
    for (const it of work) expect(it.stem).not.toMatch(/no blood tests|trainee|settles the matter/i)
    // Read 7 (85093 #2) replaced the shared "supports RLS, but …" opening with next steps in plain
    // and hedged forms: the key is never the one hedged nor the one absolute-free option.
    for (const it of work) {
      const k = it.options.findIndex((o) => o.correct)
      expect(standOutOption(it, 'lone-hedged'), it.id).not.toBe(k)
      expect(standOutOption(it, 'lone-unqualified'), it.id).not.toBe(k)
    }
  })

  it('a child-risk item always has a foil balanced like the key ("…, but/though …")', () => {
    const child = items.filter((i) => situation(i) === 'child-risk')
    expect(child.length).toBeGreaterThan(60)
    for (const it of child) {
      expect(keyOf(it).text).toMatch(/\b(but|though)\b/)
      expect(foilsOf(it).some((f) => /\b(but|though)\b/.test(f.text))).toBe(true)
    }
  })
})

describe('knowledge-diagnosis and knowledge-mechanism MINORs (83267 #33, #22)', () => {
  it('a criteria item offers history foils beside test foils', () => {
    const history = new Set(['family-history', 'onset-age', 'sleep-disturbance', 'both-legs'])
    const criteria = templateItems('knowledge-diagnosis', SEEDS).filter(
      (i) => (i.facts as { variant?: string }).variant === 'criteria'
    )
    expect(criteria.length).toBeGreaterThan(100)
    for (const it of criteria) {
      const kinds = foilsOf(it).filter((f) => history.has(f.code) || f.code === 'most-nights')
      expect(kinds).toHaveLength(2)
    }
  })

  // Read 18 (F1#2) replaced the early-or-late draw for the onset key: items keying the onset fact
  // now state no onset at all (readthrough-2-18-1-C.test.ts), the others early or late by lot.
  it('the stated onset is early or late, and the onset key states none', () => {
    const items = templateItems('knowledge-mechanism', SEEDS)
    const onsetOf = (i: (typeof items)[number]) =>
      Number(/(?:began at|age of) (\d+)/.exec(i.stem)?.[1] ?? 0)
    const stated = items.filter((i) => onsetOf(i) > 0)
    expect(stated.some((i) => onsetOf(i) >= 46)).toBe(true)
    expect(stated.some((i) => onsetOf(i) < 46)).toBe(true)
    const keyedOnset = items.filter((i) => keyOf(i).code === 'early-onset-low-iron')
    expect(keyedOnset.length).toBeGreaterThan(20)
    for (const it of keyedOnset) expect(onsetOf(it)).toBe(0)
    for (const it of items) expect(it.explanation).not.toMatch(/asked what/)
  })
})

describe('mimic-akathisia-or-rls: middle-length debt', () => {
  it('the key lands at every length rank, about a quarter of the time each', () => {
    const items = templateItems('mimic-akathisia-or-rls', SEEDS)
    const ranks = [0, 0, 0, 0]
    for (const it of items) {
      const key = keyOf(it).text.length
      const longer = it.options.filter((o) => o.text.length > key).length
      ranks[Math.min(3, longer)]! += 1
    }
    for (const n of ranks) expect(n / items.length).toBeGreaterThan(0.15)
  })
})

describe('secondary-context pregnancy (83267 #4)', () => {
  it('the hedged key never stands alone among absolutes', () => {
    const keyed = templateItems('secondary-context', 1000).filter(
      (i) => keyOf(i).code === 'pregnancy-resolves-after-delivery'
    )
    expect(keyed.length).toBeGreaterThan(30)
    // "usually", "tends", "can": the key's own register ("most" alone did not read as a hedge).
    const likeKey = /\b(usually|tends?|can|may|likely|often)\b/i
    for (const it of keyed) expect(foilsOf(it).some((f) => likeKey.test(f.text))).toBe(true)
  })
})

describe('rls-vs-mimic (83267 #18)', () => {
  it('the foot-tapping option is named as its rationale names it', () => {
    const items = templateItems('rls-vs-mimic', SEEDS)
    const tapping = items.flatMap((i) =>
      i.options.filter((o) => o.code === 'habitual-foot-tapping')
    )
    expect(tapping.length).toBeGreaterThan(50)
    for (const o of tapping) expect(o.text).toMatch(/tapping/)
  })
})
