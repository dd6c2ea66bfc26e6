// certificate:issue checks the answers against the course's own evaluation (not a fixed schema),
// and certificate records stored with the old fixed evaluation (before objectivesMet) still load.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { rlsCausesCourse } from '../../../questions/content/course'
import {
  EVALUATION,
  PROFILE,
  openHarness,
  takeQuiz,
  type Harness
} from '../certificate-service/helpers'

let h: Harness
beforeEach(async () => {
  h = await openHarness()
  await h.call('profile:save', PROFILE)
})
afterEach(async () => {
  await h.close()
})

describe('the evaluation before a certificate', () => {
  it('is the course’s: eligibility carries its questions', async () => {
    const id = await takeQuiz(h)
    const check = await h.call('certificate:eligibility', { attemptId: id })
    expect(check.evaluation).toEqual(rlsCausesCourse.provider.evaluation)
  })

  it.each([
    ['without "were the objectives met"', (({ objectivesMet: _o, ...rest }) => rest)(EVALUATION)],
    ['with a choice the course does not offer', { ...EVALUATION, balanced: 'mostly' }],
    ['with a scale value out of range', { ...EVALUATION, relevance: 7 }],
    ['with an answer to a question the course does not ask', { ...EVALUATION, mood: 'good' }],
    [
      'with text over the question’s length',
      { ...EVALUATION, intentToChangeDetails: 'x'.repeat(1001) }
    ]
  ])('refuses an evaluation %s', async (_name, evaluation) => {
    const id = await takeQuiz(h)
    const result = await h.attempt('certificate:issue', { attemptId: id, evaluation })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.code).toBe('EVALUATION_INCOMPLETE')
    expect(await h.call('certificate:list', {})).toEqual([])
  })

  it('keeps a record issued with the old fixed evaluation', async () => {
    const id = await takeQuiz(h)
    await h.call('certificate:issue', { attemptId: id, evaluation: EVALUATION })
    const old = {
      relevance: 5,
      intentToChange: 'unsure',
      intentToChangeDetails: '',
      balanced: 'yes',
      commercialBias: 'none'
    }
    await h.ctx.services.store.update((draft) => {
      draft.certificates[0]!.evaluation = old
    })
    const [listed] = await h.call('certificate:list', {})
    expect(listed?.attemptId).toBe(id)
    expect(listed?.evaluation).toEqual(old)
  })
})
