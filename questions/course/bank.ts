// What the generic engine needs of a course: its identity (stamped on every item) and its bank
// (templates and sections). Course-agnostic helpers over sections live here, so nothing under
// questions/engine, questions/generate.ts or main/ has to name a particular course's sections.
import type { Course, CourseSection } from './types'

/** The identity stamped on an item: course id and bank version. */
export interface BankIdentity {
  id: string
  version: string
}

/** The part of a course the generator, assembler and id look-ups read. */
export type CourseBank = Pick<Course, 'id' | 'version' | 'templates' | 'sections'>

export function sectionIdsOf(course: Pick<Course, 'sections'>): string[] {
  return course.sections.map((s) => s.id)
}

export function isCourseSection(course: Pick<Course, 'sections'>, id: unknown): id is string {
  return typeof id === 'string' && course.sections.some((s) => s.id === id)
}

export function sectionOf(course: Pick<Course, 'sections'>, id: string): CourseSection | undefined {
  return course.sections.find((s) => s.id === id)
}

/** The section's title, or its id when the course has no such section (an old attempt). */
export function sectionTitle(course: Pick<Course, 'sections'>, id: string): string {
  return sectionOf(course, id)?.title ?? id
}

/** The section's blueprint weight (1 unless the course says otherwise). */
export function sectionWeightOf(course: Pick<Course, 'sections'>, id: string): number {
  return sectionOf(course, id)?.weight ?? 1
}

/**
 * The course an item snapshot belongs to. Snapshots written before items carried a course id
 * (bank 2.1.0 and earlier, when there was one course) are taken as the course asked about: its
 * bank then decides, by regenerating the item from its id, whether it really is one of its own.
 */
export function itemBelongsTo(item: { courseId?: string }, course: BankIdentity): boolean {
  return item.courseId === undefined || item.courseId === course.id
}
