// Scores are always computed from the item snapshot in the log, never stored from a request.
import type { SectionId } from '../item'
import { reportedElapsedMs } from './timer'
import type { Accommodation, AttemptState, QuizMode } from './types'

export interface ScoreResult {
  correct: number
  answered: number
  total: number
  /** For display, one decimal place. */
  percent: number
  passed: boolean
  passMarkPercent: number
}

export interface AttemptSummary {
  id: string
  mode: QuizMode
  status: AttemptState['status']
  startedAt: string
  submittedAt: string | null
  submitReason: AttemptState['submitReason']
  itemCount: number
  answered: number
  correct: number
  scorePercent: number
  passed: boolean
  passMarkPercent: number
  /** Active time used, capped at the limit. */
  elapsedMs: number
  timeLimitMs: number | null
  untimed: boolean
  everSuspended: boolean
  suspensionCount: number
  /** Wall-clock time spent suspended (from the log's timestamps). */
  suspendedMs: number
  /** The course rules a certificate exam was started under; null for practice. */
  examRulesId: string | null
  secondsPerItem: number
  accommodation: Accommodation
  sectionsCovered: SectionId[]
  bankVersion: string
  /**
   * The course the items came from (item.courseId), or null for attempts written before items
   * carried one (bank 2.1.0 and earlier, when the RLS course was the only one).
   */
  courseId: string | null
  /** Sum of the items' estimated seconds; the certificate derives hours from it. */
  estimatedSeconds: number
}

export function isCorrect(state: AttemptState, index: number): boolean {
  const chosen = state.responses[index]?.optionId
  return (
    chosen != null && state.items[index]?.options.some((o) => o.id === chosen && o.correct) === true
  )
}

export function scoreAttempt(state: AttemptState): ScoreResult {
  const total = state.items.length
  let correct = 0
  let answered = 0
  for (let i = 0; i < total; i++) {
    if (state.responses[i]?.optionId != null) answered++
    if (isCorrect(state, i)) correct++
  }
  const passMarkPercent = state.config.passMarkPercent
  return {
    correct,
    answered,
    total,
    percent: total === 0 ? 0 : Math.round((correct / total) * 1000) / 10,
    // Compared exactly (not on the rounded percent), so 74.95 % never passes a 75 % mark.
    passed: total > 0 && correct * 100 >= passMarkPercent * total,
    passMarkPercent
  }
}

export function summarizeAttempt(state: AttemptState): AttemptSummary {
  const score = scoreAttempt(state)
  const sections = new Set(state.items.map((item) => item.section))
  const versions = [...new Set(state.items.map((item) => item.bankVersion))].sort()
  const courses = [...new Set(state.items.flatMap((item) => item.courseId ?? []))].sort()
  return {
    id: state.id,
    mode: state.config.mode,
    status: state.status,
    startedAt: state.startedAt,
    submittedAt: state.submittedAt,
    submitReason: state.submitReason,
    itemCount: score.total,
    answered: score.answered,
    correct: score.correct,
    scorePercent: score.percent,
    passed: score.passed,
    passMarkPercent: score.passMarkPercent,
    elapsedMs: reportedElapsedMs(state.timeLimitMs, state.elapsedMs),
    timeLimitMs: state.timeLimitMs,
    untimed: state.timeLimitMs === null,
    everSuspended: state.everSuspended,
    suspensionCount: state.suspensionCount,
    suspendedMs: state.suspendedMs,
    examRulesId: state.config.exam?.rulesId ?? null,
    secondsPerItem: state.config.secondsPerItem,
    accommodation: state.config.accommodation,
    sectionsCovered: [...sections].sort(),
    bankVersion: versions.join('+'),
    courseId: courses.length > 0 ? courses.join('+') : null,
    estimatedSeconds: state.items.reduce((sum, item) => sum + item.estimatedSeconds, 0)
  }
}
