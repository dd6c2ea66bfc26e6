import type { ErrorCode } from '../../preload/contract'

/** An expected failure a handler reports to the page (bad state, not found, ineligible…). */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'ApiError'
  }
}
