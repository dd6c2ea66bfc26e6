// The attempt file codec: item snapshots are checked and serialised once, yet the file text is
// exactly JSON.stringify of the record and every other part is still checked on every write.
import { describe, expect, it } from 'vitest'
import { assembleQuiz } from '../../../questions/assemble'
import type { AttemptRecord } from '../../../questions/engine'
import {
  serializeAttemptRecord,
  validateAttemptRecord
} from '../../../main/services/attempts-schema'
import { rlsCausesCourse } from '../../../questions/content/course'

function record(): AttemptRecord {
  const items = assembleQuiz({ course: rlsCausesCourse, count: 5, seed: 'codec' })
  return {
    schemaVersion: 1,
    id: 'codec-1',
    events: [
      {
        type: 'started',
        at: '2026-11-29T10:00:00.000Z',
        config: {
          mode: 'timed',
          itemCount: items.length,
          sections: ['medications'],
          pool: 'all',
          secondsPerItem: 90,
          accommodation: 1,
          confidence: false,
          passMarkPercent: 75
        },
        items,
        timeLimitMs: items.length * 90_000,
        seed: 'codec',
        elapsedMs: 0
      },
      { type: 'answered', itemIndex: 0, optionId: 'B', elapsedMs: 1_000 }
    ],
    checkpoint: { elapsedMs: 1_000, at: '2026-11-29T10:00:01.000Z' }
  }
}

describe('attempt record codec', () => {
  it('writes exactly JSON.stringify(record), on first and later writes', () => {
    const r = record()
    expect(serializeAttemptRecord(r)).toBe(JSON.stringify(r))
    const later = {
      ...r,
      events: [...r.events, { type: 'visited' as const, itemIndex: 1, elapsedMs: 2_000 }]
    }
    expect(serializeAttemptRecord(later)).toBe(JSON.stringify(later))
    expect(JSON.parse(serializeAttemptRecord(later))).toEqual(later)
  })

  it('still checks everything but the already-checked items on a later write', () => {
    const r = validateAttemptRecord(record())
    const badEvent = {
      ...r,
      events: [...r.events, { type: 'answered', itemIndex: 0, optionId: 'Z', elapsedMs: 5 }]
    }
    expect(() => validateAttemptRecord(badEvent)).toThrow(/Invalid attempt record/)
    const badCheckpoint = { ...r, checkpoint: { elapsedMs: -1, at: 'x' } }
    expect(() => validateAttemptRecord(badCheckpoint)).toThrow(/Invalid attempt record/)
  })

  it('fully checks a snapshot it has not seen, even one equal in content to a checked one', () => {
    const r = validateAttemptRecord(record())
    const started = r.events[0]
    if (started?.type !== 'started') throw new Error('no started event')
    const copy = structuredClone(started.items)
    ;(copy[0] as { options: unknown[] }).options = [] // a new, broken snapshot
    const broken = { ...r, events: [{ ...started, items: copy }, ...r.events.slice(1)] }
    expect(() => validateAttemptRecord(broken)).toThrow(
      /Invalid attempt record at events\.0\.items/
    )
  })
})
