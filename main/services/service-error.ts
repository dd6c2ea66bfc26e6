// The services' own expected failure: a code from the contract's closed ErrorCode list and a
// message for the learner. Services know nothing of the API layer; main/api/dispatch.ts maps a
// ServiceError to a failed Result with the same code and message (anything else is INTERNAL).
import type { ErrorCode } from '../../preload/contract'

export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'ServiceError'
  }
}
