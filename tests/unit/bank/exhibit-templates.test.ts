// The converted templates put their labs and medication lists in tables, not prose: every seed
// of an iron template shows a lab table that agrees with the facts its key is recomputed from,
// the stem no longer repeats the values.
import { describe, expect, it } from 'vitest'
import { rlsCausesCourse } from '../../../questions/content/course'
import { checkExhibits } from '../../../questions/check/exhibit-checks'
import { generateItem } from '../../../questions/generate'
import type { Item } from '../../../questions/item'
import { templates } from '../../../questions/templates/index'

const SEEDS = 64
const LAB_TEMPLATES = [
  'iron-decision',
  'iron-normal-ferritin',
  'iron-child-threshold',
  'iron-pregnancy-decision',
  'iron-recheck-after-oral-course',
  'iron-sampling-conditions',
  'iron-inflammation-ckd',
  'iron-missed-in-referral-letter',
  'iron-dialysis-decision'
]

function items(id: string): Item[] {
  const t = templates.find((x) => x.id === id)
  if (!t) throw new Error(`no template ${id}`)
  return Array.from({ length: SEEDS }, (_, s) => generateItem(t, s, rlsCausesCourse))
}

describe('lab tables', () => {
  it.each(LAB_TEMPLATES)('%s: a lab table on every seed, agreeing with the facts', (id) => {
    for (const item of items(id)) {
      const labs = item.exhibits?.filter((e) => e.kind === 'labs') ?? []
      expect(labs.length, item.id).toBe(1)
      expect(checkExhibits(item), item.id).toEqual([])
      // The prose does not say it again (a value from the history, "at diagnosis", is not a result).
      expect(item.stem, item.id).not.toMatch(
        /\bTSAT (of )?\d+%(?! at diagnosis)|ferritin (of )?\d+ ng\/mL(?! at diagnosis)/i
      )
    }
  })
  // Read-through 5: the caption no longer announces the pitfall; the rows still carry no flag.
  it('iron-normal-ferritin: every row is inside its reference range, under a neutral caption', () => {
    for (const item of items('iron-normal-ferritin')) {
      const table = item.exhibits![0]!
      expect(table.caption).not.toMatch(/reference ranges/)
      expect(table.kind === 'labs' && table.rows.every((r) => r.flag === null), item.id).toBe(true)
    }
  })
  it('a frank iron-deficiency anaemia shows as low flags', () => {
    // secondary-context's iron arm (its pregnancy and ESRD arms are other stories).
    const anaemic = items('secondary-context').filter((i) => i.exhibits?.length)
    expect(anaemic.length).toBeGreaterThan(0)
    for (const item of anaemic) {
      const rows = item.exhibits![0]!.kind === 'labs' ? item.exhibits![0]!.rows : []
      expect(rows.find((r) => r.name === 'Haemoglobin')?.flag, item.id).toBe('low')
    }
  })
})
