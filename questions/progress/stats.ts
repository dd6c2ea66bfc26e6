// Dashboard figures from the history index alone: attempt summaries plus the per-item outcomes
// stored beside them at submit time. Pure, so the numbers can be tested without files.
import { sections } from '../content/sections'
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

export interface SectionMastery {
  section: SectionId
  title: string
  correct: number
  answered: number
  /** correct / answered × 100, one decimal. */
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
  itemsAnswered: number
  itemsCorrect: number
  /** Oldest first. */
  trend: TrendPoint[]
  /** Sections with at least one answer, weakest first. */
  mastery: SectionMastery[]
  /** Sections never answered yet, in course order. */
  unseenSections: { section: SectionId; title: string }[]
  /** Active time used ÷ items answered, over all attempts; null before any answer. */
  avgMsPerItem: number | null
  /** Only confidence levels that were used; empty when confidence was never recorded. */
  calibration: CalibrationRow[]
}

const pct = (n: number, d: number): number => (d === 0 ? 0 : Math.round((n / d) * 1000) / 10)

export function dashboardStats(summaries: readonly SummaryWithOutcomes[]): DashboardStats {
  const done = summaries
    .filter((s) => s.status === 'submitted' && s.submittedAt)
    .sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''))
  const bySection = new Map<SectionId, { correct: number; answered: number }>()
  const byConfidence = new Map<Confidence, { correct: number; answered: number }>()
  let answered = 0
  let correct = 0
  let elapsed = 0
  for (const summary of done) {
    answered += summary.answered
    correct += summary.correct
    elapsed += summary.elapsedMs
    for (const o of summary.outcomes ?? []) {
      if (o.chosen === null) continue
      const s = bySection.get(o.section) ?? { correct: 0, answered: 0 }
      s.answered++
      if (o.correct) s.correct++
      bySection.set(o.section, s)
      if (o.confidence) {
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
      return { section: s.id, title: s.title, ...m, percent: pct(m.correct, m.answered) }
    })
    // Weakest first; among equals, the one with more evidence first.
    .sort((a, b) => a.percent - b.percent || b.answered - a.answered)
  return {
    attempts: done.length,
    itemsAnswered: answered,
    itemsCorrect: correct,
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
