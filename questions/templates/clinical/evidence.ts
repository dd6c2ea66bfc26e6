// Evidence notes come from the claim records (questions/content/claims.ts), so the one-line
// "the source overstates this" wording is written once and reads the same in every item.
import { claimById } from '../../content/claims'

export function evidenceFor(claimIds: readonly string[]): string | null {
  const notes = claimIds
    .map((id) => claimById.get(id)?.evidenceNote ?? null)
    .filter((n): n is string => n !== null)
  return notes.length > 0 ? notes.join(' ') : null
}
