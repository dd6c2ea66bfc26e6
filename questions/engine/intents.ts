// What the page may ask for, and the rules that turn a request into an event. The page's request
// is read field by field: anything it adds (elapsedMs, score, correct, timeLimitMs) never reaches
// the event, because events are built here from main's own clock and the item snapshot.
import type { OptionId } from '../item'
import { isExpired, reportedElapsedMs } from './timer'
import {
  CONFIDENCE_LEVELS,
  OPTION_IDS,
  fail,
  type AttemptEvent,
  type AttemptState,
  type Confidence,
  type EngineError
} from './types'

export type Intent =
  | { kind: 'answer'; step: number; itemIndex: number; optionId: OptionId; confidence?: Confidence }
  | { kind: 'flag'; step: number; itemIndex: number; flagged: boolean }
  | { kind: 'strike'; step: number; itemIndex: number; optionId: OptionId; struck: boolean }
  | { kind: 'visit'; step: number; itemIndex: number }
  | { kind: 'submit'; step: number }

export type IntentKind = Intent['kind']
export type IntentResult = { ok: true; event: AttemptEvent } | { ok: false; error: EngineError }

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const isIndex = (v: unknown): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0

/** Builds a typed intent from untrusted input, copying only the fields the kind defines. */
export function parseIntent(
  kind: IntentKind,
  raw: unknown
): { ok: true; intent: Intent } | { ok: false; error: EngineError } {
  if (!isRecord(raw)) return fail('BAD_REQUEST', 'The request must be an object.')
  const { step } = raw
  if (!isIndex(step)) return fail('BAD_REQUEST', 'step must be a non-negative whole number.')
  if (kind === 'submit') return { ok: true, intent: { kind, step } }
  const { itemIndex } = raw
  if (!isIndex(itemIndex)) return fail('BAD_REQUEST', 'itemIndex must be a non-negative integer.')
  if (kind === 'visit') return { ok: true, intent: { kind, step, itemIndex } }
  if (kind === 'flag') {
    if (typeof raw.flagged !== 'boolean') return fail('BAD_REQUEST', 'flagged must be true/false.')
    return { ok: true, intent: { kind, step, itemIndex, flagged: raw.flagged } }
  }
  const optionId = raw.optionId
  if (!OPTION_IDS.includes(optionId as OptionId)) {
    return fail('OPTION_UNKNOWN', 'optionId must be one of A, B, C, D, E.')
  }
  if (kind === 'strike') {
    if (typeof raw.struck !== 'boolean') return fail('BAD_REQUEST', 'struck must be true/false.')
    return {
      ok: true,
      intent: { kind, step, itemIndex, optionId: optionId as OptionId, struck: raw.struck }
    }
  }
  const confidence = raw.confidence
  if (confidence !== undefined && !CONFIDENCE_LEVELS.includes(confidence as Confidence)) {
    return fail('BAD_REQUEST', 'confidence must be sure, unsure or guess.')
  }
  const intent: Intent = { kind, step, itemIndex, optionId: optionId as OptionId }
  if (confidence !== undefined) intent.confidence = confidence as Confidence
  return { ok: true, intent }
}

/**
 * Steps: each accepted request appends exactly one event, so `step` counts them. A request is
 * stale when the page has not seen the latest start/suspend/resume/submit (its view predates a
 * lifecycle change), or claims a step the log has not reached. Requests within one running
 * segment may carry the same step, so a page can fire answers without waiting for each one;
 * the service applies them in arrival order.
 */
export function checkStep(state: AttemptState, step: number): EngineError | null {
  if (step < state.lifecycleStep || step > state.step) {
    return {
      code: 'STALE_STEP',
      message: `This screen is out of date (it saw step ${step}; the attempt is at step ${state.step}). Reload the attempt.`
    }
  }
  return null
}

export function applyIntent(
  state: AttemptState,
  intent: Intent,
  nowElapsedMs: number,
  nowIso: string
): IntentResult {
  if (state.status === 'submitted') {
    return state.submitReason === 'expired'
      ? fail('TIME_EXPIRED', 'Time is up: the attempt was submitted with the answers given.')
      : fail('NOT_ACTIVE', 'This attempt has already been submitted.')
  }
  if (state.status !== 'active')
    return fail('NOT_ACTIVE', 'This attempt is suspended; resume it first.')
  const stale = checkStep(state, intent.step)
  if (stale) return { ok: false, error: stale }
  const elapsedMs = Math.max(state.elapsedMs, nowElapsedMs)
  if (intent.kind === 'submit') {
    const at = nowIso
    return {
      ok: true,
      event: {
        type: 'submitted',
        reason: 'user',
        elapsedMs: reportedElapsedMs(state.timeLimitMs, elapsedMs),
        at
      }
    }
  }
  if (isExpired(state.timeLimitMs, elapsedMs)) {
    return fail('TIME_EXPIRED', 'Time is up: this answer arrived after the deadline.')
  }
  const item = state.items[intent.itemIndex]
  const response = state.responses[intent.itemIndex]
  if (item === undefined || response === undefined) {
    return fail('ITEM_OUT_OF_RANGE', `There is no item ${intent.itemIndex + 1} in this quiz.`)
  }
  const { itemIndex } = intent
  switch (intent.kind) {
    case 'visit':
      return { ok: true, event: { type: 'visited', itemIndex, elapsedMs } }
    case 'flag':
      return { ok: true, event: { type: 'flagged', itemIndex, flagged: intent.flagged, elapsedMs } }
    case 'strike':
    case 'answer': {
      const { optionId } = intent
      if (!item.options.some((o) => o.id === optionId)) {
        return fail('OPTION_UNKNOWN', `Item ${itemIndex + 1} has no option ${optionId}.`)
      }
      if (intent.kind === 'strike') {
        return {
          ok: true,
          event: { type: 'struck', itemIndex, optionId, struck: intent.struck, elapsedMs }
        }
      }
      const tutor = state.config.mode === 'tutor'
      // In tutor mode the key is shown right after answering, so a changed answer would be a
      // copy of the key rather than the learner's own.
      if (tutor && response.optionId !== null) {
        return fail(
          'ANSWER_LOCKED',
          'In tutor mode an answer is final once its explanation is shown.'
        )
      }
      const confidence = state.config.confidence ? intent.confidence : undefined
      // Tutor answers are final, so a confidence rating can only be given with the answer.
      if (tutor && state.config.confidence && confidence === undefined) {
        return fail(
          'CONFIDENCE_REQUIRED',
          'Rate your confidence (sure, unsure, guess) before answering.'
        )
      }
      const event: AttemptEvent = { type: 'answered', itemIndex, optionId, elapsedMs }
      if (confidence !== undefined) event.confidence = confidence
      return { ok: true, event }
    }
  }
}
