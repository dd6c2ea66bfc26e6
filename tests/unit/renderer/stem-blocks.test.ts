// Vignette tables (issue 16): lists that parse completely become tables, in order, with nothing
// dropped; anything that does not parse stays prose.
import { describe, expect, it } from 'vitest'
import { seedRange } from '../../../questions/generate'
import { generateItems, templates } from '../../../questions/index'
import { paragraphBlocks, type StemBlock } from '../../../renderer/src/features/quiz/stem-blocks'
import { rlsCausesCourse } from '../../../questions/content/course'

/** The words a block shows, to compare with the original sentence. */
function words(block: StemBlock): string {
  if (block.kind === 'text') return block.text
  if (block.kind === 'labs') return block.rows.map((r) => `${r.test} ${r.value}${r.unit}`).join(' ')
  return block.rows.map((r) => `${r.name} ${r.dose} ${r.indication ?? ''}`).join(' ')
}

describe('stem blocks', () => {
  it('turns a medication list and lab results into rows', () => {
    const blocks = paragraphBlocks(
      'A 70-year-old man is seen. His medication list: losartan 50 mg once daily (hypertension); ' +
        'insulin glargine 22 units at bedtime (type 2 diabetes). Results: hemoglobin 13.7 g/dL, ' +
        'ferritin 71 ng/mL, transferrin saturation (TSAT) 27%. What next?'
    )
    expect(blocks.map((b) => b.kind)).toEqual(['text', 'medications', 'labs', 'text'])
    expect(blocks[1]).toMatchObject({
      caption: 'His medication list',
      rows: [
        { name: 'losartan', dose: '50 mg once daily', indication: 'hypertension' },
        { name: 'insulin glargine', dose: '22 units at bedtime', indication: 'type 2 diabetes' }
      ]
    })
    expect(blocks[2]).toMatchObject({
      caption: 'Results',
      rows: [
        { test: 'hemoglobin', value: '13.7', unit: 'g/dL' },
        { test: 'ferritin', value: '71', unit: 'ng/mL' },
        { test: 'transferrin saturation (TSAT)', value: '27', unit: '%' }
      ]
    })
  })

  it('leaves a list with any part it cannot read as prose', () => {
    const text = 'Results: ferritin 71 ng/mL, TSAT was not measured.'
    expect(paragraphBlocks(text)).toEqual([{ kind: 'text', text }])
  })

  it('keeps every value of every generated vignette, in order', () => {
    let tables = 0
    for (const template of templates) {
      for (const item of generateItems(template, seedRange(24), rlsCausesCourse)) {
        for (const paragraph of item.stem.split(/\n\s*\n/)) {
          const blocks = paragraphBlocks(paragraph.trim())
          tables += blocks.filter((b) => b.kind !== 'text').length
          // Every digit sequence of the paragraph is still there, in the same order.
          const digits = (s: string): string[] => s.match(/\d+(?:\.\d+)?/g) ?? []
          expect(digits(blocks.map(words).join(' '))).toEqual(digits(paragraph))
        }
      }
    }
    expect(tables).toBeGreaterThan(0)
  })
})
