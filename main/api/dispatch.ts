// The single entry point both transports call: look up the channel, validate the payload with the
// contract's schema, run the handler, and turn every outcome into a Result. Nothing thrown by a
// handler escapes to the transport: expected failures keep their code, bugs become INTERNAL.
import { z } from 'zod'
import {
  contract,
  isChannel,
  type Channel,
  type ErrorCode,
  type ParsedArgsOf,
  type Result,
  type ResultOf
} from '../../preload/contract'
import { expectedFailure } from './errors'

export interface CallContext {
  transport: 'ipc' | 'http'
}

export type Handler<C extends Channel> = (
  args: ParsedArgsOf<C>,
  ctx: CallContext
) => Promise<ResultOf<C>> | ResultOf<C>

/** Every channel must have a handler: a missing one is a compile error where this is built. */
export type Handlers = { [C in Channel]: Handler<C> }

export type Dispatch = (channel: string, raw: unknown, ctx: CallContext) => Promise<Result<unknown>>

export function createDispatch(
  handlers: Handlers,
  log: (message: string, error: unknown) => void = (m, e) => console.error(m, e)
): Dispatch {
  return async (channel, raw, ctx) => {
    if (!isChannel(channel)) {
      return fail('UNKNOWN_CHANNEL', `There is no API channel named "${channel.slice(0, 64)}".`)
    }
    const parsed = contract[channel].args.safeParse(raw)
    if (!parsed.success) {
      return fail('INVALID_ARGS', describeIssues(channel, parsed.error))
    }
    try {
      const handler = handlers[channel] as (args: unknown, ctx: CallContext) => unknown
      const value = await handler(parsed.data, ctx)
      return { ok: true, value }
    } catch (error) {
      const expected = expectedFailure(error)
      if (expected) return fail(expected.code, expected.message)
      log(`Handler for ${channel} failed`, error)
      return fail('INTERNAL', 'Something went wrong inside the app. Nothing was changed.')
    }
  }
}

function fail(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } }
}

function describeIssues(channel: string, error: z.ZodError): string {
  const first = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : 'payload'
    return `${where}: ${issue.message}`
  })
  return `Invalid request to ${channel}: ${first.join('; ')}`
}
