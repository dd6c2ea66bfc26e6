// Dashboard figures, custom-quiz shortcuts, and the learner's data (exports, backup, restore).
import type {
  Api,
  BackupSummary,
  DashboardData,
  ExportFile,
  QuizSetup,
  RestoreResult
} from '../../../preload/contract'
import type { SliceCreator } from './types'

export type ExportKind = 'csv' | 'xapi' | 'backup'

export interface ProgressSlice {
  dashboard: DashboardData | null
  loadDashboard(): Promise<void>
  /** Opens the set-up screen pre-filled, so the learner can still adjust before starting. */
  prefillQuiz(setup: QuizSetup): void
  exportData(kind: ExportKind): Promise<ExportFile | null>
  inspectBackup(content: string): Promise<BackupSummary | null>
  restoreBackup(content: string): Promise<RestoreResult | null>
  /** What the last restore did, shown on Home until dismissed (the data panel reloads with it). */
  restoreNotice: RestoreResult | null
  dismissRestoreNotice(): void
}

const EXPORTS = {
  csv: 'data:exportCsv',
  xapi: 'data:exportXapi',
  backup: 'data:exportBackup'
} as const

export const createProgressSlice =
  (api: Api): SliceCreator<ProgressSlice> =>
  (set, get) => ({
    dashboard: null,
    restoreNotice: null,
    dismissRestoreNotice() {
      set({ restoreNotice: null })
    },
    async loadDashboard() {
      const result = await api['progress:dashboard']({})
      if (result.ok) set({ dashboard: result.value })
      else set({ error: result.error })
    },
    prefillQuiz(setup) {
      set({ lastSetup: setup, route: { name: 'setup' }, error: null })
    },
    async exportData(kind) {
      const result = await api[EXPORTS[kind]]({})
      if (result.ok) return result.value
      set({ error: result.error })
      return null
    },
    async inspectBackup(content) {
      const result = await api['data:inspectBackup']({ content })
      if (result.ok) return result.value
      set({ error: result.error })
      return null
    },
    async restoreBackup(content) {
      const result = await api['data:restoreBackup']({ content, confirm: true })
      if (!result.ok) {
        set({ error: result.error })
        return null
      }
      // Everything shown so far describes the replaced data.
      set({ dashboard: null, history: null, review: null, restoreNotice: result.value })
      await Promise.all([get().loadDashboard(), get().loadHistory(), get().loadResumable()])
      return result.value
    }
  })
