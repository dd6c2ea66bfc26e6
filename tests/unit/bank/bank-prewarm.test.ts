// The assembler's per-template profiles are built once per process; built on demand they made the
// first quiz of a fresh server wait 2–3 s (read in CI as an e2e "Starting…" that outlasted its
// 10 s expectation under load). main/services/bank-prewarm.ts builds them after start-up, one
// template per macrotask. These tests count real generations through wrapped real templates,
// under a bank identity of their own so the process-wide cache is not shared with other tests.
import { describe, expect, it } from 'vitest'
import { assembleQuiz } from '../../../questions/assemble'
import { profileWarmer } from '../../../questions/assemble-state'
import { rlsCausesCourse } from '../../../questions/content/course'
import type { CourseBank } from '../../../questions/course/bank'
import { prewarmBank } from '../../../main/services/bank-prewarm'

function countingCourse(id: string): { course: CourseBank; calls: () => number } {
  let calls = 0
  const templates = rlsCausesCourse.templates.map((t) => ({
    ...t,
    generate: (rng: Parameters<typeof t.generate>[0]) => {
      calls++
      return t.generate(rng)
    }
  }))
  return { course: { ...rlsCausesCourse, id, templates }, calls: () => calls }
}

describe('bank prewarm', () => {
  it('profileWarmer takes one template per step and says when none is left', () => {
    const { course, calls } = countingCourse('prewarm-steps')
    const step = profileWarmer(course.templates, course)
    expect(step()).toBe(true)
    const perTemplate = calls()
    expect(perTemplate).toBeGreaterThan(0)
    let steps = 1
    while (step()) steps++
    expect(steps + 1).toBe(course.templates.length)
    expect(calls()).toBe(perTemplate * course.templates.length)
  })

  it('after the prewarm, assembling a quiz builds no profile: it generates only the items it draws', async () => {
    const warm = countingCourse('prewarm-warm')
    await prewarmBank(warm.course).done
    const afterWarm = warm.calls()
    assembleQuiz({ course: warm.course, count: 20, seed: 'prewarm' })
    const warmQuiz = warm.calls() - afterWarm

    const cold = countingCourse('prewarm-cold')
    assembleQuiz({ course: cold.course, count: 20, seed: 'prewarm' })
    // The cold quiz pays for every profile the warm one found built.
    expect(cold.calls() - warmQuiz).toBeGreaterThanOrEqual(afterWarm / 2)
    expect(warmQuiz).toBeLessThan(cold.calls())
  })

  it('gives the same quiz warm or cold (profiles come from fixed seeds)', async () => {
    const warm = countingCourse('prewarm-same-a')
    await prewarmBank(warm.course).done
    const cold = countingCourse('prewarm-same-b')
    const ids = (c: CourseBank) =>
      assembleQuiz({ course: c, count: 20, seed: 'same' }).map((i) => i.id.replace(/^[^:]*:/, ''))
    expect(ids(warm.course)).toEqual(ids(cold.course))
  })

  it('cancel stops it before it starts, and settles done', async () => {
    const { course, calls } = countingCourse('prewarm-cancel')
    const warm = prewarmBank(course, 50)
    warm.cancel()
    await warm.done
    await new Promise((r) => setTimeout(r, 100))
    expect(calls()).toBe(0)
  })
})
