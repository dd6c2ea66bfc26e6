// A second course (tests/fixtures/courses/arithmetic) through the generic engine and the real
// services: nothing RLS-specific is needed, and nothing of one course leaks into the other.
import { describe, expect, it } from 'vitest'
import { assembleQuiz } from '../../../questions/assemble'
import { rlsCausesCourse } from '../../../questions/content/course'
import { findItemById } from '../../../questions/find-item'
import { generateItem } from '../../../questions/generate'
import {
  certificateEligibility,
  normalizeQuizConfig,
  type PlayerView
} from '../../../questions/engine'
import { matchItemsToBank } from '../../../questions/engine/bank-match'
import { bankFingerprint } from '../../../questions/check/fingerprint'
import { attemptsCsv } from '../../../questions/progress/csv'
import { arithmeticCourse as course } from '../../fixtures/courses/arithmetic/course'
import { openHarness } from '../certificate-service/helpers'
import { itemsOf } from '../exam/helpers'

const EXAM = {
  mode: 'timed' as const,
  exam: true,
  itemCount: 6,
  sections: ['addition', 'multiplication'],
  pool: 'all' as const,
  secondsPerItem: course.rules.secondsPerItem,
  accommodation: 1 as const,
  confidence: false
}

describe('the engine over a second course', () => {
  it('stamps the course id and version on items, and finds them again by id', () => {
    const t = course.templates[0]!
    const item = generateItem(t, 7, course)
    expect(item).toMatchObject({ courseId: 'fixture-arithmetic', bankVersion: '1.0.0' })
    expect(generateItem(t, 7, course)).toEqual(item)
    expect(findItemById(item.id, course)).toEqual(item)
    // Another course's bank does not know it.
    expect(findItemById(item.id, rlsCausesCourse)).toBeNull()
    expect(bankFingerprint(course)).toMatch(/^[0-9a-f]{16}$/)
  })

  it('assembles a quiz over its own sections, by their weights', () => {
    const items = assembleQuiz({ course, count: 10, seed: 'second-course' })
    expect(items).toHaveLength(10)
    expect(new Set(items.map((i) => i.section))).toEqual(new Set(['addition', 'multiplication']))
    expect(items.filter((i) => i.section === 'addition')).toHaveLength(5)
    expect(items.every((i) => i.courseId === course.id)).toBe(true)
    expect(matchItemsToBank(items, course)).toEqual([])
    // Checked against the RLS course, each one is from another course.
    const foreign = matchItemsToBank(items, rlsCausesCourse)
    expect(foreign).toHaveLength(10)
    expect(foreign[0]).toMatchObject({ kind: 'unknown', detail: expect.stringMatching(/course/) })
  })

  it("checks sections against the course at run time, not against RLS's", () => {
    const setup = { mode: 'tutor', passMarkPercent: 60 }
    expect(normalizeQuizConfig({ ...setup, sections: ['addition'] }, 4, course).ok).toBe(true)
    expect(normalizeQuizConfig({ ...setup, sections: ['genetics'] }, 4, course)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_CONFIG' }
    })
    expect(normalizeQuizConfig({ ...setup, sections: ['addition'] }, 4, rlsCausesCourse).ok).toBe(
      false
    )
  })
})

describe('the services over a second course', () => {
  it('serves its course info, runs a certificate exam under its rules, and exports it', async () => {
    const h = await openHarness({ course })
    try {
      const info = await h.call('course:info', {})
      expect(info).toMatchObject({
        id: 'fixture-arithmetic',
        version: '1.0.0',
        title: course.title,
        objectives: course.objectives,
        rules: { id: 'fixture-arithmetic-exam-1', minItems: 4 },
        provider: { name: 'Example Numeracy Board (fictional)' }
      })
      expect(info.sections.map((s) => s.id)).toEqual(['addition', 'multiplication'])
      expect((await h.call('app:info', {})).bank).toEqual({
        id: course.id,
        version: course.version,
        title: course.title
      })
      // An RLS section is not one of this course's.
      const wrong = await h.attempt('quiz:start', { ...EXAM, sections: ['genetics'] })
      expect(wrong).toMatchObject({ ok: false, error: { code: 'INVALID_CONFIG' } })

      let view: PlayerView = await h.call('quiz:start', EXAM)
      const items = await itemsOf(h, view.attemptId)
      expect(items.every((i) => i.courseId === course.id)).toBe(true)
      for (let i = 0; i < items.length; i++) {
        h.clock.advance(5_000)
        view = await h.call('quiz:answer', {
          attemptId: view.attemptId,
          step: view.step,
          itemIndex: i,
          optionId: items[i]!.options.find((o) => o.correct)!.id
        })
      }
      await h.call('quiz:submit', { attemptId: view.attemptId, step: view.step })
      const [summary] = await h.call('history:list', {})
      expect(summary).toMatchObject({
        courseId: course.id,
        bankVersion: course.version,
        examRulesId: course.rules.id,
        passed: true
      })
      expect(certificateEligibility(summary!, course).eligible).toBe(true)
      const eligibility = await h.call('certificate:eligibility', { attemptId: view.attemptId })
      expect(eligibility.eligible).toBe(true)

      const csv = await h.call('data:exportCsv', {})
      const rows = csv.content.trim().split('\r\n')
      expect(rows[0]).toMatch(/,course_id,bank_version$/)
      expect(rows.slice(1).every((r) => r.endsWith(`,${course.id},${course.version}`))).toBe(true)
      const xapi = await h.call('data:exportXapi', {})
      expect(xapi.content).toContain('/courses/fixture-arithmetic')
      expect(xapi.content).not.toContain('/courses/rls-causes')
      const backup = JSON.parse((await h.call('data:exportBackup', {})).content) as {
        course: unknown
      }
      expect(backup.course).toEqual({ id: course.id, version: course.version })
      // Its dashboard counts its own sections.
      const dashboard = await h.call('progress:dashboard', {})
      expect(dashboard.course.sectionsTotal).toBe(2)
      expect(attemptsCsv([], course)).toMatch(/^attempt_id,/)
    } finally {
      await h.close()
    }
  })

  it('refuses a backup made for another course', async () => {
    const rls = await openHarness()
    const other = await openHarness({ course })
    try {
      const content = (await rls.call('data:exportBackup', {})).content
      const result = await other.attempt('data:inspectBackup', { content })
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_BACKUP' } })
      if (!result.ok) expect(result.error.message).toMatch(/another course \(rls-causes\)/)
    } finally {
      await rls.close()
      await other.close()
    }
  })
})
