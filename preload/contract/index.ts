// The one API contract: channel name → argument schema → result type. main registers a handler
// for every key (a missing one is a compile error), the preload exposes one function per key, and
// the renderer's client derives its types from it. Nothing is typed twice.
import type { z } from 'zod'
import { appChannels } from './app'
import { certificateChannels } from './certificate'
import { claimChannels } from './claim'
import { courseChannels } from './course'
import type { ChannelDef } from './define'
import { progressChannels } from './progress'
import { quizChannels } from './quiz'
import type { Result } from './result'

export const contract = {
  ...appChannels,
  ...courseChannels,
  ...quizChannels,
  ...progressChannels,
  ...certificateChannels,
  ...claimChannels
}

export type Contract = typeof contract
export type Channel = keyof Contract

type DefOf<C extends Channel> = Contract[C]
type ArgsSchema<C extends Channel> = DefOf<C> extends ChannelDef<infer A, unknown> ? A : never

/** What the page sends (before defaults are applied). */
export type ArgsOf<C extends Channel> = z.input<ArgsSchema<C>>
/** What the handler receives (validated, defaults applied). */
export type ParsedArgsOf<C extends Channel> = z.output<ArgsSchema<C>>
export type ResultOf<C extends Channel> =
  DefOf<C> extends ChannelDef<z.ZodType, infer R> ? R : never

/** The client-side API: one async function per channel, never throwing for expected failures. */
export type Api = { [C in Channel]: (args: ArgsOf<C>) => Promise<Result<ResultOf<C>>> }

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name)
}

export * from './result'
export type * from './types'
export type { QuizSetup, UnfinishedAttempt } from './quiz'
export type * from './progress'
export type * from './certificate'
export type * from './claim'
export type { CourseInfo } from './course'
