// Dashboard figures from the history index alone: attempt summaries plus the per-item outcomes
// stored beside them at submit time. Pure, so the numbers can be tested without files.
//
// One scoring rule everywhere (SCORING_RULE): an item left unanswered counts as wrong, so every
// percentage is right ÷ items presented, as on the results screen and in the certificate score,
// and the "Retry incorrect" pool holds the same items these figures call wrong.
import type { CourseSection } from '../course/types'
import { CONFIDENCE_LEVELS, type AttemptSummary, type Confidence } from '../engine'
import type { SectionId } from '../item'
import type { ItemOutcome } from './outcomes'

export type SummaryWithOutcomes = AttemptSummary & { outcomes?: ItemOutcome[] }

export interface TrendPoint {
  attemptId: string
  submittedAt: string
  mode: AttemptSummary['mode']
  scorePercent: number
  passMarkPercent: number
  passed: boolean
}

/** The rule every score on screen follows, stated once in words the page shows. */
export const SCORING_RULE = 'Scores count every item presented: an unanswered item counts as wrong.'

export interface SectionMastery {
  section: SectionId
  title: string
  correct: number
  /** Items presented in this section, answered or not. */
  items: number
  answered: number
  /** correct / items × 100, one decimal (unanswered = wrong). */
  percent: number
}

export interface CalibrationRow {
  confidence: Confidence
  correct: number
  answered: number
  percent: number
}

export interface DashboardStats {
  attempts: number
  /** Items presented in submitted attempts, answered or not: the denominator of every score. */
  itemsPresented: number
  itemsAnswered: number
  itemsCorrect: number
  /** itemsCorrect / itemsPresented × 100, one decimal. */
  percentCorrect: number
  /** Oldest first. */
  trend: TrendPoint[]
  /** Sections with at least one item presented, weakest first. */
  mastery: SectionMastery[]
  /** Sections never presented yet, in course order. */
  unseenSections: { section: SectionId; title: string }[]
  /** Active time used ÷ items answered, over all attempts; null before any answer. */
  avgMsPerItem: number | null
  /** Only confidence levels that were used; empty when confidence was never recorded. */
  calibration: CalibrationRow[]
}

const pct = (n: number, d: number): number => (d === 0 ? 0 : Math.round((n / d) * 1000) / 10)

export function dashboardStats(
  summaries: readonly SummaryWithOutcomes[],
  sections: readonly CourseSection[]
): DashboardStats {
  const done = summaries
    .filter((s) => s.status === 'submitted' && s.submittedAt)
    .sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''))
  const bySection = new Map<SectionId, { correct: number; items: number; answered: number }>()
  const byConfidence = new Map<Confidence, { correct: number; answered: number }>()
  let presented = 0
  let answered = 0
  let correct = 0
  let elapsed = 0
  for (const summary of done) {
    presented += summary.itemCount
    answered += summary.answered
    correct += summary.correct
    elapsed += summary.elapsedMs
    for (const o of summary.outcomes ?? []) {
      const s = bySection.get(o.section) ?? { correct: 0, items: 0, answered: 0 }
      s.items++
      if (o.chosen !== null) s.answered++
      if (o.correct) s.correct++
      bySection.set(o.section, s)
      // Calibration asks how often a rated answer was right, so it needs an answer.
      if (o.chosen !== null && o.confidence) {
        const c = byConfidence.get(o.confidence) ?? { correct: 0, answered: 0 }
        c.answered++
        if (o.correct) c.correct++
        byConfidence.set(o.confidence, c)
      }
    }
  }
  const mastery = sections
    .filter((s) => bySection.has(s.id))
    .map((s) => {
      const m = bySection.get(s.id)!
      return { section: s.id, title: s.title, ...m, percent: pct(m.correct, m.items) }
    })
    // Weakest first; among equals, the one with more evidence first.
    .sort((a, b) => a.percent - b.percent || b.items - a.items)
  return {
    attempts: done.length,
    itemsPresented: presented,
    itemsAnswered: answered,
    itemsCorrect: correct,
    percentCorrect: pct(correct, presented),
    trend: done.map((s) => ({
      attemptId: s.id,
      submittedAt: s.submittedAt!,
      mode: s.mode,
      scorePercent: s.scorePercent,
      passMarkPercent: s.passMarkPercent,
      passed: s.passed
    })),
    mastery,
    unseenSections: sections
      .filter((s) => !bySection.has(s.id))
      .map((s) => ({ section: s.id, title: s.title })),
    avgMsPerItem: answered === 0 ? null : Math.round(elapsed / answered),
    calibration: CONFIDENCE_LEVELS.filter((c) => byConfidence.has(c)).map((c) => {
      const row = byConfidence.get(c)!
      return { confidence: c, ...row, percent: pct(row.correct, row.answered) }
    })
  }
}
