// What the page may see. The player view never carries the key, rationales or explanation of an
// item until it is revealed (tutor mode after answering it; every item after submit), and never
// the template facts from which the key could be recomputed.
import type { Exhibit, Item, OptionId, SectionId } from '../item'
import { scoreAttempt, summarizeAttempt, type AttemptSummary, type ScoreResult } from './scoring'
import { GRACE_MS, remainingMs, warningLevel, type WarningLevel } from './timer'
import type { AttemptState, Confidence, ItemResponse, QuizConfig } from './types'

export interface Feedback {
  correctOptionId: OptionId | null
  isCorrect: boolean
  options: { id: OptionId; correct: boolean; rationale: string }[]
  objective: string
  explanation: string
  evidenceNote: string | null
  references: string[]
}

export interface PlayerItem {
  index: number
  section: SectionId
  stem: string
  /** The vignette's lab and medication tables (none when the item has none). */
  exhibits: Exhibit[]
  question: string
  options: { id: OptionId; text: string }[]
  revealed: boolean
  feedback: Feedback | null
}

export interface Timing {
  limitMs: number | null
  elapsedMs: number
  remainingMs: number | null
  warningLevel: WarningLevel
  graceMs: number
  /** True while main's clock is running; the page may count down locally between heartbeats. */
  running: boolean
}

export interface PlayerView {
  attemptId: string
  step: number
  status: AttemptState['status']
  config: QuizConfig
  startedAt: string
  currentIndex: number
  items: PlayerItem[]
  responses: ItemResponse[]
  timing: Timing
  everSuspended: boolean
  submitReason: AttemptState['submitReason']
  result: ScoreResult | null
  /**
   * True when a certificate exam's items are not sent: while it is suspended, or once its time is
   * up and it is waiting to be submitted. Stems, questions and options are then empty.
   */
  contentWithheld: boolean
}

export function timingOf(state: AttemptState, nowElapsedMs: number): Timing {
  const running = state.status === 'active'
  const elapsedMs = running ? Math.max(state.elapsedMs, nowElapsedMs) : state.elapsedMs
  const remaining = remainingMs(state.timeLimitMs, elapsedMs)
  return {
    limitMs: state.timeLimitMs,
    elapsedMs,
    remainingMs: remaining,
    warningLevel: warningLevel(remaining),
    graceMs: GRACE_MS,
    running
  }
}

export function isRevealed(state: AttemptState, index: number): boolean {
  if (state.status === 'submitted') return true
  return state.config.mode === 'tutor' && state.responses[index]?.optionId != null
}

function feedbackOf(item: Item, chosen: OptionId | null): Feedback {
  const key = item.options.find((o) => o.correct)
  return {
    correctOptionId: key?.id ?? null,
    isCorrect: chosen !== null && key?.id === chosen,
    options: item.options.map((o) => ({ id: o.id, correct: o.correct, rationale: o.rationale })),
    objective: item.objective,
    explanation: item.explanation,
    evidenceNote: item.evidenceNote,
    references: [...item.references]
  }
}

/** A certificate exam shows nothing to read while its clock is not running for the learner. */
export function withholdsContent(state: AttemptState, timing: Timing): boolean {
  if (state.config.exam === undefined || state.status === 'submitted') return false
  return state.status === 'suspended' || timing.remainingMs === 0
}

export function playerView(state: AttemptState, nowElapsedMs: number): PlayerView {
  const timing = timingOf(state, nowElapsedMs)
  const withheld = withholdsContent(state, timing)
  return {
    attemptId: state.id,
    step: state.step,
    status: state.status,
    config: { ...state.config, sections: [...state.config.sections] },
    startedAt: state.startedAt,
    currentIndex: state.currentIndex,
    items: state.items.map((item, index) => {
      const revealed = isRevealed(state, index)
      return {
        index,
        // No item id here: ids are built from the item's parameters and could reveal the key.
        section: item.section,
        stem: withheld ? '' : item.stem,
        exhibits: withheld ? [] : (item.exhibits ?? []),
        question: withheld ? '' : item.question,
        options: withheld ? [] : item.options.map((o) => ({ id: o.id, text: o.text })),
        revealed,
        feedback:
          revealed && !withheld ? feedbackOf(item, state.responses[index]?.optionId ?? null) : null
      }
    }),
    responses: state.responses.map((r) => ({ ...r, struck: [...r.struck] })),
    timing,
    everSuspended: state.everSuspended,
    submitReason: state.submitReason,
    result: state.status === 'submitted' ? scoreAttempt(state) : null,
    contentWithheld: withheld
  }
}

export interface ReviewItem {
  index: number
  id: string
  section: SectionId
  stem: string
  exhibits: Exhibit[]
  question: string
  options: { id: OptionId; text: string; correct: boolean; rationale: string; struck: boolean }[]
  chosenOptionId: OptionId | null
  correctOptionId: OptionId | null
  isCorrect: boolean
  answered: boolean
  flagged: boolean
  confidence: Confidence | null
  changes: number
  objective: string
  explanation: string
  evidenceNote: string | null
  references: string[]
}

export interface ReviewView {
  summary: AttemptSummary
  result: ScoreResult
  items: ReviewItem[]
}

export type ReviewFilter = 'all' | 'incorrect' | 'flagged' | 'low-confidence'

/** Only a submitted attempt has a review; the caller refuses otherwise (NOT_SUBMITTED). */
export function reviewView(state: AttemptState): ReviewView {
  return {
    summary: summarizeAttempt(state),
    result: scoreAttempt(state),
    items: state.items.map((item, index) => {
      const r = state.responses[index]!
      const fb = feedbackOf(item, r.optionId)
      return {
        index,
        id: item.id,
        section: item.section,
        stem: item.stem,
        exhibits: item.exhibits ?? [],
        question: item.question,
        options: item.options.map((o) => ({
          id: o.id,
          text: o.text,
          correct: o.correct,
          rationale: o.rationale,
          struck: r.struck.includes(o.id)
        })),
        chosenOptionId: r.optionId,
        correctOptionId: fb.correctOptionId,
        isCorrect: fb.isCorrect,
        answered: r.optionId !== null,
        flagged: r.flagged,
        confidence: r.confidence,
        changes: r.changes,
        objective: item.objective,
        explanation: item.explanation,
        evidenceNote: item.evidenceNote,
        references: [...item.references]
      }
    })
  }
}

/** Indices matching a review filter; "low confidence" means rated unsure or guess. */
export function filterReview(view: ReviewView, filter: ReviewFilter): number[] {
  const keep = (i: ReviewItem): boolean =>
    filter === 'all' ||
    (filter === 'incorrect' && !i.isCorrect) ||
    (filter === 'flagged' && i.flagged) ||
    (filter === 'low-confidence' && (i.confidence === 'unsure' || i.confidence === 'guess'))
  return view.items.filter(keep).map((i) => i.index)
}
