// Bank 2.11.0 in the drug templates (helper mD2): the middle-length strategy of issue 13 and the
// read-6 items (/docs/question-bank.md, "mD2: middle-length and read 6 fixes"). Each check is a
// property of every item a template gives over the seeds, not of the items read.
import { describe, expect, it } from 'vitest'
import type { Item } from '../../../questions/item'
import { CUE_MARGIN_POINTS, cueFigures } from '../../../questions/check/cue-checks'
import { templateItems, itemParam } from './helpers'

const SEEDS = 300
const items = (id: string, seeds = SEEDS): Item[] => templateItems(id, seeds)
const keyOf = (item: Item) => item.options.find((o) => o.correct)!

describe('middle-length: the key lands at every length rank', () => {
  const owed = [
    'drug-hidden-in-list',
    'otc-pm-sleep-aid',
    'hospital-antiemetic',
    'antidepressant-mirtazapine',
    'antidepressant-choice'
  ]
  // 1,000 seeds, the figure bank:check gates: at 300 a 5-point margin is about two standard errors.
  for (const id of owed)
    it(`${id}: middle-length, longest and shortest within chance + ${CUE_MARGIN_POINTS}`, () => {
      const f = cueFigures(items(id, 1000))
      for (const s of ['middle-length', 'longest', 'shortest'] as const)
        expect(f.scores[s], `${id} ${s}`).toBeLessThanOrEqual(f.chance + CUE_MARGIN_POINTS)
    })

  it('drug-hidden-in-list and antidepressant-mirtazapine: the key is the longest option in about 1 item in n', () => {
    for (const id of ['drug-hidden-in-list', 'antidepressant-mirtazapine']) {
      const all = items(id, 1000)
      const top = all.filter((it) => {
        const k = keyOf(it).text.length
        return it.options.every((o) => o.correct || o.text.length < k)
      }).length
      const expected = all.reduce((sum, it) => sum + 1 / it.options.length, 0)
      // Before: 58% (hidden) and 7% (mirtazapine) of the blind-pick share; after 79% and 109%.
      expect(top, id).toBeGreaterThan(0.7 * expected)
    }
  })
})

describe('read 6 in the drug templates', () => {
  it('antidepressant-choice: the key is never the odd one out of the regimen wordings (83267 #28)', () => {
    const wording = (t: string) => t.replace(/^\S+ [\d.]+ mg /, '')
    for (const item of items('antidepressant-choice')) {
      const [key, ...rest] = [keyOf(item), ...item.options.filter((o) => !o.correct)].map((o) =>
        wording(o.text)
      )
      if (/night|bedtime/.test(key!)) continue // mirtazapine is taken at night in both variants
      const othersShare = rest.some((w, i) => rest.indexOf(w) !== i)
      expect(!rest.includes(key!) && othersShare, `${item.id}: ${key} vs ${rest.join(', ')}`).toBe(
        false
      )
    }
  })

  it('antidepressant-mirtazapine: the stem is not one frame, and its chart line is the option (83267 #9/#31)', () => {
    const all = items('antidepressant-mirtazapine')
    // The closing sentence with its numbers and the two drug names taken out: one frame before.
    const closings = new Set(
      all.map((it) =>
        it.stem
          .split('. ')
          .at(-1)!
          .replaceAll(itemParam(it, 'drug')!, 'D')
          .replaceAll(itemParam(it, 'co')!, 'C')
          .replace(/\d+/g, 'N')
      )
    )
    expect(closings.size).toBeGreaterThanOrEqual(3) // one frame gave two ("C and D", "D and C")
    for (const item of all) {
      const key = keyOf(item).text
      if (!key.includes(' ')) continue
      // "Sertraline 50 mg a day" is on the chart as "sertraline 50 mg a day (depression)".
      expect(item.stem, item.id).toContain(`${key.charAt(0).toLowerCase()}${key.slice(1)} (`)
    }
  })

  it('hospital-antiemetic: "finds him walking", never "finds his walking" (83267 #21)', () => {
    const all = items('hospital-antiemetic')
    for (const item of all) expect(item.stem, item.id).not.toMatch(/finds his walking/)
    expect(all.some((it) => /finds him walking/.test(it.stem))).toBe(true)
  })

  it('drug-hidden-in-list: the explanation names "recognised aggravator" once in its first sentence (98731 #1)', () => {
    for (const item of items('drug-hidden-in-list')) {
      const first = item.explanation.split(/(?<=\.) /)[0]!
      expect(
        first.match(/recognised (aggravator|cause)/g)?.length ?? 0,
        item.id
      ).toBeLessThanOrEqual(1)
    }
  })

  it('drug-hidden-in-list, antidepressant-mirtazapine, otc-pm-sleep-aid: a metformin started weeks ago is not 2 g a day (98731 #1)', () => {
    for (const id of ['drug-hidden-in-list', 'antidepressant-mirtazapine', 'otc-pm-sleep-aid'])
      for (const item of items(id)) {
        const recent =
          itemParam(item, 'chg') ?? itemParam(item, 'co') ?? itemParam(item, 'list')?.split('+')[0]
        if (recent !== 'metformin') continue
        expect(item.stem, item.id).not.toMatch(/metformin 1000 mg twice daily/)
        for (const o of item.options) expect(o.text, item.id).not.toMatch(/1000 mg/)
      }
  })

  it('otc-pm-sleep-aid: no statin started in the product window, and no "ache" beside a statin (98731 #13)', () => {
    for (const item of items('otc-pm-sleep-aid')) {
      expect(item.stem, item.id).not.toMatch(
        /(atorvastatin|rosuvastatin) [^)]*started \d+ weeks ago/
      )
      if (/statin/.test(item.stem))
        expect(item.stem.replace(/aching knee/, ''), item.id).not.toMatch(/\bache\b/)
    }
  })

  it('otc-pm-sleep-aid advice: credible wrong plans only, fitted to the history, reasons in lower case (83267 #32)', () => {
    let advice = 0
    for (const item of items('otc-pm-sleep-aid')) {
      if (itemParam(item, 'format') !== 'advice') continue
      advice++
      for (const o of item.options) {
        expect(o.text, item.id).not.toMatch(/second dose|nerve conduction/i)
        if (!o.correct) expect(o.rationale, item.id).toMatch(/^Incorrect: [a-z]/)
        // Someone already on an α2δ ligand is not told to start gabapentin.
        if (itemParam(item, 'a2d') !== '-') expect(o.text, item.id).not.toMatch(/^Start gabapentin/)
      }
    }
    expect(advice).toBeGreaterThan(50)
  })
})
