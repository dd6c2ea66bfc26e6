// The quiz slice against the typed fake API: start, answer, stale views, tutor locks, suspend and
// submit, as the page's store drives them. The fake runs the real engine, so steps and errors
// are the ones main would give.
import { describe, expect, it } from 'vitest'
import type { QuizSetup } from '../../../../preload/contract'
import { createAppStore } from '../../../../renderer/src/store'
import { createFakeApi } from './fake-api'

const setup = (over: Partial<QuizSetup> = {}): QuizSetup => ({
  mode: 'timed',
  itemCount: 2,
  sections: ['genetics'],
  pool: 'all',
  secondsPerItem: 60,
  accommodation: 1,
  confidence: false,
  ...over
})

async function started(over: Partial<QuizSetup> = {}) {
  const fake = createFakeApi()
  const store = createAppStore(fake.api)
  await store.getState().startQuiz(setup(over))
  const player = store.getState().player
  if (!player) throw new Error('the quiz did not start')
  return { fake, store, attemptId: player.attemptId }
}

describe('quiz slice', () => {
  it('starts a quiz: shows the player with main’s first view and remembers the set-up', async () => {
    const { fake, store } = await started()
    const state = store.getState()
    expect(state.route).toEqual({ name: 'player' })
    expect(state.lastSetup).toEqual(setup())
    expect(state.player?.step).toBe(1)
    expect(state.player?.items.map((i) => i.stem)).toEqual(['Stem 0', 'Stem 1'])
    expect(fake.calls.map((c) => c.channel)).toEqual(['quiz:start'])
  })

  it('answers with the step and item of the view it holds, and shows main’s new view', async () => {
    const { fake, store, attemptId } = await started()
    await store.getState().answer('B')
    const sent = fake.calls.at(-1)
    expect(sent).toEqual({
      channel: 'quiz:answer',
      args: { attemptId, step: 1, itemIndex: 0, optionId: 'B' }
    })
    expect(store.getState().player?.step).toBe(2)
    expect(store.getState().player?.responses[0]?.optionId).toBe('B')
  })

  it('sends quick clicks one at a time, each built from the view the previous one returned', async () => {
    const { fake, store } = await started()
    const { answer, goTo } = store.getState()
    await Promise.all([answer('A'), goTo(1), answer('C')])
    const sent = fake.calls.slice(1).map((c) => c.args as { step: number; itemIndex: number })
    expect(sent.map((a) => [a.step, a.itemIndex])).toEqual([
      [1, 0],
      [2, 1],
      [3, 1]
    ])
    const responses = store.getState().player?.responses
    expect(responses?.map((r) => r.optionId)).toEqual(['A', 'C'])
  })

  it('refreshes a stale view from main without showing an error', async () => {
    const { fake, store, attemptId } = await started()
    // Main suspends and resumes the attempt on its own (a lost page): the page's view is stale.
    fake.applyBehindPage(attemptId, {
      type: 'suspended',
      reason: 'page-lost',
      elapsedMs: 0,
      at: '2026-03-02T09:00:00.000Z'
    })
    fake.applyBehindPage(attemptId, {
      type: 'resumed',
      at: '2026-03-02T09:00:00.000Z',
      elapsedMs: 0
    })
    await store.getState().answer('B')
    expect(fake.calls.map((c) => c.channel)).toEqual(['quiz:start', 'quiz:answer', 'quiz:get'])
    expect(store.getState().error).toBeNull()
    expect(store.getState().player?.step).toBe(fake.attempt(attemptId).step)
    expect(store.getState().player?.responses[0]?.optionId).toBeNull()
  })

  it('shows main’s refusal and keeps the view: a tutor answer cannot change', async () => {
    const { store } = await started({ mode: 'tutor', accommodation: 'untimed' })
    await store.getState().answer('A')
    expect(store.getState().player?.items[0]?.revealed).toBe(true)
    await store.getState().answer('B')
    expect(store.getState().error?.code).toBe('ANSWER_LOCKED')
    expect(store.getState().player?.responses[0]?.optionId).toBe('A')
  })

  it('does not open the player when main refuses to start, and says why', async () => {
    const fake = createFakeApi()
    const store = createAppStore(fake.api)
    fake.fail('quiz:start', { code: 'NOT_FOUND', message: 'You have not flagged any items yet.' })
    await store.getState().startQuiz(setup({ pool: 'flagged' }))
    expect(store.getState().route).toEqual({ name: 'home' })
    expect(store.getState().player).toBeNull()
    expect(store.getState().error).toEqual({
      code: 'NOT_FOUND',
      message: 'You have not flagged any items yet.'
    })
  })

  it('suspends to Home with the attempt offered for resuming, and resumes it', async () => {
    const { store, attemptId } = await started()
    await store.getState().suspend()
    expect(store.getState().route).toEqual({ name: 'home' })
    expect(store.getState().player).toBeNull()
    expect(store.getState().resumable?.attemptId).toBe(attemptId)
    expect(store.getState().resumable?.status).toBe('suspended')
    await store.getState().resume(attemptId)
    expect(store.getState().route).toEqual({ name: 'player' })
    expect(store.getState().player?.status).toBe('active')
    expect(store.getState().resumable).toBeNull()
  })

  it('submits: goes to the results of that attempt with main’s score, and loads its review', async () => {
    const { store, attemptId } = await started()
    await store.getState().answer('B') // right
    await store.getState().goTo(1)
    await store.getState().answer('A') // wrong (the key is C)
    await store.getState().submit()
    const state = store.getState()
    expect(state.route).toEqual({ name: 'results', attemptId })
    expect(state.player?.status).toBe('submitted')
    expect(state.player?.result?.correct).toBe(1)
    expect(state.resumable).toBeNull()
    await store.getState().loadReview(attemptId)
    expect(store.getState().review?.summary.id).toBe(attemptId)
    expect(store.getState().reviewHistory).toEqual([])
  })

  it('shows an error when the review cannot be loaded, and leaves no review behind', async () => {
    const { store, attemptId } = await started()
    await store.getState().loadReview(attemptId)
    expect(store.getState().error?.code).toBe('NOT_SUBMITTED')
    expect(store.getState().review).toBeNull()
  })
})
