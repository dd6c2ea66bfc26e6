// Issue 13 for the assembler: the default mix, the "Unused" pool serving unseen decisions first,
// and stored ids across a bank version change (changed or vanished items, handled on purpose).
import { describe, expect, it } from 'vitest'
import { assembleQuiz } from '../../../questions/assemble'
import { decisionKey, optionSetKey } from '../../../questions/check/cue-checks'
import { baseId, findItemById, resolveItemId } from '../../../questions/find-item'
import { decisionOfId, generateItem } from '../../../questions/generate'
import { templates } from '../../../questions/templates/index'
import { rlsCausesCourse } from '../../../questions/content/course'

describe('default 40-item quiz mix', () => {
  it('medication trigger + missed iron deficiency ≥ 40%, no section above 20%', () => {
    for (const seed of ['m1', 'm2', 'm3']) {
      const q = assembleQuiz({ course: rlsCausesCourse, count: 40, seed })
      expect(q).toHaveLength(40)
      const by = new Map<string, number>()
      for (const it of q) by.set(it.section, (by.get(it.section) ?? 0) + 1)
      expect((by.get('medications') ?? 0) + (by.get('iron-status') ?? 0)).toBeGreaterThanOrEqual(16)
      for (const n of by.values()) expect(n).toBeLessThanOrEqual(8)
      expect(new Set(q.map(optionSetKey)).size).toBe(40)
      // Difficulty is set per item, so one quiz spans more than one level.
      expect(new Set(q.map((i) => i.difficulty)).size).toBeGreaterThan(1)
    }
  })
})

describe('the "Unused" pool', () => {
  it('serves decisions (option set + key) the learner has not met, first', () => {
    const used = new Set<string>()
    const seen = new Set<string>()
    let repeats = 0
    for (let q = 0; q < 3; q++) {
      const quiz = assembleQuiz({
        course: rlsCausesCourse,
        count: 40,
        seed: `learner-${q}`,
        exclude: used
      })
      expect(quiz).toHaveLength(40)
      for (const it of quiz) {
        if (seen.has(decisionKey(it))) repeats++
        used.add(it.id)
        seen.add(decisionKey(it))
      }
    }
    expect(repeats).toBe(0)
  })
  it('ids carry their decision, so a new vignette of a met decision is recognised', () => {
    const it = generateItem(templates[0]!, 5, rlsCausesCourse)
    expect(decisionOfId(it.id)).toMatch(new RegExp(`^${it.template}#[0-9a-f]{8}$`))
    const quiz = assembleQuiz({
      course: rlsCausesCourse,
      count: 10,
      seed: 'x',
      sections: [it.section],
      excludeDecisions: [decisionOfId(it.id) ?? '']
    })
    for (const q of quiz) expect(decisionOfId(q.id)).not.toBe(decisionOfId(it.id))
  })
})

describe('stored ids across a version change', () => {
  const t = templates.find((x) => x.id === 'knowledge-diagnosis')!
  const current = generateItem(t, 7, rlsCausesCourse)
  it('an id that still exists resolves to itself', () => {
    expect(resolveItemId(current.id, rlsCausesCourse)).toEqual({ status: 'same', item: current })
  })
  it('an id whose vignette remains but whose content changed resolves to the current item', () => {
    const old = baseId(current.id) // the form of every id before 2.0.0: no decision suffix
    const r = resolveItemId(old, rlsCausesCourse)
    expect(r.status).toBe('changed')
    expect(r.item?.id).toBe(current.id)
    expect(resolveItemId(`${baseId(current.id)}#00000000`, rlsCausesCourse).status).toBe('changed')
  })
  it('an id that vanished resolves to null, and pools built on it still fill', () => {
    const gone = 'knowledge-diagnosis:variant=retired;age=1'
    expect(resolveItemId(gone, rlsCausesCourse)).toEqual({ status: 'vanished', item: null })
    expect(findItemById('no-such-template:a=1', rlsCausesCourse)).toBeNull()
    const retake = assembleQuiz({
      course: rlsCausesCourse,
      count: 10,
      seed: 'r',
      includeIds: [gone, current.id]
    })
    expect(retake).toHaveLength(10)
    expect(retake.map((i) => i.id)).toContain(current.id)
  })
  it('review by claims falls back to the whole bank when a due claim no longer exists', () => {
    expect(
      assembleQuiz({ course: rlsCausesCourse, count: 6, seed: 'due', claims: ['Z99'] })
    ).toHaveLength(6)
  })
})
