// course:info for the shipped course: the one identity the page, the certificate and the exports
// use (course.id and course.title), and the rules main applies.
import { describe, expect, it } from 'vitest'
import { rlsCausesCourse } from '../../../questions/content/course'
import { COURSE_RULES } from '../../../questions/content/course-rules'
import { certificateRuleText } from '../../../questions/engine'
import { openHarness } from '../certificate-service/helpers'

describe('course:info', () => {
  it('returns the RLS course: identity, sections, objectives, rules and provider block', async () => {
    const h = await openHarness()
    try {
      const info = await h.call('course:info', {})
      expect(info).toEqual({
        id: 'rls-causes',
        version: rlsCausesCourse.version,
        title: 'Causes of Restless Legs Syndrome',
        sections: rlsCausesCourse.sections.map((s) => ({ ...s })),
        objectives: [...rlsCausesCourse.objectives],
        rules: COURSE_RULES,
        ruleText: certificateRuleText(COURSE_RULES),
        provider: rlsCausesCourse.provider
      })
      expect(info.sections).toHaveLength(8)
      // Nothing claims credit no one awarded.
      expect(info.provider).toMatchObject({ accredited: false, credit: { type: null } })
      // app:info names the same course.
      expect((await h.call('app:info', {})).bank).toEqual({
        id: info.id,
        version: info.version,
        title: info.title
      })
      // Extra fields are refused at the boundary.
      expect(await h.attempt('course:info', { id: 'x' })).toMatchObject({ ok: false })
    } finally {
      await h.close()
    }
  })
})
