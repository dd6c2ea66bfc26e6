// Certificate exams through the real API (dispatch → handlers → attempt service → data folder),
// with a fake clock. The test reads keys from the attempt file it owns; the page never could.
import type { QuizSetup } from '../../../preload/contract'
import { sectionIds } from '../../../questions/content/sections'
import type { AttemptRecord, PlayerView } from '../../../questions/engine'
import type { Item } from '../../../questions/item'
import type { Harness } from '../certificate-service/helpers'

export const EXAM_SETUP: QuizSetup = {
  mode: 'timed',
  exam: true,
  itemCount: 20,
  sections: [...sectionIds],
  pool: 'all',
  secondsPerItem: 90,
  accommodation: 1,
  confidence: false
}

export async function startExam(h: Harness, extra: Record<string, unknown> = {}) {
  return h.call('quiz:start', { ...EXAM_SETUP, ...extra } as never)
}

export async function itemsOf(h: Harness, attemptId: string): Promise<Item[]> {
  const record = (await h.ctx.services.store.attempts.read(attemptId)) as AttemptRecord
  const first = record.events[0]!
  if (first.type !== 'started') throw new Error('no started event')
  return first.items
}

/** Answers every item right, `msPerItem` apart, and submits. */
export async function passExam(h: Harness, msPerItem = 25_000): Promise<string> {
  let view: PlayerView = await startExam(h)
  const items = await itemsOf(h, view.attemptId)
  for (let i = 0; i < items.length; i++) {
    h.clock.advance(msPerItem)
    view = await h.call('quiz:answer', {
      attemptId: view.attemptId,
      step: view.step,
      itemIndex: i,
      optionId: items[i]!.options.find((o) => o.correct)!.id
    })
  }
  await h.call('quiz:submit', { attemptId: view.attemptId, step: view.step })
  return view.attemptId
}

/** The text of every item the view carries (stems, questions, options). */
export const readableText = (view: PlayerView): string =>
  view.items.map((i) => i.stem + i.question + i.options.map((o) => o.text).join('')).join('')
