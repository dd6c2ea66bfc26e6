// Read 7 (bank 2.12.0 → 2.13.0), helper r8D: the middle-length debts of the trigger templates
// (docs/question-bank.md, "Read 7 fixes: r8D"). Their required drugs (the co-started one, the
// centrally acting one) sat on one side of the key in every option form, so the key was rarely
// the longest and never the shortest option, and "neither the longest nor the shortest" beat
// chance by 9 to 20 points. Each check is a property of every item over the seeds.
import { describe, expect, it } from 'vitest'
import { CUE_MARGIN_POINTS } from '../../../questions/check/cue-checks'
import { LONE_CUE_MARGIN_POINTS, LONE_LONGEST_RATIO } from '../../../questions/check/lone-cues'
import type { Item } from '../../../questions/item'
import {
  blind,
  expectCueGatesPass,
  foilLengths,
  itemParam,
  keyLength,
  templateItems
} from './helpers'

// 1,000 seeds for a figure (the count bank:check gates: at 300 a 5-point margin is about two
// standard errors); every per-item property below holds on each of them.
const FIGURE_SEEDS = 1000

const FIXED = [
  'trigger-ssri-after-delivery',
  'trigger-antihistamine-for-dialysis-itch',
  'trigger-ward-night-sedation',
  'trigger-antiemetic-for-vertigo',
  'trigger-seasonal-antihistamine'
]

const lengths = (item: Item) => item.options.map((o) => o.text.length)

describe('middle-length: the key lands at every length rank', () => {
  for (const id of FIXED) {
    describe(id, () => {
      const all = templateItems(id, FIGURE_SEEDS)

      it(`every strategy within chance + ${CUE_MARGIN_POINTS}, every lone cue within a blind pick + ${LONE_CUE_MARGIN_POINTS}`, () => {
        expectCueGatesPass(id, all)
      })

      it('the key is the strictly shortest and the strictly longest option, each in most of its 1-in-n share', () => {
        const shortest = all.filter((it) => foilLengths(it).every((l) => l > keyLength(it))).length
        const longest = all.filter((it) => foilLengths(it).every((l) => l < keyLength(it))).length
        expect(shortest, `${id} shortest`).toBeGreaterThan(0.7 * blind(all))
        expect(longest, `${id} longest`).toBeGreaterThan(0.7 * blind(all))
      })

      it('no lone long option that is almost never the key (a cue to eliminate it)', () => {
        const loneFoil = all.filter((it) => {
          const ls = lengths(it)
          const i = ls.findIndex((l, k) =>
            ls.every((m, j) => j === k || l >= LONE_LONGEST_RATIO * m)
          )
          return i >= 0 && !it.options[i]!.correct
        }).length
        expect(loneFoil / all.length, id).toBeLessThan(0.12)
      })
    })
  }
})

describe('trigger-antiemetic-for-vertigo (read 7, 85093 #4): "every evening" covers two evenings', () => {
  it('the leg symptoms began at least two days before the visit to the family physician', () => {
    const words: Record<string, number> = { 'a day': 1, 'two days': 2, 'three days': 3 }
    for (const item of templateItems('trigger-antiemetic-for-vertigo', 300)) {
      const days = Number(/was treated [^.]* (\d+) days ago/.exec(item.stem)?.[1])
      const lag =
        words[/began about (a day|two days|three days) after that visit/.exec(item.stem)?.[1] ?? '']
      expect(days, item.id).toBeGreaterThan(0)
      expect(lag, item.id).toBeDefined()
      expect(item.stem, item.id).toMatch(/every evening/)
      expect(lag!, item.id).toBeLessThan(days - 1)
      expect(Number(itemParam(item, 'days')), item.id).toBe(days)
    }
  })
})
