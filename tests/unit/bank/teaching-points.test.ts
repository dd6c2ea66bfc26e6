// Read-through 10, P1: a later item answered by what an earlier one taught, within a quiz and
// across a learner's quizzes. Teaching points (questions/check/teaching-points.ts) name what an
// item teaches; the assembler serves items with fresh points first, and the app's Unused pool
// and certificate exam pass it the items of the learner's past attempts.
import { describe, expect, it } from 'vitest'
import { assembleQuiz } from '../../../questions/assemble'
import {
  pointCap,
  teachingPoints,
  type TeachingSource
} from '../../../questions/check/teaching-points'
import {
  MAX_TEACHING_REUSE_SHARE,
  compositionProblems,
  teachingReuse
} from '../../../questions/check/quiz-composition'
import { rlsCausesCourse } from '../../../questions/content/course'
import { generateItem } from '../../../questions/generate'
import type { Item } from '../../../questions/item'
import { templates } from '../../../questions/templates/index'
import { drawQuizItems, itemsMetIn } from '../../../main/services/draw-items'
import { createDefaultData } from '../../../main/store/schema'

const answerOf = (it: Item) => `${it.template}|${it.options.find((o) => o.correct)?.code}`
const itemsOf = (id: string, n = 60) => {
  const t = templates.find((x) => x.id === id)
  if (!t) throw new Error(`no template ${id}`)
  return Array.from({ length: n }, (_, s) => generateItem(t, s, rlsCausesCourse))
}

