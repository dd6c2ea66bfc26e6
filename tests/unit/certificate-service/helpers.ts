// Drives real attempts through the real composition root over a temp data folder. Items come from
// the assembler, so the test knows every key; the page never does until after submit.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  createAppContext,
  type AppContext,
  type AppContextOptions
} from '../../../main/app/context'
import type { ArgsOf, Channel, ResultOf } from '../../../preload/contract'
import { assembleQuiz } from '../../../questions/assemble'
import { sectionIds } from '../../../questions/content/sections'
import type { SectionId } from '../../../questions/item'
import { FakeClock } from '../attempts/helpers'
import { rlsCausesCourse } from '../../../questions/content/course'

export interface Harness {
  ctx: AppContext
  clock: FakeClock
  dir: string
  call<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>>
  /** The raw Result, for expected failures. */
  attempt<C extends Channel>(channel: C, args: unknown): ReturnType<AppContext['dispatch']>
  close(): Promise<void>
}

/** `extra` (a course, rules) is passed to the composition root; `wall` sets the start date. */
export async function openHarness(
  extra: Partial<Pick<AppContextOptions, 'course' | 'courseRules'>> = {},
  wall?: string
): Promise<Harness> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rls-cert-svc-'))
  const clock = new FakeClock(wall === undefined ? undefined : Date.parse(wall))
  const ctx = await createAppContext({
    course: rlsCausesCourse,
    dataDir: dir,
    edition: 'browser',
    clock,
    tickMs: 3_600_000,
    ...extra
  })
  return {
    ctx,
    clock,
    dir,
    async call(channel, args) {
      const result = await ctx.dispatch(channel, args, { transport: 'http' })
      if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`)
      return result.value as never
    },
    attempt: (channel, args) => ctx.dispatch(channel, args, { transport: 'http' }),
    close: async () => {
      await ctx.close()
      await rm(dir, { recursive: true, force: true })
    }
  }
}

export interface QuizPlan {
  mode?: 'timed' | 'tutor'
  count?: number
  sections?: readonly SectionId[]
  accommodation?: 1 | 'untimed'
  /** How many items to answer correctly (the rest wrong); default all. */
  correct?: number
  submit?: boolean
  passMarkPercent?: number
  /** A certificate exam (course rules); default: whenever the plan fits the course's rules. */
  exam?: boolean
  /** Working time per item; default 25 s, above the course's 20 s minimum. */
  msPerItem?: number
  /** Suspend after answering these item indexes, each time for `pauseMs` (default 4 min). */
  pauseAfter?: number[]
  pauseMs?: number
}

/** Starts, answers and (by default) submits an attempt; returns its id. */
export async function takeQuiz(h: Harness, plan: QuizPlan = {}): Promise<string> {
  const sections = [...(plan.sections ?? sectionIds)]
  const items = assembleQuiz({
    course: rlsCausesCourse,
    count: plan.count ?? 20,
    sections,
    seed: `t-${Math.random()}`
  })
  const attempts = h.ctx.services.attempts
  const mode = plan.mode ?? 'timed'
  const exam =
    plan.exam ?? (mode === 'timed' && items.length >= 20 && sections.length === sectionIds.length)
  let view = await attempts.start(
    {
      mode,
      ...(exam ? { exam: true } : {}),
      itemCount: items.length,
      sections,
      pool: 'all',
      secondsPerItem: 90,
      accommodation: plan.accommodation ?? 1,
      confidence: false,
      passMarkPercent: plan.passMarkPercent ?? 75
    },
    items
  )
  const correct = plan.correct ?? items.length
  for (let i = 0; i < items.length; i++) {
    h.clock.advance(plan.msPerItem ?? 25_000)
    const pick = items[i]!.options.find((o) => o.correct === i < correct)!
    view = await attempts.answer({
      attemptId: view.attemptId,
      step: view.step,
      itemIndex: i,
      optionId: pick.id
    })
    if (plan.pauseAfter?.includes(i)) {
      await attempts.suspend(view.attemptId)
      h.clock.advance(plan.pauseMs ?? 240_000)
      view = await attempts.resume(view.attemptId)
    }
  }
  if (plan.submit !== false) {
    view = await attempts.submit({ attemptId: view.attemptId, step: view.step })
  }
  return view.attemptId
}

/** Answers to every question of the RLS course's evaluation (questions/content/course.ts). */
export const EVALUATION = {
  objectivesMet: 'yes',
  relevance: 4,
  intentToChange: 'yes',
  intentToChangeDetails: 'Check ferritin before starting dopamine agonists.',
  balanced: 'yes',
  commercialBias: 'none',
  comments: 'Clear cases.'
} as const

export const PROFILE = { fullName: 'Zoë Łukasiewicz-Núñez', credentials: 'MD' } as const
