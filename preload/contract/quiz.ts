import { z } from 'zod'
import type { AttemptSummary, PlayerView, ReviewView } from '../../questions/engine'
import { channel } from './define'

const sectionId = z.enum([
  'genetics',
  'dopamine-brain-iron',
  'iron-status',
  'systemic',
  'neurological',
  'medications',
  'lifestyle-sleep',
  'pitfalls-epidemiology'
])
const attemptId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)
const optionId = z.enum(['A', 'B', 'C', 'D', 'E'])
const step = z.number().int().min(0).max(1_000_000)
const itemIndex = z.number().int().min(0).max(199)

export const quizSetup = z.strictObject({
  mode: z.enum(['timed', 'tutor']),
  itemCount: z.number().int().min(1).max(100),
  sections: z.array(sectionId).min(1).max(8),
  pool: z.enum(['all', 'unused', 'incorrect', 'flagged']),
  secondsPerItem: z.number().int().min(10).max(600),
  accommodation: z.union([z.literal(1), z.literal(1.5), z.literal(2), z.literal('untimed')]),
  confidence: z.boolean()
})
export type QuizSetup = z.infer<typeof quizSetup>

/** The page says which step it last saw; main refuses stale intents. */
const intent = { attemptId, step }

export const quizChannels = {
  'quiz:start': channel<PlayerView>()(quizSetup),
  /** Starts a tutor-mode quiz of the concepts due for review (adaptive review). */
  'quiz:startReview': channel<PlayerView>()(
    z.strictObject({ itemCount: z.number().int().min(1).max(40) })
  ),
  'quiz:get': channel<PlayerView>()(z.strictObject({ attemptId })),
  /** The attempt to offer "Resume" for, if any. */
  'quiz:resumable': channel<PlayerView | null>()(z.strictObject({})),
  'quiz:answer': channel<PlayerView>()(
    z.strictObject({
      ...intent,
      itemIndex,
      optionId,
      confidence: z.enum(['sure', 'unsure', 'guess']).optional()
    })
  ),
  'quiz:flag': channel<PlayerView>()(
    z.strictObject({ ...intent, itemIndex, flagged: z.boolean() })
  ),
  'quiz:strike': channel<PlayerView>()(
    z.strictObject({ ...intent, itemIndex, optionId, struck: z.boolean() })
  ),
  'quiz:visit': channel<PlayerView>()(z.strictObject({ ...intent, itemIndex })),
  'quiz:heartbeat': channel<PlayerView>()(z.strictObject({ attemptId })),
  'quiz:suspend': channel<PlayerView>()(z.strictObject({ attemptId })),
  'quiz:resume': channel<PlayerView>()(z.strictObject({ attemptId })),
  'quiz:submit': channel<PlayerView>()(z.strictObject({ ...intent })),
  'quiz:review': channel<ReviewView>()(z.strictObject({ attemptId })),
  'history:list': channel<AttemptSummary[]>()(z.strictObject({}))
}
