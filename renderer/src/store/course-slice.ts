// The served course (course:info): its title, sections, rules and provider block. Screens read
// these instead of constants, so the same page serves any course.
import type { Api, CourseInfo } from '../../../preload/contract'
import type { SliceCreator } from './types'

export interface CourseSlice {
  course: CourseInfo | null
  loadCourse(): Promise<void>
}

export const createCourseSlice =
  (api: Api): SliceCreator<CourseSlice> =>
  (set) => ({
    course: null,
    async loadCourse() {
      const result = await api['course:info']({})
      if (result.ok) set({ course: result.value })
      else set({ error: result.error })
    }
  })

/** A section's title in the served course, or its id while the course loads (or is unknown). */
export function sectionTitleIn(course: CourseInfo | null, id: string): string {
  return course?.sections.find((s) => s.id === id)?.title ?? id
}
