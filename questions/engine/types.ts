// The attempt model. An attempt is an append-only list of events; folding the list gives the
// state (as Moodle's question-attempt steps do). Nothing here is derived from the page's word:
// every time and score field is computed by main from its own clock and the item snapshot.
import type { Item, OptionId, SectionId } from '../item'

export type QuizMode = 'timed' | 'tutor'
export type QuizPool = 'all' | 'unused' | 'incorrect' | 'flagged'
/** Time multiplier; 'untimed' exists only for tutor (practice) mode. */
export type Accommodation = 1 | 1.5 | 2 | 'untimed'
export type Confidence = 'sure' | 'unsure' | 'guess'
export type SuspendReason =
  | 'user'
  | 'window-closed'
  | 'page-lost'
  | 'crash-recovered'
  /** Detected at a tick: the wall clock moved on while the monotonic clock stood still. */
  | 'system-sleep'
export type SubmitReason = 'user' | 'expired'
export type AttemptStatus = 'active' | 'suspended' | 'submitted'

export const OPTION_IDS: readonly OptionId[] = ['A', 'B', 'C', 'D', 'E']
export const CONFIDENCE_LEVELS: readonly Confidence[] = ['sure', 'unsure', 'guess']

export interface QuizConfig {
  mode: QuizMode
  /** Always equal to the number of items actually drawn (set by the engine at start). */
  itemCount: number
  sections: SectionId[]
  pool: QuizPool
  secondsPerItem: number
  accommodation: Accommodation
  confidence: boolean
  /** Copied from the course rules at start so later changes don't rewrite history. */
  passMarkPercent: number
  /**
   * Present only on a certificate exam: the course rules it was started under. Its time per item,
   * sections and accommodation were checked against those rules by main, not chosen freely.
   */
  exam?: { rulesId: string }
}

export type AttemptEvent =
  | {
      type: 'started'
      at: string
      config: QuizConfig
      items: Item[]
      timeLimitMs: number | null
      seed: string
      elapsedMs: number
      /** Each item's canonical seed when known: re-deriving it from the bank is one generation. */
      itemSeeds?: (number | null)[]
    }
  | {
      type: 'answered'
      itemIndex: number
      optionId: OptionId
      confidence?: Confidence
      elapsedMs: number
    }
  | { type: 'flagged'; itemIndex: number; flagged: boolean; elapsedMs: number }
  | { type: 'struck'; itemIndex: number; optionId: OptionId; struck: boolean; elapsedMs: number }
  | { type: 'visited'; itemIndex: number; elapsedMs: number }
  | { type: 'suspended'; reason: SuspendReason; elapsedMs: number; at: string }
  | { type: 'resumed'; at: string; elapsedMs: number }
  | { type: 'submitted'; reason: SubmitReason; elapsedMs: number; at: string }

export type AttemptEventType = AttemptEvent['type']

export interface Checkpoint {
  /** Active time at the last heartbeat; the only time that survives a crash. */
  elapsedMs: number
  at: string
}

export interface AttemptRecord {
  schemaVersion: 1
  id: string
  events: AttemptEvent[]
  /** Rewritten in place by heartbeats rather than appended, so the log stays small. */
  checkpoint: Checkpoint
  /**
   * HMAC-SHA256 of the rest of the record with this installation's attempt key (see
   * main/services/attempts-seal.ts). Absent on a restored or foreign attempt.
   */
  mac?: string
  /** Set when the attempt came from a backup: it stays readable but never earns a certificate. */
  restored?: { at: string; exportedAt: string }
}

export interface ItemResponse {
  optionId: OptionId | null
  confidence: Confidence | null
  flagged: boolean
  struck: OptionId[]
  visited: boolean
  /** How many times the learner changed an existing answer (useful in review). */
  changes: number
}

export interface AttemptState {
  schemaVersion: 1
  id: string
  /** Number of events in the log. */
  step: number
  /** Step right after the latest start/suspend/resume/submit; older page views are stale. */
  lifecycleStep: number
  status: AttemptStatus
  config: QuizConfig
  items: Item[]
  timeLimitMs: number | null
  seed: string
  startedAt: string
  submittedAt: string | null
  submitReason: SubmitReason | null
  lastSuspendReason: SuspendReason | null
  everSuspended: boolean
  suspensionCount: number
  /** Wall-clock time between each suspension and its resume (or now, for none: 0 while open). */
  suspendedMs: number
  /** Wall time of the latest suspension, to add its length when it is resumed. */
  suspendedSince: string | null
  responses: ItemResponse[]
  currentIndex: number
  /** Active time: from the latest event, or the checkpoint while still active. */
  elapsedMs: number
}

export type EngineErrorCode =
  | 'BAD_REQUEST'
  | 'INVALID_CONFIG'
  | 'STALE_STEP'
  | 'NOT_ACTIVE'
  | 'ITEM_OUT_OF_RANGE'
  | 'OPTION_UNKNOWN'
  | 'TIME_EXPIRED'
  | 'ANSWER_LOCKED'
  | 'CONFIDENCE_REQUIRED'
  | 'NOT_SUBMITTED'

export interface EngineError {
  code: EngineErrorCode
  message: string
}

export type EngineResult<T> = { ok: true; value: T } | { ok: false; error: EngineError }

export const fail = (
  code: EngineErrorCode,
  message: string
): { ok: false; error: EngineError } => ({
  ok: false,
  error: { code, message }
})
