// quiz:* and history:list — thin translations from validated requests to the attempt service.
// The service owns time, steps and scoring; the bank draws the items.
import type { Handlers } from '../dispatch'
import type { Services } from '../../app/services'
import { ApiError } from '../errors'

type QuizChannels =
  | 'quiz:start'
  | 'quiz:startReview'
  | 'quiz:get'
  | 'quiz:resumable'
  | 'quiz:unfinished'
  | 'quiz:answer'
  | 'quiz:flag'
  | 'quiz:strike'
  | 'quiz:visit'
  | 'quiz:heartbeat'
  | 'quiz:suspend'
  | 'quiz:resume'
  | 'quiz:submit'
  | 'quiz:review'
  | 'history:list'

export function quizHandlers(s: Services): Pick<Handlers, QuizChannels> {
  return {
    'quiz:start': async (setup) => {
      const seed = s.newSeed()
      const passMarkPercent = s.rules.passMarkPercent
      if (setup.exam === true) {
        const openKeys = await s.attempts.keysShownInOpenAttempts()
        const items = s.draw.exam(setup.itemCount, seed, openKeys)
        // Fewer fresh items than asked for: the config check refuses it with the course's minimum.
        return s.attempts.start({ ...setup, itemCount: items.length, passMarkPercent }, items, seed)
      }
      const items = s.draw.quiz(setup, seed)
      if (items.length === 0) {
        throw new ApiError('NOT_FOUND', emptyPoolMessage(setup.pool))
      }
      return s.attempts.start({ ...setup, itemCount: items.length, passMarkPercent }, items, seed)
    },
    'quiz:startReview': async ({ itemCount }) => {
      const seed = s.newSeed()
      const items = s.draw.review(itemCount, seed)
      if (items.length === 0) {
        throw new ApiError('NOT_FOUND', 'No concepts are due for review right now.')
      }
      return s.attempts.start(
        {
          mode: 'tutor',
          itemCount: items.length,
          sections: [...new Set(items.map((i) => i.section))],
          pool: 'all',
          secondsPerItem: 90,
          accommodation: 'untimed',
          confidence: true,
          passMarkPercent: s.rules.passMarkPercent
        },
        items,
        seed
      )
    },
    'quiz:get': ({ attemptId }) => s.attempts.get(attemptId),
    'quiz:resumable': () => s.attempts.active(),
    'quiz:unfinished': async () =>
      // Reading an attempt may submit it (its time ran out while away): leave those out.
      (await s.attempts.unfinished())
        .filter((view) => view.status !== 'submitted')
        .map((view) => ({
          attemptId: view.attemptId,
          mode: view.config.mode,
          exam: view.config.exam !== undefined,
          status: view.status === 'active' ? 'active' : 'suspended',
          startedAt: view.startedAt,
          itemCount: view.items.length,
          answered: view.responses.filter((r) => r.optionId !== null).length,
          remainingMs: view.timing.remainingMs
        })),
    'quiz:answer': (request) => s.attempts.answer(request),
    'quiz:flag': (request) => s.attempts.flag(request),
    'quiz:strike': (request) => s.attempts.strike(request),
    'quiz:visit': (request) => s.attempts.visit(request),
    'quiz:heartbeat': ({ attemptId }) => s.attempts.heartbeat(attemptId),
    'quiz:suspend': ({ attemptId }) => s.attempts.suspend(attemptId, 'user'),
    'quiz:resume': ({ attemptId }) => s.attempts.resume(attemptId),
    'quiz:submit': (request) => s.attempts.submit(request),
    'quiz:review': ({ attemptId }) => s.attempts.review(attemptId),
    'history:list': () => s.history.forPage()
  }
}

function emptyPoolMessage(pool: string): string {
  switch (pool) {
    case 'incorrect':
      return 'You have no incorrectly answered items yet. Choose another pool.'
    case 'flagged':
      return 'You have not flagged any items yet. Choose another pool.'
    case 'unused':
      return 'You have seen every item in the chosen sections. Choose another pool.'
    default:
      return 'No items match these settings.'
  }
}
