// Items stored before they carried a course id (bank 2.1.0 attempts, backups and certificates'
// logs) are still the RLS course's own: the bank re-derives and matches them, and exports name
// the course for them.
import { describe, expect, it } from 'vitest'
import { assembleQuiz } from '../../../questions/assemble'
import { rlsCausesCourse } from '../../../questions/content/course'
import { matchItemsToBank } from '../../../questions/engine/bank-match'
import { seedOf } from '../../../questions/find-item'
import type { Item } from '../../../questions/item'
import { arithmeticCourse } from '../../fixtures/courses/arithmetic/course'

const withoutCourseId = (items: Item[]): Item[] =>
  items.map((i) => {
    const { courseId: _c, ...rest } = i
    return rest
  })

describe('item snapshots written before items carried a course id', () => {
  it('still match the RLS bank, item for item', () => {
    const items = assembleQuiz({ course: rlsCausesCourse, count: 12, seed: 'legacy' })
    expect(items.every((i) => i.courseId === 'rls-causes')).toBe(true)
    const old = withoutCourseId(items)
    expect(old.some((i) => 'courseId' in i)).toBe(false)
    // With the seeds the attempt recorded beside them (the bank-wide search without them is
    // tested in tests/unit/bank/find-item-seed.test.ts and assemble.test.ts).
    const seeds = items.map(seedOf)
    expect(matchItemsToBank(old, rlsCausesCourse, seeds)).toEqual([])
    // …but a changed key is still caught without the id.
    const forged = old.map((i, n) =>
      n === 0 ? { ...i, options: i.options.map((o) => ({ ...o, correct: !o.correct })) } : i
    )
    expect(matchItemsToBank(forged, rlsCausesCourse, seeds)[0]).toMatchObject({ kind: 'differs' })
  })

  it('are not taken for another course’s items', () => {
    const old = withoutCourseId(assembleQuiz({ course: rlsCausesCourse, count: 4, seed: 'x' }))
    expect(matchItemsToBank(old, arithmeticCourse).every((m) => m.kind === 'unknown')).toBe(true)
  })
})
