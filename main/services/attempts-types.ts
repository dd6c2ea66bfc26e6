// The attempt service's public shapes, kept apart so the API layer can import them cheaply.
import type { Item } from '../../questions/item'
import type {
  AttemptRecord,
  CourseRules,
  AttemptSummary,
  PlayerView,
  ReviewView,
  SuspendReason
} from '../../questions/engine'
import type { AttemptRepository, Validator } from '../store/types'
import type { Clock } from './clock'
import type { CourseBank } from '../../questions/course/bank'
import type { AttemptSeal } from './attempts-seal'
import type { Provenance } from './attempts-vouch'

export interface AttemptServiceOptions {
  repo: AttemptRepository<AttemptRecord>
  clock: Clock
  newId(): string
  /** Applied to every record read back (the store may validate as well). */
  validate?: Validator<AttemptRecord>
  /** Awaited after a submission is durable (stats, spaced review); errors are logged, not thrown. */
  onSubmitted?(summary: AttemptSummary): Promise<void>
  log?(message: string, error: unknown): void
  heartbeatTimeoutMs?: number
  /** Attempts known (from the history index) to be submitted: start-up recovery skips them. */
  isKnownSubmitted?(id: string): boolean
  checkpointIntervalMs?: number
  /** Seals every attempt this installation writes; without it no attempt can be vouched for. */
  seal?: AttemptSeal
  /** The course whose bank the items come from and whose sections a set-up may name. */
  course: CourseBank
  /** The course's rules: certificate exams are checked against them at start and suspend. */
  rules?: CourseRules
}

/** Requests from the page. Only the named fields are read; anything else is ignored. */
export interface StepRequest {
  attemptId: string
  step: number
}
export type AnswerRequest = StepRequest & {
  itemIndex: number
  optionId: string
  confidence?: string
}
export type FlagRequest = StepRequest & { itemIndex: number; flagged: boolean }
export type StrikeRequest = StepRequest & { itemIndex: number; optionId: string; struck: boolean }
export type VisitRequest = StepRequest & { itemIndex: number }

export interface AttemptService {
  start(config: unknown, items: Item[], seed?: string): Promise<PlayerView>
  get(attemptId: string): Promise<PlayerView>
  /** The running or most recent suspended attempt, to offer Resume; null when there is none. */
  active(): Promise<PlayerView | null>
  /** Every unsubmitted attempt (running first), so Home can offer each one, not only the latest. */
  unfinished(): Promise<PlayerView[]>
  answer(request: AnswerRequest): Promise<PlayerView>
  flag(request: FlagRequest): Promise<PlayerView>
  strike(request: StrikeRequest): Promise<PlayerView>
  visit(request: VisitRequest): Promise<PlayerView>
  heartbeat(attemptId: string): Promise<PlayerView>
  suspend(attemptId: string, reason?: SuspendReason): Promise<PlayerView>
  resume(attemptId: string): Promise<PlayerView>
  submit(request: StepRequest): Promise<PlayerView>
  review(attemptId: string): Promise<ReviewView>
  summary(attemptId: string): Promise<AttemptSummary>
  /**
   * Submitted attempts this service has read or seen submitted, newest first. Attempts skipped at
   * start-up through `isKnownSubmitted` are not read, so they are not listed (the app lists
   * history from the store's index instead).
   */
  listSummaries(): Promise<AttemptSummary[]>
  /**
   * Reads the attempt from disk again and says whether this installation can vouch for it (its
   * seal, not restored, every item re-derived from the bank). Used before a certificate.
   */
  vouch(attemptId: string, checkItems?: boolean): Promise<Provenance>
  /** Items whose key a tutor session not yet submitted has shown (answered in tutor mode). */
  keysShownInOpenAttempts(): Promise<string[]>
  /** Ids of attempts found running (a crash) and now suspended or, if out of time, submitted. */
  recoverAfterStart(): Promise<string[]>
  tick(): Promise<void>
  suspendAllRunning(reason: SuspendReason): Promise<void>
  /**
   * Forgets every cached attempt that is not running, so the next read comes from disk. Used
   * after a backup is restored, when the files under the cache have been replaced.
   */
  forgetIdle(): void
}
