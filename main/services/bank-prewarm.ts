// Warms the question bank after start-up, so the learner's first quiz or certificate exam does
// not wait for the assembler's per-template profiles (about 2–3 s of generation, built once per
// process). One template per macrotask: a request that arrives meanwhile waits for one template
// at most, not for all of them, and nothing here changes what any seed draws.
import { profileWarmer } from '../../questions/assemble-state'
import type { CourseBank } from '../../questions/course/bank'

export interface BankPrewarm {
  /** Resolves when every template is profiled, or when cancelled. */
  readonly done: Promise<void>
  cancel(): void
}

export function prewarmBank(course: CourseBank, delayMs = 0): BankPrewarm {
  const step = profileWarmer(course.templates, course)
  let timer: ReturnType<typeof setTimeout> | undefined
  let finish: () => void = () => undefined
  const done = new Promise<void>((resolve) => (finish = resolve))
  const run = (): void => {
    if (!step()) return finish()
    timer = setTimeout(run, 0)
    timer.unref?.()
  }
  timer = setTimeout(run, delayMs)
  timer.unref?.()
  return {
    done,
    cancel() {
      if (timer) clearTimeout(timer)
      timer = undefined
      finish()
    }
  }
}
