// The writing half of a restore, with its undo. Attempt files go first and casebook.json last (so
// a history entry never points at a missing file); if any write fails, every attempt file written
// so far is put back as it was (rewritten, or removed when the restore had created it).
import type { AttemptRecord } from '../../questions/engine'
import type { DataStore } from '../store/data-store'
import type { CasebookData } from '../store/schema'

export type RestoreOutcome = { ok: true } | { ok: false; rolledBack: boolean; cause: string }

/**
 * The backup's casebook, except what tells the app which keys the learner may know: those are
 * the union of this installation's and the backup's, so restoring an old backup can never make a
 * seen item "fresh" for a certificate exam again.
 */
export function mergeKnownKeys(
  backup: Readonly<CasebookData>,
  current: Readonly<CasebookData>
): CasebookData {
  const keysSeenAt: Record<string, string> = { ...backup.keysSeenAt }
  for (const [id, at] of Object.entries(current.keysSeenAt)) {
    const other = keysSeenAt[id]
    if (other === undefined || other < at) keysSeenAt[id] = at
  }
  const usedItemIds = [...new Set([...backup.usedItemIds, ...current.usedItemIds])]
  return { ...backup, keysSeenAt, usedItemIds }
}

const describe = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).slice(0, 200)

export async function writeRestore(
  store: DataStore<AttemptRecord>,
  records: readonly AttemptRecord[],
  casebook: CasebookData,
  previousAttempts: readonly AttemptRecord[]
): Promise<RestoreOutcome> {
  const before = new Map(previousAttempts.map((r) => [r.id, r]))
  const written: string[] = []
  try {
    for (const record of records) {
      written.push(record.id)
      await store.attempts.write(record.id, record)
    }
    await store.update((draft) => {
      for (const key of Object.keys(draft)) delete (draft as Record<string, unknown>)[key]
      Object.assign(draft, casebook)
    })
    return { ok: true }
  } catch (error) {
    const cause = describe(error)
    // casebook.json is replaced by one atomic write, so it is either unchanged or (if the failure
    // came after it) not — update() is the last step, so here it is unchanged.
    let rolledBack = true
    for (const id of written.reverse()) {
      try {
        const old = before.get(id)
        if (old) await store.attempts.write(id, old)
        else if (store.attempts.remove) await store.attempts.remove(id)
        else rolledBack = false
      } catch {
        rolledBack = false
      }
    }
    return { ok: false, rolledBack, cause }
  }
}
