// Read-through 8 (bank 2.14.0, /work/rt8 report) in the kit, drug and trigger templates (helper
// r9B): P2 (timing alone gave the key), P5 (drug wording against brief §2) and the P6/P7 slips.
// Each check is a property of every item a template gives over the seeds, not of the two
// exported items.
import { describe, expect, it } from 'vitest'
import type { Item } from '../../../questions/item'
import { itemParam, templateItems } from './helpers'

const SEEDS = 300
const items = (id: string, seeds = SEEDS): Item[] => templateItems(id, seeds)
const keyOf = (item: Item) => item.options.find((o) => o.correct)!
const foilsOf = (item: Item) => item.options.filter((o) => !o.correct)
const distinct = (xs: readonly string[]) => new Set(xs).size

describe('P2: trigger-chemotherapy-antiemetic, the timing fits a safe drug too', () => {
  const all = () => items('trigger-chemotherapy-antiemetic')

  it('a distractor is listed as given after each cycle and added at cycle 2, like the key', () => {
    for (const item of all()) {
      // Read 2.16 (P1): how both came to be added is worded four ways, each naming cycle 2.
      const cyclical = foilsOf(item).filter((o) =>
        new RegExp(`\\b${o.code} [^;]*after each cycle[^;]*\\(\\w+ [^;)]*cycle 2`).test(item.stem)
      )
      expect(cyclical.length, item.id).toBeGreaterThanOrEqual(1)
      expect(item.stem, item.id).toMatch(
        new RegExp(`\\b${keyOf(item).code} [^;]*each cycle[^;]*\\(\\w+ [^;)]*cycle 2`)
      )
    }
  })

  it('the explanation does not say the timing alone points to the drug', () => {
    for (const item of all()) {
      expect(item.explanation, item.id).not.toMatch(/point to something given only then/)
      expect(item.explanation, item.id).toMatch(/class|pharmacology/)
    }
  })

  it('at least three stem frames and two explanation openings over the seeds (P6)', () => {
    const firsts = all().map((it) => it.stem.split('. ')[0]!.replace(/\d+/g, '#').slice(20, 60))
    expect(distinct(firsts)).toBeGreaterThanOrEqual(3)
    const opens = all().map((it) => it.explanation.split(/[,:;]/)[0]!.slice(0, 25))
    expect(distinct(opens)).toBeGreaterThanOrEqual(2)
  })
})

describe('P2: trigger-dated-medication-review, two changes share the trigger’s month', () => {
  const all = () => items('trigger-dated-medication-review')
  // "sertraline was started by a telepsychiatry service in August last year"
  const startOf = (item: Item, generic: string): string | undefined =>
    new RegExp(`\\b${generic} was started by [^,]*? in ([A-Z][a-z]+(?: (?:last|this) year)?)`).exec(
      item.stem
    )?.[1]

  it('a distractor was started in the same month as the key', () => {
    for (const item of all()) {
      const month = startOf(item, keyOf(item).code)
      expect(month, item.id).toBeDefined()
      const same = foilsOf(item).filter((o) => startOf(item, o.code) === month)
      expect(same.length, item.id).toBe(1)
    }
  })

  it('the lead asks by pharmacology, not which drug fits the timeline', () => {
    for (const item of all()) expect(item.question, item.id).not.toMatch(/timeline/)
  })

  it('the explanation no longer says the dates decide', () => {
    for (const item of all()) {
      expect(item.explanation, item.id).not.toMatch(/Dates decide|Only one change came/)
      expect(item.explanation, item.id).toMatch(/class/)
    }
  })
})