describe('teaching points', () => {
  it('name the lesson two templates share, and the drug either keys', () => {
    // The vertigo item's explanation rules "RLS rather than akathisia": the akathisia-or-RLS item
    // asks exactly that, so every item of both carries the point.
    for (const id of ['trigger-antiemetic-for-vertigo', 'mimic-akathisia-or-rls'])
      for (const it of itemsOf(id)) expect(teachingPoints(it)).toContain('teach:rls-or-akathisia')
    for (const it of itemsOf('augmentation-recognise'))
      expect(teachingPoints(it)).toContain('teach:augmentation')
    const vertigo = itemsOf('trigger-antiemetic-for-vertigo')
    for (const it of vertigo)
      expect(teachingPoints(it)).toContain(`keyed-drug:${it.options.find((o) => o.correct)?.code}`)
    // The apnoea case's OSA arm teaches what counselling's apnoea topic asks; its no-OSA arm
    // teaches what the caffeine-already-stopped arm does (check iron and the drug list).
    for (const it of itemsOf('lifestyle-sleep-apnoea-and-rls'))
      expect(teachingPoints(it)).toContain(
        /(^|;)arm=no-osa(;|#|$)/.test(it.id) ? 'teach:check-iron-and-drug-list' : 'teach:osa'
      )
  })

  it('name the class a keyed drug belongs to, and the iron decision at a normal-range ferritin', () => {
    // Read 11: a sedating antihistamine keyed in 5 of one quiz's 40 items, and "a lab-normal
    // ferritin of 75 or less calls for iron" keyed four times in one quiz.
    for (const it of itemsOf('trigger-ward-night-sedation'))
      expect(teachingPoints(it)).toContain('keyed-class:h1-antihistamine')
    const keyed = (id: string, code: string) =>
      itemsOf(id, 200).filter((i) => i.options.find((o) => o.correct)?.code === code)
    for (const [id, code] of [
      ['iron-decision', 'iron-indicated'],
      ['iron-normal-ferritin', 'iron-indicated'],
      ['iron-before-drug-treatment', 'offer-iron-first'],
      ['mechanism-in-practice', 'iron-helps-without-anaemia'],
      ['iron-missed-in-referral-letter', 'ferritin-result']
    ] as const) {
      const items = keyed(id, code)
      expect(items.length, id).toBeGreaterThan(0)
      for (const it of items) expect(teachingPoints(it)).toContain('teach:iron-at-normal-ferritin')
    }
    expect(pointCap('keyed-class:ssri')).toBe(2)
    expect(pointCap('teach:iron-at-normal-ferritin')).toBe(2)
    expect(pointCap('keyed-drug:sertraline')).toBe(1)
  })

  it('name the IV-only band (ferritin 76–100, TSAT at 20% or more) that three iron templates key (read 14)', () => {
    const keyed = (id: string) =>
      itemsOf(id, 400).filter((i) => i.options.find((o) => o.correct)?.code === 'iv-iron-only')
    for (const id of ['iron-decision', 'iron-normal-ferritin', 'iron-recheck-after-oral-course']) {
      const items = keyed(id)
      expect(items.length, id).toBeGreaterThan(0)
      for (const it of items) expect(teachingPoints(it)).toContain('teach:iv-iron-band')
    }
    // The inflammation template's IV key teaches blunted absorption, not the band.
    for (const it of keyed('iron-inflammation-ckd'))
      expect(teachingPoints(it)).not.toContain('teach:iv-iron-band')
    expect(pointCap('teach:iv-iron-band')).toBe(1)
  })

  it('read a malformed stored snapshot as teaching nothing, never throwing', () => {
    const bad = [
      { id: 'x', template: 'knowledge-genetics', facts: {}, options: undefined },
      { id: 'x', template: 'knowledge-genetics', facts: {}, options: [null, 3] },
      {
        id: 7,
        template: 'mimic-akathisia-or-rls',
        options: [{ code: 'akathisia', correct: true }]
      },
      { id: 'x', template: null, facts: null, options: [{ code: 'a', correct: true }] }
    ] as unknown as TeachingSource[]
    expect(teachingPoints(bad[0]!)).toEqual([])
    expect(teachingPoints(bad[1]!)).toEqual([])
    expect(teachingPoints(bad[2]!)).toEqual(['mimic-akathisia-or-rls|akathisia'])
    expect(teachingPoints(bad[3]!)).toEqual([])
  })
})

describe('within one quiz', () => {
  it('few items repeat what an earlier item of their quiz taught', () => {
    let reuse = 0
    let items = 0
    for (let q = 0; q < 10; q++) {
      const quiz = assembleQuiz({ course: rlsCausesCourse, count: 40, seed: `tp-${q}` })
      reuse += teachingReuse(quiz)
      items += quiz.length
    }
    expect(items).toBe(400)
    expect(reuse).toBeLessThanOrEqual(MAX_TEACHING_REUSE_SHARE * items)
  })
  it('the quiz-teaching-point gate fails quizzes that repeat lessons too often', () => {
    const vertigo = itemsOf('trigger-antiemetic-for-vertigo', 1)
    const akathisia = itemsOf('mimic-akathisia-or-rls', 1)
    const pair = [...vertigo, ...akathisia]
    expect(teachingReuse(pair)).toBe(1)
    const checks = compositionProblems([pair]).problems.map((p) => p.check)
    expect(checks).toContain('quiz-teaching-point')
    expect(compositionProblems([vertigo]).problems.map((p) => p.check)).not.toContain(
      'quiz-teaching-point'
    )
  })
})

describe('a returning learner', () => {
  it("meets fewer of its first quiz's answers again when the past items are passed", () => {
    let withPast = 0
    let without = 0
    for (const learner of ['a', 'b', 'c', 'd']) {
      const first = assembleQuiz({ course: rlsCausesCourse, count: 40, seed: `L${learner}-0` })
      const met = new Set(first.map(answerOf))
      const exclude = new Set(first.map((i) => i.id))
      const base = { course: rlsCausesCourse, count: 40, seed: `L${learner}-1`, exclude }
      const a = assembleQuiz({ ...base, seenItems: first })
      const b = assembleQuiz(base)
      expect(a).toHaveLength(40)
      const repeatsA = a.filter((i) => met.has(answerOf(i))).length
      const repeatsB = b.filter((i) => met.has(answerOf(i))).length
      expect(repeatsA).toBeLessThan(repeatsB)
      withPast += repeatsA
      without += repeatsB
    }
    // With the template's answer held at level 1 too: 8 against 55 over these four learners at
    // 2.17.4 (3/0/3/2 against 13/15/12/15), 13 against 42 at 2.17.6 (3/5/4/1 against
    // 13/9/10/10); 35 against 63 when only level 0 held it. The bound leaves room for sampling.
    expect(withPast).toBeLessThanOrEqual(0.4 * without)
  })

  it('meets none again where the section has fresh answers to give', () => {
    for (const learner of ['a', 'b', 'c']) {
      const base = { course: rlsCausesCourse, count: 10, sections: ['medications' as const] }
      const first = assembleQuiz({ ...base, seed: `M${learner}-0` })
      const met = new Set(first.map(answerOf))
      const second = assembleQuiz({
        ...base,
        seed: `M${learner}-1`,
        exclude: new Set(first.map((i) => i.id)),
        seenItems: first
      })
      expect(second).toHaveLength(10)
      expect(second.filter((i) => met.has(answerOf(i)))).toEqual([])
    }
  })

  it("a follow-up quiz restricted to medications and iron meets none of the first quiz's answers (read 12)", () => {
    for (const learner of ['a', 'b', 'c']) {
      const first = assembleQuiz({ course: rlsCausesCourse, count: 40, seed: learner })
      const met = new Set(first.map(answerOf))
      const next = assembleQuiz({
        course: rlsCausesCourse,
        count: 20,
        seed: `${learner}x`,
        sections: ['medications', 'iron-status'],
        exclude: new Set(first.map((i) => i.id)),
        seenItems: first
      })
      expect(next).toHaveLength(20)
      expect(next.filter((i) => met.has(answerOf(i))).map(answerOf)).toEqual([])
    }
  })

  it('the Unused pool reads the items of past attempts from the store, skipping junk', () => {
    const first = assembleQuiz({
      course: rlsCausesCourse,
      count: 10,
      seed: 'store-0',
      sections: ['medications']
    })
    const data = createDefaultData()
    data.attempts.push(
      { id: 'a1', events: [{ type: 'started', items: first }, { type: 'answered' }] },
      { id: 'junk', events: 'not a list' },
      { id: 'junk2', events: [{ type: 'started', items: [null, { id: 3 }, 'x'] }] },
      { id: 'junk3' }
    )
    data.usedItemIds.push(...first.map((i) => i.id))
    expect(itemsMetIn(data).map((i) => i.id)).toEqual(first.map((i) => i.id))
    const met = new Set(first.map(answerOf))
    const setup = { pool: 'unused', itemCount: 10, sections: ['medications'] } as Parameters<
      typeof drawQuizItems
    >[1]
    const second = drawQuizItems(rlsCausesCourse, setup, data, 'store-1')
    expect(second).toHaveLength(10)
    expect(second.filter((i) => met.has(answerOf(i)))).toEqual([])
  })
})
