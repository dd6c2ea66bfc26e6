// Errors the attempt service reports to the page. They are ServiceErrors, so the dispatcher
// passes code and message through as a structured error instead of INTERNAL.
import type { EngineError, EngineErrorCode } from '../../questions/engine'
import { ServiceError } from './service-error'

export type AttemptErrorCode = EngineErrorCode | 'NOT_FOUND' | 'STORE_FAILED' | 'SUSPEND_LIMIT'

export class AttemptError extends ServiceError {
  constructor(
    override readonly code: AttemptErrorCode,
    message: string
  ) {
    super(code, message)
    this.name = 'AttemptError'
  }

  static from(error: EngineError): AttemptError {
    return new AttemptError(error.code, error.message)
  }

  toJSON(): { code: AttemptErrorCode; message: string } {
    return { code: this.code, message: this.message }
  }
}
