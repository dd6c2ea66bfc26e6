// The composition root shared by both editions: open the data folder, build the services, recover
// from a crash, start the one-second tick that keeps time and auto-submits, and expose dispatch.
import { randomUUID } from 'node:crypto'
import type { Course } from '../../questions/course/types'
import type { AttemptRecord, CourseRules } from '../../questions/engine'
import { createDispatch, type Dispatch, type Handlers } from '../api/dispatch'
import { appHandlers } from '../api/handlers/app'
import { certificateHandlers } from '../api/handlers/certificate'
import { claimHandlers } from '../api/handlers/claim'
import { courseHandlers } from '../api/handlers/course'
import { progressHandlers } from '../api/handlers/progress'
import { quizHandlers } from '../api/handlers/quiz'
import { createAttemptService } from '../services/attempts'
import { createCertificateService } from '../services/certificates'
import { createClaimService } from '../services/claims'
import { loadOrCreateSigningKey } from '../certificate/keys'
import { createSettingsService } from '../services/settings'
import { serializeAttemptRecord, validateAttemptRecord } from '../services/attempts-schema'
import { openAttemptSeal } from '../services/attempts-seal'
import { createProgressService } from '../services/progress'
import { systemClock, type Clock } from '../services/clock'
import { openDataStore } from '../store/data-store'
import { createHistoryService, recordSubmission } from '../services/history'
import { createDrawService } from '../services/draw-items'
import type { Services } from './services'
import { APP_VERSION } from './version'
import { randomSeeds } from './seed-source'
import { prewarmBank } from '../services/bank-prewarm'

export interface AppContextOptions {
  dataDir: string
  edition: 'electron' | 'browser'
  /** The course served: its sections, templates, rules and provider block (both shells pass the
   * RLS course; tests pass a fixture course). */
  course: Course
  clock?: Clock
  openExternal?: (url: string) => Promise<void>
  /** Tick period; tests shorten it. */
  tickMs?: number
  /** Seeds for the item draw; random unless a test fixes them (see seed-source.ts). */
  newSeed?: () => string
  /**
   * Course rules other than the shipped ones: tests only (the browser edition passes them from
   * RLS_CASEBOOK_TEST_MIN_SECONDS_PER_ITEM; Electron never does). Their id differs, so no attempt
   * started under them is judged by, or counts under, the real rules.
   */
  courseRules?: CourseRules
}

export interface AppContext {
  dispatch: Dispatch
  services: Services
  suspendRunning(reason: 'window-closed'): Promise<void>
  /** Suspends any running quiz, stops the tick and closes the store (releasing the lock). */
  close(): Promise<void>
}

export async function createAppContext(options: AppContextOptions): Promise<AppContext> {
  const clock = options.clock ?? systemClock
  const store = await openDataStore<AttemptRecord>({
    dataDir: options.dataDir,
    // The course's own namespace of the data folder (main/store/schema.ts, schema v2).
    courseId: options.course.id,
    validateAttempt: validateAttemptRecord,
    serializeAttempt: serializeAttemptRecord
  })
  const rules = options.courseRules ?? options.course.rules
  // One course value for every service: the test rules, when given, replace the course's own.
  const course: Course =
    rules === options.course.rules ? options.course : { ...options.course, rules }
  const seal = await openAttemptSeal(store.dataDir)
  let noticesVisible = true
  // Submitted attempts in the history index need no crash recovery, so start-up skips them.
  const history = createHistoryService(store)
  const submittedAtOpen = new Set(history.summaries().map((summary) => summary.id))
  const progress = createProgressService({ store, clock, course })
  const attempts = createAttemptService({
    repo: store.attempts,
    clock,
    newId: () => randomUUID(),
    isKnownSubmitted: (id) => submittedAtOpen.has(id),
    seal,
    course,
    rules,
    onSubmitted: async (summary) => {
      const review = await attempts.review(summary.id)
      const outcomes = await progress.outcomesFor(summary.id)
      await store.update((draft) => {
        recordSubmission(
          draft,
          summary,
          {
            itemIds: review.items.map((i) => i.id),
            incorrectIds: review.items.filter((i) => !i.isCorrect).map((i) => i.id),
            flaggedIds: review.items.filter((i) => i.flagged).map((i) => i.id)
          },
          new Date(clock.wallMs()).toISOString()
        )
        progress.applySubmission(draft, summary, outcomes)
      })
    }
  })
  await attempts.recoverAfterStart()

  const services: Services = {
    edition: options.edition,
    appVersion: APP_VERSION,
    store,
    attempts,
    draw: createDrawService({ store, clock, course, rules }),
    history,
    clock,
    course,
    rules,
    newSeed: options.newSeed ?? randomSeeds(),
    openExternal: options.openExternal,
    noticesVisible: () => noticesVisible,
    dismissNotices: () => {
      noticesVisible = false
    }
  }
  const settings = createSettingsService(store, rules)
  const certificates = createCertificateService({
    store,
    clock,
    course,
    rules,
    summary: (id) => attempts.summary(id),
    vouch: (id, checkItems) => attempts.vouch(id, checkItems),
    history: () => history.summaries()
  })
  certificates.prewarm()
  const bankPrewarm = prewarmBank(course)
  const claims = createClaimService({
    course,
    clock,
    eligibility: (id) => certificates.eligibility(id),
    summary: (id) => attempts.summary(id),
    readAttempt: (id) => store.attempts.read(id),
    storedEvaluation: (id) =>
      certificates.list().find((c) => c.attemptId === id)?.evaluation ?? null,
    profile: () => store.data().profile,
    signingKey: () => loadOrCreateSigningKey(store.dataDir)
  })
  const handlers: Handlers = {
    ...appHandlers(services),
    ...courseHandlers(services),
    ...quizHandlers(services),
    ...progressHandlers(services, progress),
    ...certificateHandlers(settings, certificates),
    ...claimHandlers(claims)
  }
  const dispatch = createDispatch(handlers)

  const timer = setInterval(() => void attempts.tick(), options.tickMs ?? 1000)
  timer.unref()
  let closed = false
  return {
    dispatch,
    services,
    suspendRunning: (reason) => attempts.suspendAllRunning(reason),
    async close() {
      if (closed) return
      closed = true
      clearInterval(timer)
      certificates.cancelPrewarm()
      bankPrewarm.cancel()
      try {
        await attempts.suspendAllRunning('window-closed')
      } finally {
        await store.close()
      }
    }
  }
}
