// Striking out the option the learner chose rules it out, so it can no longer stay chosen.
import { describe, expect, it } from 'vitest'
import { scoreAttempt } from '../../../questions/engine'
import { act, startState } from './helpers'

describe('strike-out of the chosen option', () => {
  it('withdraws the answer in a timed exam; the item counts as unanswered', () => {
    let s = startState({ mode: 'timed' })
    s = act(s, { kind: 'answer', step: 1, itemIndex: 0, optionId: 'B' })
    s = act(s, { kind: 'strike', step: s.step, itemIndex: 0, optionId: 'B', struck: true })
    expect(s.responses[0]).toMatchObject({ optionId: null, struck: ['B'] })
    expect(scoreAttempt(s).answered).toBe(0)
    // Restoring it does not bring the answer back: the learner chooses again.
    s = act(s, { kind: 'strike', step: s.step, itemIndex: 0, optionId: 'B', struck: false })
    expect(s.responses[0]).toMatchObject({ optionId: null, struck: [] })
  })

  it('leaves the answer alone when another option is struck', () => {
    let s = startState({ mode: 'timed' })
    s = act(s, { kind: 'answer', step: 1, itemIndex: 0, optionId: 'B' })
    s = act(s, { kind: 'strike', step: s.step, itemIndex: 0, optionId: 'C', struck: true })
    expect(s.responses[0]).toMatchObject({ optionId: 'B', struck: ['C'] })
  })

  it('never withdraws a tutor-mode answer, which is final once explained', () => {
    let s = startState({ mode: 'tutor', confidence: false })
    s = act(s, { kind: 'answer', step: 1, itemIndex: 0, optionId: 'B' })
    s = act(s, { kind: 'strike', step: s.step, itemIndex: 0, optionId: 'B', struck: true })
    expect(s.responses[0]!.optionId).toBe('B')
  })
})
