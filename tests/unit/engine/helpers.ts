import {
  applyEvent,
  applyIntent,
  initialState,
  timeLimitMs,
  type AttemptState,
  type Intent,
  type QuizConfig
} from '../../../questions/engine'
import { makeConfig, makeItems } from './fixtures'

export function startState(overrides: Partial<QuizConfig> = {}): AttemptState {
  const config = makeConfig(overrides)
  return initialState('a1', {
    type: 'started',
    at: '2026-01-01T00:00:00.000Z',
    config,
    items: makeItems(config.itemCount),
    timeLimitMs: timeLimitMs(config),
    seed: 's',
    elapsedMs: 0
  })
}

/** Applies an intent and returns the new state; throws if the engine refused it. */
export function act(
  state: AttemptState,
  intent: Intent,
  elapsedMs = state.elapsedMs
): AttemptState {
  const result = applyIntent(state, intent, elapsedMs, '2026-01-01T01:00:00.000Z')
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return applyEvent(state, result.event)
}
