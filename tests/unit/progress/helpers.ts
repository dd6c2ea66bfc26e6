// Drives real quizzes through the real composition root (dispatch, attempt service, data folder)
// with a fake clock, so progress and exports are tested on genuine attempt logs.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createAppContext, type AppContext } from '../../../main/app/context'
import type { ArgsOf, Channel, ResultOf } from '../../../preload/contract'
import type { Confidence } from '../../../questions/engine'
import { FakeClock } from '../attempts/helpers'
import { rlsCausesCourse } from '../../../questions/content/course'

export interface Harness {
  ctx: AppContext
  clock: FakeClock
  dir: string
  call<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>>
  close(): Promise<void>
}

export async function openHarness(dir?: string, clock = new FakeClock()): Promise<Harness> {
  const dataDir = dir ?? (await mkdtemp(path.join(tmpdir(), 'rls-progress-')))
  const ctx = await createAppContext({
    course: rlsCausesCourse,
    dataDir,
    edition: 'browser',
    clock,
    tickMs: 3_600_000
  })
  const call = async <C extends Channel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>> => {
    const result = await ctx.dispatch(channel, args, { transport: 'http' })
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`)
    return result.value as ResultOf<C>
  }
  return {
    ctx,
    clock,
    dir: dataDir,
    call,
    close: () => ctx.close()
  }
}

export const removeDir = (dir: string): Promise<void> => rm(dir, { recursive: true, force: true })

/** Takes one quiz: `answer(i)` says whether to answer item i right, wrong or skip it. */
export async function takeQuiz(
  h: Harness,
  opts: {
    itemCount: number
    confidence?: boolean
    answer: (index: number) => { right: boolean; confidence?: Confidence } | null
    secondsPerItem?: number
  }
): Promise<string> {
  let view = await h.call('quiz:start', {
    mode: 'timed',
    itemCount: opts.itemCount,
    sections: ['medications', 'iron-status', 'neurological', 'genetics'],
    pool: 'all',
    secondsPerItem: 90,
    accommodation: 1,
    confidence: opts.confidence ?? false
  })
  // The page never sees the key before submit; the test reads it from the attempt file.
  const record = await h.ctx.services.store.attempts.read(view.attemptId)
  const first = record!.events[0]!
  if (first.type !== 'started') throw new Error('no started event')
  for (let i = 0; i < view.items.length; i++) {
    if (i > 0) {
      view = await h.call('quiz:visit', {
        attemptId: view.attemptId,
        step: view.step,
        itemIndex: i
      })
    }
    h.clock.advance((opts.secondsPerItem ?? 20) * 1000)
    const plan = opts.answer(i)
    if (!plan) continue
    const options = first.items[i]!.options
    const pick = plan.right ? options.find((o) => o.correct)! : options.find((o) => !o.correct)!
    view = await h.call('quiz:answer', {
      attemptId: view.attemptId,
      step: view.step,
      itemIndex: i,
      optionId: pick.id,
      ...(plan.confidence ? { confidence: plan.confidence } : {})
    })
  }
  view = await h.call('quiz:submit', { attemptId: view.attemptId, step: view.step })
  return view.attemptId
}
