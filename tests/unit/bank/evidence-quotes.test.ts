// Issue 16: an evidence note quoted a phrase ("Four regions") that appears nowhere the learner
// looks, so the quotation marks pointed at nothing. A note may quote only words shown with it.
import { describe, expect, it } from 'vitest'
import { seedRange } from '../../../questions/generate'
import { generateItems, templates } from '../../../questions/index'

const QUOTED = /[“"]([^”"]{3,120})[”"]/g

describe('evidence notes', () => {
  it('quote only words the learner can see in the item', () => {
    const strays: string[] = []
    for (const template of templates) {
      for (const item of generateItems(template, seedRange(64))) {
        if (!item.evidenceNote) continue
        const shown = [
          item.stem,
          item.question,
          item.explanation,
          item.objective,
          item.evidenceNote.replace(QUOTED, ''),
          ...item.options.flatMap((o) => [o.text, o.rationale])
        ]
          .join(' ')
          .toLowerCase()
        for (const [, phrase] of item.evidenceNote.matchAll(QUOTED)) {
          if (!shown.includes(phrase!.toLowerCase())) strays.push(`${template.id}: "${phrase}"`)
        }
      }
    }
    expect([...new Set(strays)]).toEqual([])
  })
})