describe('P5: drug wording follows brief §2', () => {
  it('drug-hidden-in-list never says "known link" and names the α2δ drug as an RLS treatment', () => {
    const all = items('drug-hidden-in-list')
    for (const item of all) {
      const text = [item.explanation, ...item.options.map((o) => o.rationale)].join(' ')
      expect(text, item.id).not.toMatch(/known link|only (?:medicine|drug) on this list with/)
      const a2d = item.options.length && /gabapentin|pregabalin/.exec(item.stem)?.[0]
      expect(item.explanation, item.id).toMatch(
        new RegExp(`${a2d}[^.]*first-line RLS treatment`, 'i')
      )
    }
    // P6: the change sentence, the list opening and the explanation vary over the seeds.
    const lists = all.map(
      (it) => /(medication list:|currently takes|record lists)/.exec(it.stem)?.[1]
    )
    expect(distinct(lists.map(String))).toBe(3)
    const opens = all.map((it) => it.explanation.slice(0, 12).replace(/^\S+ is/, 'X is'))
    expect(distinct(opens)).toBeGreaterThanOrEqual(2)
  })

  it('antidepressant-mirtazapine says "not a recognised aggravator", never "no known link"', () => {
    for (const item of items('antidepressant-mirtazapine')) {
      const text = [item.explanation, ...item.options.map((o) => o.rationale)].join(' ')
      expect(text, item.id).not.toMatch(/no known link|has no link/)
    }
  })

  it('trigger-antiemetic-early-pregnancy: no promethazine clause for metoclopramide, and the doxylamine warning', () => {
    for (const item of items('trigger-antiemetic-early-pregnancy')) {
      const key = keyOf(item)
      if (key.code === 'metoclopramide')
        expect(key.rationale, item.id).not.toMatch(/given as an antiemetic/)
      expect(item.explanation, item.id).toMatch(/doxylamine-pyridoxine[^.]*H1 antihistamine/)
    }
  })
})

describe('P7: vignette slips in the trigger templates', () => {
  it('trigger-otc-bag-review: a rationale names no ingredient its option does not show', () => {
    const ingredients = ['camphor', 'eucalyptus', 'menthol', 'lemon balm', 'lavender', 'chamomile']
    for (const item of items('trigger-otc-bag-review'))
      for (const o of item.options)
        for (const ing of ingredients)
          if (o.rationale.toLowerCase().includes(ing))
            expect(o.text.toLowerCase(), `${item.id}: ${ing}`).toContain(ing)
  })

  it('trigger-care-home-night-walking: a cramp item’s explanation speaks of no walking', () => {
    const cramps = items('trigger-care-home-night-walking').filter(
      (it) => keyOf(it).code === 'nocturnal-leg-cramps'
    )
    expect(cramps.length).toBeGreaterThan(100)
    for (const item of cramps) {
      // Read 18 (F2#8): the cramp stems now say the resident walks about after a cramp, so that
      // RLS stays a live rival; the explanation still speaks of no walking.
      expect(item.explanation, item.id).not.toMatch(/walk|wander/i)
    }
  })

  it('trigger-ward-night-sedation: the doses given fit "most nights since admission"', () => {
    for (const item of items('trigger-ward-night-sedation')) {
      // Read 10 (r10I): three stem frames, so the day is read from the params, and the frame's own
      // words for "most nights" are accepted.
      const day = Number(itemParam(item, 'day'))
      const m = /given on (\d+) of (\d+) nights/.exec(item.stem)
      expect(m, item.id).not.toBeNull()
      const [given, nights] = [Number(m![1]), Number(m![2])]
      expect(nights, item.id).toBe(day - 1)
      expect(given, item.id).toBeLessThanOrEqual(nights)
      expect(given / nights, item.id).toBeGreaterThan(0.5)
      expect(item.stem, item.id).toMatch(
        /most nights since admission|Each night on the ward|out of bed for long spells every night/
      )
    }
  })
})

describe('P6: otc-pm-sleep-aid varies its frame and its key text', () => {
  it('six settings and five key wordings of the advice over the seeds', () => {
    const all = items('otc-pm-sleep-aid')
    const settings = all.map((it) => it.stem.split('. ')[0]!.replace(/^An? \d+-year-old \w+ /, ''))
    expect(distinct(settings.map((s) => s.replace(/\b(her|his|him|she|he)\b/g, '_')))).toBe(6)
    const advice = all.filter((it) => keyOf(it).code === 'stop-sedating-antihistamine')
    expect(advice.length).toBeGreaterThan(60)
    expect(distinct(advice.map((it) => keyOf(it).text))).toBe(5)
  })
})
