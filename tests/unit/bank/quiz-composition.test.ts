// The per-template cap and the no-statement-twice rule (read-through 5, pattern 3): the gates
// fail on quizzes that break them, and the assembler keeps both whenever the pool allows.
import { describe, expect, it } from 'vitest'
import { assembleQuiz } from '../../../questions/assemble'
import { Picked } from '../../../questions/assemble-state'
import {
  MAX_ITEMS_PER_TEMPLATE,
  compositionFigures,
  compositionProblems,
  statementsOf
} from '../../../questions/check/quiz-composition'
import { explanationSentences } from '../../../questions/check/repetition'
import { scenarioTags } from '../../../questions/check/scenarios'
import { rlsCausesCourse } from '../../../questions/content/course'
import type { Item } from '../../../questions/item'
import { templateItems } from './helpers'

/** Items of one template with pairwise different statements and scenarios (read-through 9). */
function disjointItems(template: string, n: number): Item[] {
  const out: Item[] = []
  const seen = new Set<string>()
  for (const it of templateItems(template, 300)) {
    const s = [...statementsOf(it), ...scenarioTags(it)]
    if (s.some((x) => seen.has(x))) continue
    out.push(it)
    for (const x of s) seen.add(x)
    if (out.length === n) return out
  }
  throw new Error(`${template}: fewer than ${n} disjoint items`)
}

describe('composition gates', () => {
  it('quiz-template-cap fails on a quiz with three items of one template', () => {
    const three = templateItems('drug-hidden-in-list', 3)
    const { figures, problems } = compositionProblems([three])
    expect(figures.maxPerTemplate).toBe(3)
    // Three drug-list items also share stock rationale sentences (quiz-rationale): look at the cap.
    const cap = (quiz: Item[]) =>
      compositionProblems([quiz]).problems.filter((p) => p.check === 'quiz-template-cap')
    expect(problems.filter((p) => p.check === 'quiz-template-cap')).toHaveLength(1)
    expect(cap(three.slice(0, MAX_ITEMS_PER_TEMPLATE))).toEqual([])
  })

  it('quiz-statement fails when two items show one statement, in either truth form', () => {
    // Two knowledge-genetics items share facts (6 facts, 4–5 shown each): always a reuse.
    const [a, b] = templateItems('knowledge-genetics', 2) as [Item, Item]
    const shared = statementsOf(a).filter((s) => statementsOf(b).includes(s))
    expect(shared.length).toBeGreaterThan(0)
    const { figures, problems } = compositionProblems([[a, b]])
    expect(figures.statementReuse).toBe(new Set(shared).size)
    // Their grids also share codes, so one key is often the other's option (quiz-key-as-option),
    // stock rationale sentences (quiz-rationale), a keyed fact is a scenario (quiz-scenario), and
    // in a two-item quiz one repeated answer is over the teaching-point share (quiz-teaching-point).
    const other = new Set([
      'quiz-key-as-option',
      'quiz-rationale',
      'quiz-scenario',
      'quiz-teaching-point'
    ])
    expect(problems.map((p) => p.check).filter((c) => !other.has(c))).toEqual(['quiz-statement'])
  })

  it('passes a quiz whose items show different statements', () => {
    const pair = disjointItems('genetics-family-risk', 2)
    expect(compositionFigures(pair)).toMatchObject({ maxPerTemplate: 2, statementReuse: 0 })
    expect(compositionProblems([pair]).problems).toEqual([])
  })

  it('statement keys cover both truth forms of a fact', () => {
    for (const it of templateItems('knowledge-mechanism', 50)) {
      const keys = statementsOf(it)
      expect(keys).toHaveLength(it.options.length)
      for (const o of it.options) expect(keys).toContain(`mechanism:${o.code.replace(/^not-/, '')}`)
    }
  })
})

describe('Picked: the assembler bookkeeping', () => {
  it('refuses a third item of a template and a reused statement, unless the rules are lifted', () => {
    const picked = new Picked()
    const items = templateItems('drug-hidden-in-list', 40)
    const distinct = items.filter((it, i) => items.findIndex((x) => x.id === it.id) === i)
    const [a, b, c] = distinct as [Item, Item, Item]
    picked.add(a)
    picked.add(b)
    expect(picked.atTemplateCap('drug-hidden-in-list')).toBe(true)
    expect(picked.fits(c, 2, undefined)).toBe(false)
    const lifted = picked.fits(c, 2, undefined, false)
    // Lifting the composition rules leaves only the other rules (option set, sentences, ids).
    expect(lifted).toBe(new Picked().fits(c, 2, undefined))

    const other = new Picked()
    const [g1, g2] = templateItems('knowledge-genetics', 2) as [Item, Item]
    other.add(g1)
    expect(other.fits(g2, 2, undefined)).toBe(false)
  })
})

describe('assembleQuiz: template cap and statements', () => {
  const quizzes = [0, 1, 2, 3, 4].map((q) =>
    assembleQuiz({ course: rlsCausesCourse, count: 40, seed: `composition-${q}` })
  )

  it('a default quiz has at most two items per template and reuses no statement', () => {
    for (const quiz of quizzes) {
      expect(quiz).toHaveLength(40)
      const f = compositionFigures(quiz)
      expect(f.maxPerTemplate).toBeLessThanOrEqual(MAX_ITEMS_PER_TEMPLATE)
      expect(f.statementReuse).toBe(0)
    }
  })

  it('no long explanation sentence is in two items of a default quiz', () => {
    for (const quiz of quizzes) {
      const seen = new Set<string>()
      for (const it of quiz)
        for (const s of explanationSentences(it)) {
          expect(seen.has(s), s).toBe(false)
          seen.add(s)
        }
    }
  })

  it('genetics and mechanism each draw on the knowledge grid and the case template', () => {
    for (const quiz of quizzes) {
      const templatesOf = (section: string) =>
        new Set(quiz.filter((i) => i.section === section).map((i) => i.template))
      expect(templatesOf('genetics')).toEqual(
        new Set(['knowledge-genetics', 'genetics-family-risk'])
      )
      expect(templatesOf('dopamine-brain-iron')).toEqual(
        new Set(['knowledge-mechanism', 'mechanism-in-practice'])
      )
    }
  })

  it('keeps the mission mix: medications + iron ≥ 40%, no section above 20%', () => {
    for (const quiz of quizzes) {
      const per = new Map<string, number>()
      for (const it of quiz) per.set(it.section, (per.get(it.section) ?? 0) + 1)
      expect((per.get('medications') ?? 0) + (per.get('iron-status') ?? 0)).toBeGreaterThanOrEqual(
        16
      )
      for (const n of per.values()) expect(n).toBeLessThanOrEqual(8)
    }
  })

  it('a quiz restricted to one small section keeps the rules while it can, then still fills', () => {
    // Genetics has two templates: the rules allow about three items (one grid item, two cases).
    const small = assembleQuiz({
      course: rlsCausesCourse,
      count: 3,
      seed: 5,
      sections: ['genetics']
    })
    expect(small).toHaveLength(3)
    expect(compositionFigures(small)).toMatchObject({ statementReuse: 0 })
    expect(compositionFigures(small).maxPerTemplate).toBeLessThanOrEqual(2)
    // Asked for more than the rules allow, the last pass lifts them rather than cut the quiz short.
    const full = assembleQuiz({
      course: rlsCausesCourse,
      count: 10,
      seed: 5,
      sections: ['genetics']
    })
    expect(full).toHaveLength(10)
    expect(new Set(full.map((i) => i.id)).size).toBe(10)
    expect(compositionFigures(full).maxPerTemplate).toBeGreaterThan(2)
  })
})
