// progress:* and data:* — dashboard figures, review count, exports, and backup/restore.
import type { Handlers } from '../dispatch'
import type { Services } from '../../app/services'
import { createExportService } from '../../services/exports'
import { restoreBackup, validateBackup } from '../../services/exports-restore'
import type { ProgressService } from '../../services/progress'

type ProgressChannels =
  | 'progress:dashboard'
  | 'progress:reviewDue'
  | 'progress:itemHistory'
  | 'data:exportCsv'
  | 'data:exportXapi'
  | 'data:exportBackup'
  | 'data:inspectBackup'
  | 'data:restoreBackup'

export function progressHandlers(
  s: Services,
  progress: ProgressService
): Pick<Handlers, ProgressChannels> {
  const exports = createExportService(s)
  return {
    'progress:dashboard': () => progress.dashboard(),
    'progress:reviewDue': () => ({ count: progress.reviewDueCount() }),
    'progress:itemHistory': ({ attemptId }) => progress.itemHistory(attemptId),
    'data:exportCsv': () => exports.csv(),
    'data:exportXapi': () => exports.xapi(),
    'data:exportBackup': () => exports.backup(),
    'data:inspectBackup': ({ content }) => validateBackup(content).summary,
    'data:restoreBackup': ({ content }) => restoreBackup(s, content)
  }
}
