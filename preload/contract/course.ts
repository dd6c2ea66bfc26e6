import { z } from 'zod'
import type { CourseRules } from '../../questions/engine/course-rules'
import type { CourseSection, ProviderBlock } from '../../questions/course/types'
import { channel } from './define'

/**
 * The course this app serves, as the page needs it: identity, sections, objectives, the
 * certificate-exam rules and the provider block (shown before a certificate exam). The page reads
 * these instead of constants, so the same renderer serves any course.
 */
export interface CourseInfo {
  id: string
  /** The bank version items are generated under. */
  version: string
  title: string
  sections: CourseSection[]
  objectives: string[]
  /** The rules main applies to a certificate exam (the test rules, when a test set them). */
  rules: CourseRules
  /** The certificate rule in words, with this course's numbers. */
  ruleText: string
  provider: ProviderBlock
}

export const courseChannels = {
  /** The served course: id, version, title, sections, objectives, certificate-exam rules and provider block. */
  'course:info': channel<CourseInfo>()(z.strictObject({}))
}
