// Every channel answers with a Result: expected failures are values, not exceptions, so the page
// can always show a clear message and nothing crashes on bad input.

/**
 * Every error code the app can return, with what it means. Closed: a handler, service or
 * transport that reports a code missing here is a compile error, and docs/API.md lists these.
 */
export const ERROR_CODES = {
  INVALID_ARGS:
    'The arguments do not match the channel’s schema (wrong type, missing or extra field).',
  UNKNOWN_CHANNEL: 'There is no channel of that name.',
  BAD_REQUEST:
    'A well-formed request that still cannot be read (for example a malformed attempt id).',
  NOT_FOUND: 'The attempt, certificate or pool asked for does not exist (or is empty).',
  CONFLICT: 'The request contradicts the current state (for example a second running attempt).',
  STALE_STEP: 'The page acted on an outdated view of an attempt; reload the attempt and retry.',
  NOT_ACTIVE: 'The attempt is suspended or submitted, so it accepts no answers.',
  INVALID_CONFIG:
    'The quiz set-up is not allowed (for example a mode with an accommodation it lacks).',
  ITEM_OUT_OF_RANGE: 'The item index is not in this attempt.',
  OPTION_UNKNOWN: 'The option is not one of the item’s options.',
  TIME_EXPIRED: 'Time is up: the attempt was submitted with the answers already given.',
  ANSWER_LOCKED: 'Tutor mode: this item’s answer was submitted and cannot change.',
  CONFIDENCE_REQUIRED: 'The quiz asks for a confidence rating with each answer.',
  NOT_SUBMITTED: 'The review opens only once the attempt is submitted.',
  SUSPEND_LIMIT:
    'A certificate exam has used the suspensions its course allows; the Suspend button is refused.',
  NOT_ALLOWED: 'The action is not allowed in this state (for example a restore during a quiz).',
  PROFILE_INCOMPLETE:
    'The certificate needs the profile’s name (and the fields the course asks for).',
  INELIGIBLE: 'The attempt does not meet the certificate rules; the message says which.',
  EVALUATION_INCOMPLETE:
    'The course’s evaluation is not complete or not valid (a required question, a choice not offered, text too long).',
  ATTESTATION_REQUIRED: 'A credit claim needs the learner’s attestation (the course’s statement).',
  CREDITS_NOT_ALLOWED:
    'The credit claimed is above the course’s maximum, above the time spent, or not a multiple of its increment.',
  CERTIFICATE_ALTERED:
    'The stored certificate record disagrees with its own signature (it was edited); not printed.',
  INVALID_BACKUP: 'The backup file cannot be restored; nothing was changed.',
  RESTORE_FAILED:
    'A restore failed while writing; the message says whether everything was put back or where the copy of the earlier data is.',
  STORE_FAILED: 'The change could not be saved to disk, so it was not recorded.',
  UNAUTHORIZED: 'Browser edition: the token is missing or wrong.',
  FORBIDDEN: 'The caller is not this app’s own page (foreign origin, host or IPC sender).',
  PAYLOAD_TOO_LARGE: 'Browser edition: the request body is over the size limit.',
  OFFLINE: 'Page side only: the app’s server could not be reached.',
  INTERNAL: 'A bug: the message never leaks internals and nothing was changed.'
} as const

export type ErrorCode = keyof typeof ERROR_CODES

export interface ApiErrorBody {
  code: ErrorCode
  message: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody }
