// Evidence notes are shown to the learner under an explanation. They must stand on their own: no
// quoted phrase from the source summary (which the learner never sees) and no reference to "the
// summary" as if the learner had read it.
import { describe, expect, it } from 'vitest'
import { claims, teachingPoints } from '../../../questions/content/claims'

describe('evidence notes', () => {
  it.each(
    [...claims, ...teachingPoints].filter((c) => c.evidenceNote).map((c) => [c.id, c.evidenceNote!])
  )('%s quotes nothing the learner has not seen', (_id, note) => {
    expect(note).not.toMatch(/"[^"]+"|“[^”]+”/)
    expect(note).not.toMatch(/\bthe (source )?summary\b|\bthe original\b/i)
  })
})
