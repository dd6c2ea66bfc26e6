// progress:* and data:* — dashboard figures, review count, exports, and backup/restore.
import type { Handlers } from '../dispatch'
import type { Services } from '../../app/services'
import { createExportService } from '../../services/exports'
import { createNotesService } from '../../services/notes'
import { restoreBackup, validateBackup } from '../../services/exports-restore'
import type { ProgressService } from '../../services/progress'

type ProgressChannels =
  | 'progress:dashboard'
  | 'progress:reviewDue'
  | 'progress:itemHistory'
  | 'notes:save'
  | 'notes:search'
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
  const notes = createNotesService(s)
  return {
    'progress:dashboard': () => progress.dashboard(),
    'progress:reviewDue': () => ({ count: progress.reviewDueCount() }),
    'progress:itemHistory': async ({ attemptId }) => {
      const [history, itemNotes] = await Promise.all([
        progress.itemHistory(attemptId),
        notes.forAttempt(attemptId)
      ])
      return history.map((h, i) => ({ ...h, note: itemNotes[i] ?? null }))
    },
    'notes:save': ({ attemptId, itemIndex, text }) => notes.save(attemptId, itemIndex, text),
    'notes:search': ({ query }) => notes.search(query),
    'data:exportCsv': () => exports.csv(),
    'data:exportXapi': () => exports.xapi(),
    'data:exportBackup': () => exports.backup(),
    'data:inspectBackup': ({ content }) => validateBackup(content, s.course).summary,
    'data:restoreBackup': ({ content }) => restoreBackup(s, content)
  }
}
