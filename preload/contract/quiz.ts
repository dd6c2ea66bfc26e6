import { z } from 'zod'
import type { AttemptSummary, PlayerView, ReviewView } from '../../questions/engine'
import { channel } from './define'

// A section id of the served course: its shape here, its meaning in main (normalizeQuizConfig
// refuses an id the course does not have), so the contract names no particular course.
const sectionId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/)
const attemptId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)
const optionId = z.enum(['A', 'B', 'C', 'D', 'E'])
const step = z.number().int().min(0).max(1_000_000)
const itemIndex = z.number().int().min(0).max(199)

export const quizSetup = z.strictObject({
  mode: z.enum(['timed', 'tutor']),
  itemCount: z.number().int().min(1).max(100),
  sections: z.array(sectionId).min(1).max(64),
  pool: z.enum(['all', 'unused', 'incorrect', 'flagged']),
  secondsPerItem: z.number().int().min(10).max(600),
  accommodation: z.union([z.literal(1), z.literal(1.5), z.literal(2), z.literal('untimed')]),
  confidence: z.boolean(),
  /**
   * A certificate exam: main draws fresh items (none whose key the learner may know) over the
   * course's sections, and refuses a set-up that differs from the course's rules (time per item,
   * accommodations, minimum items, pool "all"). Absent or false: practice.
   */
  exam: z.boolean().optional()
})
export type QuizSetup = z.infer<typeof quizSetup>

/** An attempt not yet submitted, as Home lists it: enough to recognise it and resume it. */
export interface UnfinishedAttempt {
  attemptId: string
  mode: 'timed' | 'tutor'
  /** A certificate exam (fixed rules), not a practice quiz. */
  exam: boolean
  status: 'active' | 'suspended'
  startedAt: string
  itemCount: number
  answered: number
  /** Null when untimed. */
  remainingMs: number | null
}

/** The page says which step it last saw; main refuses stale intents. */
const intent = { attemptId, step }

export const quizChannels = {
  /** Starts a quiz: draws items for the set-up from the chosen pool and sections and returns the first item's view. NOT_FOUND when the pool is empty, CONFLICT while another attempt is running. */
  'quiz:start': channel<PlayerView>()(quizSetup),
  /** Starts a tutor-mode quiz of the concepts due for review (adaptive review). */
  'quiz:startReview': channel<PlayerView>()(
    z.strictObject({ itemCount: z.number().int().min(1).max(40) })
  ),
  /** The current view of an attempt (item, responses, time left). The view never carries keys or item ids before an item is revealed. */
  'quiz:get': channel<PlayerView>()(z.strictObject({ attemptId })),
  /** The attempt to offer "Resume" for, if any. */
  'quiz:resumable': channel<PlayerView | null>()(z.strictObject({})),
  /** Every attempt not yet submitted (running first), so none is hidden behind another. */
  'quiz:unfinished': channel<UnfinishedAttempt[]>()(z.strictObject({})),
  /** Records the answer to one item (and its confidence when the quiz asks for it). Refused with STALE_STEP, NOT_ACTIVE, TIME_EXPIRED, ANSWER_LOCKED or CONFIDENCE_REQUIRED. */
  'quiz:answer': channel<PlayerView>()(
    z.strictObject({
      ...intent,
      itemIndex,
      optionId,
      confidence: z.enum(['sure', 'unsure', 'guess']).optional()
    })
  ),
  /** Flags or unflags an item for review before submitting. */
  'quiz:flag': channel<PlayerView>()(
    z.strictObject({ ...intent, itemIndex, flagged: z.boolean() })
  ),
  /** Strikes out (or restores) one option of an item: a visual aid that changes no answer. */
  'quiz:strike': channel<PlayerView>()(
    z.strictObject({ ...intent, itemIndex, optionId, struck: z.boolean() })
  ),
  /** Moves to another item; main records the visit so review can show the path taken. */
  'quiz:visit': channel<PlayerView>()(z.strictObject({ ...intent, itemIndex })),
  /** The page is still open: main checkpoints active time. A page that stops sending heartbeats is suspended by main. */
  'quiz:heartbeat': channel<PlayerView>()(z.strictObject({ attemptId })),
  /** Pauses the attempt (the clock stops) until quiz:resume. */
  'quiz:suspend': channel<PlayerView>()(z.strictObject({ attemptId })),
  /** Resumes a suspended attempt; the clock starts again from where it stopped. */
  'quiz:resume': channel<PlayerView>()(z.strictObject({ attemptId })),
  /** Submits the attempt: main scores it from the item snapshot and records it in history. */
  'quiz:submit': channel<PlayerView>()(z.strictObject({ ...intent })),
  /** The submitted attempt with every item, its key, the learner's response and each option's explanation. NOT_SUBMITTED before submission. */
  'quiz:review': channel<ReviewView>()(z.strictObject({ attemptId })),
  /** Every attempt's summary (mode, score, dates), newest first, without per-item outcomes. */
  'history:list': channel<AttemptSummary[]>()(z.strictObject({}))
}
