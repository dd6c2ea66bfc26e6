// Everything a handler may use, built once per launch by createAppContext. Handlers are plain
// functions over this object, so tests can build it over a temp folder without Electron.
import type { AttemptService } from '../services/attempts'
import type { Clock } from '../services/clock'
import type { DrawService } from '../services/draw-items'
import type { HistoryService } from '../services/history'
import type { DataStore } from '../store/data-store'
import type { Course } from '../../questions/course/types'
import type { AttemptRecord, CourseRules } from '../../questions/engine'

export interface Services {
  edition: 'electron' | 'browser'
  appVersion: string
  store: DataStore<AttemptRecord>
  attempts: AttemptService
  /** Chooses a new attempt's items from the learner's history (handlers never read the store). */
  draw: DrawService
  history: HistoryService
  clock: Clock
  /** The course this launch serves (injected by the shell; its rules are `rules`). */
  course: Course
  /** The course's rules, shipped with the app (a test may inject others; see context.ts). */
  rules: CourseRules
  /** A fresh seed per quiz, so retakes meet new patients. */
  newSeed(): string
  openExternal?: (url: string) => Promise<void>
  noticesVisible(): boolean
  dismissNotices(): void
}
