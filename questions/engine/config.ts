// Quiz set-up arrives from the page as untrusted data. Only known fields are read; anything else
// (a forged time limit, a score) is dropped here, before it can reach the log.
import { isCourseSection } from '../course/bank'
import type { CourseSection } from '../course/types'
import type { SectionId } from '../item'
import type { CourseRules } from './course-rules'
import { DEFAULT_SECONDS_PER_ITEM } from './timer'
import {
  fail,
  type Accommodation,
  type EngineResult,
  type QuizConfig,
  type QuizPool
} from './types'

export const MAX_ITEMS = 200
export const MIN_SECONDS_PER_ITEM = 10
export const MAX_SECONDS_PER_ITEM = 600
const POOLS: readonly QuizPool[] = ['all', 'unused', 'incorrect', 'flagged']
const ACCOMMODATIONS: readonly Accommodation[] = [1, 1.5, 2, 'untimed']

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Checks and completes a set-up request. `drawnItems` is the number of items actually drawn
 * (a small 'incorrect' pool may yield fewer than requested); the time limit follows it.
 */
export function normalizeQuizConfig(
  raw: unknown,
  drawnItems: number,
  course: { sections: readonly CourseSection[] },
  rules?: CourseRules
): EngineResult<QuizConfig> {
  if (!isRecord(raw)) return fail('INVALID_CONFIG', 'Quiz set-up must be an object.')
  const mode = raw.mode
  if (mode !== 'timed' && mode !== 'tutor') {
    return fail('INVALID_CONFIG', 'Mode must be "timed" or "tutor".')
  }
  if (!Number.isInteger(drawnItems) || drawnItems < 1 || drawnItems > MAX_ITEMS) {
    return fail('INVALID_CONFIG', `A quiz needs between 1 and ${MAX_ITEMS} items.`)
  }
  // Sections are the course's, checked here at run time (the contract only says "strings").
  const sections = raw.sections ?? course.sections.map((s) => s.id)
  if (
    !Array.isArray(sections) ||
    sections.length === 0 ||
    !sections.every((s) => isCourseSection(course, s))
  ) {
    return fail('INVALID_CONFIG', 'Sections must be a non-empty list of known section ids.')
  }
  const pool = raw.pool ?? 'all'
  if (!POOLS.includes(pool as QuizPool)) {
    return fail('INVALID_CONFIG', 'Pool must be all, unused, incorrect or flagged.')
  }
  const secondsPerItem = raw.secondsPerItem ?? DEFAULT_SECONDS_PER_ITEM
  if (
    typeof secondsPerItem !== 'number' ||
    !Number.isInteger(secondsPerItem) ||
    secondsPerItem < MIN_SECONDS_PER_ITEM ||
    secondsPerItem > MAX_SECONDS_PER_ITEM
  ) {
    return fail(
      'INVALID_CONFIG',
      `Time per item must be a whole number of seconds from ${MIN_SECONDS_PER_ITEM} to ${MAX_SECONDS_PER_ITEM}.`
    )
  }
  const accommodation = raw.accommodation ?? 1
  if (!ACCOMMODATIONS.includes(accommodation as Accommodation)) {
    return fail('INVALID_CONFIG', 'Time accommodation must be ×1, ×1.5, ×2 or untimed.')
  }
  if (accommodation === 'untimed' && mode === 'timed') {
    return fail(
      'INVALID_CONFIG',
      'A timed exam cannot be taken untimed; choose tutor mode to practise without a clock.'
    )
  }
  const confidence = raw.confidence ?? false
  if (typeof confidence !== 'boolean') {
    return fail('INVALID_CONFIG', 'Confidence rating must be on or off.')
  }
  const passMark = raw.passMarkPercent
  if (
    typeof passMark !== 'number' ||
    !Number.isFinite(passMark) ||
    passMark < 0 ||
    passMark > 100
  ) {
    return fail('INVALID_CONFIG', 'The pass mark must be a percentage from 0 to 100.')
  }
  const value: QuizConfig = {
    mode,
    itemCount: drawnItems,
    sections: [...new Set(sections as SectionId[])],
    pool: pool as QuizPool,
    secondsPerItem,
    accommodation: accommodation as Accommodation,
    confidence,
    passMarkPercent: passMark
  }
  if (raw.exam === undefined || raw.exam === false) return { ok: true, value }
  if (raw.exam !== true || !rules) {
    return fail('INVALID_CONFIG', 'A certificate exam is started by the app under course rules.')
  }
  const problem = examProblem(value, rules)
  if (problem) return fail('INVALID_CONFIG', problem)
  return { ok: true, value: { ...value, exam: { rulesId: rules.id } } }
}

/** Why a set-up is not a certificate exam under these rules (null when it is one). */
export function examProblem(config: QuizConfig, rules: CourseRules): string | null {
  if (config.mode !== 'timed') return 'A certificate exam is timed.'
  if (config.pool !== 'all') return 'A certificate exam draws its own fresh items (pool "all").'
  if (config.itemCount < rules.minItems) {
    return `A certificate exam has at least ${rules.minItems} items.`
  }
  const sections = new Set(config.sections)
  if (!rules.requiredSections.every((s) => sections.has(s))) {
    return 'A certificate exam covers every section of the course.'
  }
  if (config.secondsPerItem !== rules.secondsPerItem) {
    return `A certificate exam allows ${rules.secondsPerItem} seconds per item (the course's time).`
  }
  if (!(rules.accommodations as readonly unknown[]).includes(config.accommodation)) {
    const list = rules.accommodations.map((a) => `×${a}`).join(', ')
    return `A certificate exam's time accommodation is one of ${list}.`
  }
  if (config.passMarkPercent !== rules.passMarkPercent) {
    return `A certificate exam's pass mark is the course's, ${rules.passMarkPercent}%.`
  }
  return null
}
