// Expected failures as the API reports them. Handlers throw ApiError for checks of their own;
// services throw their own ServiceError (main/services/service-error.ts), which the dispatch maps
// here, so the services never import the API layer.
import type { ApiErrorBody, ErrorCode } from '../../preload/contract'
import { ServiceError } from '../services/service-error'

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

/** The code and message of an expected failure, or null for anything else (a bug). */
export function expectedFailure(error: unknown): ApiErrorBody | null {
  if (error instanceof ApiError || error instanceof ServiceError) {
    return { code: error.code, message: error.message }
  }
  return null
}
