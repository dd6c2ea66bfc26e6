// Every channel answers with a Result: expected failures are values, not exceptions, so the page
// can always show a clear message and nothing crashes on bad input.

export type ErrorCode =
  | 'INVALID_ARGS'
  | 'UNKNOWN_CHANNEL'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'STALE_STEP'
  | 'TIME_EXPIRED'
  | 'NOT_ALLOWED'
  | 'INELIGIBLE'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'PAYLOAD_TOO_LARGE'
  | 'INTERNAL'
  | (string & {})

export interface ApiErrorBody {
  code: ErrorCode
  message: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody }
