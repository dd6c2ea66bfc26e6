// The course rules are the app's, and which keys a learner may know is judged per item and date.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAppContext } from '../../../main/app/context'
import { knownKeyIds } from '../../../main/services/draw-items'
import { createDefaultData } from '../../../main/store/schema'
import { certificateRuleText } from '../../../questions/engine'
import { COURSE_RULES, courseRulesWithMinSeconds } from '../../../questions/content/course-rules'
import { FakeClock } from '../attempts/helpers'
import { rlsCausesCourse } from '../../../questions/content/course'

const DAY = 86_400_000

describe('knownKeyIds', () => {
  it('counts keys seen within the window, undated legacy ids and open tutor answers', () => {
    const now = Date.parse('2026-06-01T00:00:00.000Z')
    const data = {
      ...createDefaultData(),
      keysSeenAt: {
        recent: new Date(now - 10 * DAY).toISOString(),
        old: new Date(now - (COURSE_RULES.keyExposureWindowDays + 1) * DAY).toISOString(),
        // A clock set back after the review: still counts as seen.
        future: new Date(now + 30 * DAY).toISOString(),
        garbled: 'not a date'
      },
      usedItemIds: ['recent', 'old', 'legacy']
    }
    const known = knownKeyIds(data, now, COURSE_RULES, ['open-tutor'])
    expect([...known].sort()).toEqual(['future', 'garbled', 'legacy', 'open-tutor', 'recent'])
  })
})

describe('course rules', () => {
  it('a casebook.json holding a pass mark of 0% and minimum of 1 changes nothing, and loses them', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'rls-course-'))
    try {
      const file = path.join(dir, 'casebook.json')
      await writeFile(
        file,
        JSON.stringify({
          schemaVersion: 1,
          settings: { passMarkPercent: 0, certificateMinItems: 1, theme: 'dark' }
        })
      )
      const ctx = await createAppContext({
        course: rlsCausesCourse,
        dataDir: dir,
        edition: 'browser',
        clock: new FakeClock()
      })
      const view = await ctx.dispatch('settings:get', {}, { transport: 'http' })
      expect(view).toMatchObject({
        ok: true,
        value: { theme: 'dark', course: { passMarkPercent: 75, minItems: 20 } }
      })
      await ctx.dispatch('settings:save', { textScale: 125 }, { transport: 'http' })
      await ctx.close()
      const settings = JSON.parse(await readFile(file, 'utf8')).settings
      expect(settings).toEqual({ theme: 'dark', textScale: 125, reducedMotion: 'system' })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('test rules differ only in minimum time, under another id', () => {
    const test = courseRulesWithMinSeconds(0)
    expect({ ...test, id: COURSE_RULES.id, minSecondsPerItem: 20 }).toEqual(COURSE_RULES)
    expect(test.id).not.toBe(COURSE_RULES.id)
  })
})

describe('the rule in words', () => {
  it('names every number of the course, and drops the minimum time only when there is none', () => {
    expect(certificateRuleText(COURSE_RULES)).toBe(
      'A certificate needs a submitted Certificate exam of at least 20 items covering every ' +
        'section, at 90 s per item (×1.5 or ×2 if you need it), with a score of at least 75%, ' +
        'at least 20 s of working time per item, and no more than 3 suspensions (30 min in all).'
    )
    expect(certificateRuleText(courseRulesWithMinSeconds(0))).not.toMatch(/working time/)
  })
})
