// A channel pairs a zod schema for its arguments (validated at the boundary, in main) with a
// phantom result type. Results need no runtime schema: main produces them.
import type { z } from 'zod'

export interface ChannelDef<A extends z.ZodType, R> {
  readonly args: A
  /** Type-only marker; never set at run time. */
  readonly __result?: R
}

/** `channel<ResultType>()(argsSchema)` — the two calls let TypeScript infer A while R is given. */
export const channel =
  <R>() =>
  <A extends z.ZodType>(args: A): ChannelDef<A, R> => ({ args })
