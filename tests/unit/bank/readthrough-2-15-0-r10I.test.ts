// Read-through of bank 2.15.0, helper r10I (r10G pre-read): eight trigger templates. Each test
// would have failed before the fix it guards: a stem cue in the ward chart, timelines that could
// not happen, receptor actions that followed the indication, object pronouns rendered as "his",
// hard-coded iron values, and a foil with no referent.
import { describe, expect, it } from 'vitest'
import type { Item } from '../../../questions/item'
import { templates } from '../../../questions/templates/index'
import { distractors, itemParam, keyOf, templateItems } from './helpers'

const SEEDS = 300
const items = (id: string): Item[] => templateItems(id, SEEDS)
const texts = (i: Item): string[] => [
  i.stem,
  i.question,
  i.explanation,
  ...i.options.flatMap((o) => [o.text, o.rationale])
]
const num = (i: Item, name: string): number => Number(itemParam(i, name))

// An object pronoun rendered from {her} ("kept his awake", "makes his get up", "review his."):
// "his" after a verb that takes an object, followed by a word no possessive can precede.
const OBJECT_AS_HIS =
  /\b(kept|keeps|keep|keeping|makes|make|made|making|help|helps|helped|tell|tells|told|ask|asks|asked|let|lets|wake|wakes|woke|leave|leaves|left|stop|stops|stopped)\s+(his|hers)\b(?=\s*(?:[.,;:!?)]|$|(?:awake|asleep|up|get|go|walk|pace|stand|move|stretch|feel|to|from|that|whether|out|off|down)\b))/
const MINE = [
  'trigger-ward-night-sedation',
  'trigger-antihistamine-for-dialysis-itch',
  'trigger-promethazine-why-prescribed',
  'trigger-antiemetic-early-pregnancy',
  'trigger-chemotherapy-antiemetic',
  'trigger-seasonal-antihistamine',
  'trigger-snri-started-elsewhere',
  'trigger-quetiapine-why-prescribed'
]

describe('object pronouns (every template, 200 seeds)', () => {
  it('no template renders an object pronoun as "his" after a verb', () => {
    const failing = new Map<string, string>()
    for (const t of templates) {
      for (const item of templateItems(t.id, 200)) {
        const hit = texts(item)
          .map((s) => OBJECT_AS_HIS.exec(s)?.[0])
          .find(Boolean)
        if (hit) {
          failing.set(t.id, hit)
          break
        }
      }
    }
    for (const id of MINE) expect(failing.get(id), id).toBeUndefined()
    // iron-sampling-conditions' "kept {her} awake" was the last one, fixed at merge.
    expect([...failing]).toEqual([])
  })

  it('the pattern catches the old oncology wording', () => {
    expect(OBJECT_AS_HIS.test('his legs have kept his awake')).toBe(true)
    expect(OBJECT_AS_HIS.test('makes his get up and pace')).toBe(true)
    expect(OBJECT_AS_HIS.test('lying still makes his legs unbearable')).toBe(false)
  })
})

describe('trigger-ward-night-sedation: no annotation is the culprit’s alone', () => {
  const list = items('trigger-ward-night-sedation')
  // The chart entries, each "generic … (record)", from "the drug chart lists …. Both legs".
  const entries = (i: Item): string[] => {
    const chart = /the drug chart lists (.*?)\. Both legs/i.exec(i.stem)?.[1] ?? ''
    return [...chart.matchAll(/(?:and )?([a-z][a-z ]*? \d[^()]*?\([^)]*\))/g)].map((m) => m[1]!)
  }
  it('every chart entry carries an administration record', () => {
    for (const i of list) {
      const e = entries(i)
      expect(e.length, i.id).toBe(i.options.length)
      for (const x of e) expect(x, i.id).toMatch(/given/)
    }
  })
  it('"as needed" is never on the culprit alone', () => {
    for (const i of list) {
      const key = keyOf(i).text.split(' ')[0]!.toLowerCase()
      expect(entries(i).length, i.id).toBe(i.options.length)
      const prn = entries(i).filter((x) => x.includes('as needed'))
      if (prn.some((x) => x.startsWith(key))) expect(prn.length, i.id).toBeGreaterThan(1)
    }
  })
  it('the culprit is sometimes a regular night dose, and the stem has several frames', () => {
    expect(
      list.some((i) => !keyOf(i).rationale.includes('as needed') && /regular dose/.test(i.stem))
    ).toBe(true)
    const openings = new Set(list.map((i) => i.stem.split(' ').slice(3, 8).join(' ')))
    expect(openings.size).toBeGreaterThan(2)
    expect(new Set(list.map((i) => itemParam(i, 'sex'))).size).toBe(2)
  })
})

describe('trigger-antihistamine-for-dialysis-itch', () => {
  const list = items('trigger-antihistamine-for-dialysis-itch')
  it('no dialysis-day regimen predates dialysis', () => {
    for (const i of list) {
      const yrs = num(i, 'yrs')
      for (const m of i.stem.matchAll(
        /(after dialysis|on non-dialysis days|\(renal dose\))[^(]*\([^)]*?(\d+) years ago\)/g
      )) {
        expect(Number(m[2]), i.id).toBeLessThanOrEqual(yrs)
      }
    }
  })
  it('one dose per regimen: no key with a second dose', () => {
    for (const i of list) expect(i.stem, i.id).not.toMatch(/and \d+ mg by day/)
  })
  it('the co-started drug rotates', () => {
    const fresh = new Set(list.map((i) => itemParam(i, 'fresh')))
    expect(fresh.size).toBeGreaterThanOrEqual(3)
  })
})

describe('promethazine: receptor actions do not follow the indication', () => {
  for (const id of ['trigger-promethazine-why-prescribed', 'trigger-antiemetic-early-pregnancy']) {
    it(id, () => {
      for (const i of items(id)) {
        for (const s of texts(i)) {
          expect(s, i.id).not.toMatch(/acting as a|given as an antiemetic|prescribed as a sedating/)
        }
      }
    })
  }
  it('the promethazine explanation names both actions in every arm', () => {
    for (const i of items('trigger-promethazine-why-prescribed')) {
      expect(i.explanation, i.id).toMatch(/H1/)
      expect(i.explanation, i.id).toMatch(/D2/)
      expect(i.explanation, i.id).toMatch(/reason it was prescribed decides the plan/)
    }
  })
})

describe('trigger-antiemetic-early-pregnancy: plausible history and setting', () => {
  const list = items('trigger-antiemetic-early-pregnancy')
  it('no insulin or metformin for type 2 diabetes at these ages', () => {
    for (const i of list) expect(i.stem, i.id).not.toMatch(/type 2 diabetes/)
  })
  it('no examination finding in a phone call', () => {
    for (const i of list) expect(i.stem, i.id).not.toMatch(/calls the/)
  })
  it('no long-term drug started before 16 (type 1 diabetes excepted)', () => {
    for (const i of list) {
      for (const m of i.stem.matchAll(/for ([a-z ]+?) \(started by [^)]*? (\d+) years ago\)/g)) {
        if (m[1] !== 'type 1 diabetes') {
          expect(i.stem.match(/^A[n]? (\d+)/)?.[1], i.id).toBeDefined()
          const age = Number(/^An? (\d+)/.exec(i.stem)?.[1])
          expect(age - Number(m[2]), `${i.id} ${m[1]}`).toBeGreaterThanOrEqual(16)
        }
      }
    }
  })
})

describe('trigger-chemotherapy-antiemetic', () => {
  it('at least two symptomatic cycles before the review', () => {
    for (const i of items('trigger-chemotherapy-antiemetic')) {
      expect(num(i, 'cycle'), i.id).toBeGreaterThanOrEqual(4)
    }
  })
})

describe('trigger-seasonal-antihistamine', () => {
  const list = items('trigger-seasonal-antihistamine')
  it('ferritin and TSAT are drawn, replete and clear of thresholds', () => {
    const fers = new Set<number>()
    for (const i of list) {
      const m = /ferritin, checked last winter, was (\d+) ng\/mL with a TSAT of (\d+)%/.exec(i.stem)
      expect(m, i.id).not.toBeNull()
      const [fer, tsat] = [Number(m![1]), Number(m![2])]
      fers.add(fer)
      expect(fer, i.id).toBeGreaterThanOrEqual(110)
      expect(tsat, i.id).toBeGreaterThanOrEqual(22)
      expect(tsat, i.id).toBeLessThanOrEqual(43)
    }
    expect(fers.size).toBeGreaterThan(20)
  })
  it('an RLS drug is no older than the RLS history and none starts before 18', () => {
    for (const i of list) {
      const age = Number(/^An? (\d+)/.exec(i.stem)?.[1])
      const years = num(i, 'years')
      const rls = /for restless legs syndrome \(for (\d+) years?\)/.exec(i.stem)
      if (rls) expect(Number(rls[1]), i.id).toBeLessThanOrEqual(years)
      for (const m of i.stem.matchAll(/\(for (\d+) years?\)/g)) {
        expect(age - Number(m[1]), i.id).toBeGreaterThanOrEqual(18)
      }
    }
  })
  it('"recognised aggravator" at most twice in the explanation', () => {
    for (const i of list) {
      expect(i.explanation.split('recognised aggravator').length - 1, i.id).toBeLessThanOrEqual(2)
    }
  })
})

describe('trigger-snri-started-elsewhere', () => {
  const list = items('trigger-snri-started-elsewhere')
  it('no DPP-4 inhibitor as the only diabetes drug', () => {
    for (const i of list) {
      if (/sitagliptin/.test(i.stem)) expect(i.stem, i.id).toMatch(/metformin/)
    }
  })
  it('the α2δ decoy’s use and the stem frame vary', () => {
    const uses = new Set(
      list.map((i) => /gabapentin [^)]*? for ([a-z -]+?) \(/.exec(i.stem)?.[1]).filter(Boolean)
    )
    expect(uses.size).toBeGreaterThanOrEqual(2)
    expect(
      new Set(list.map((i) => i.stem.split('.')[0]!.replace(/^An? \d+-year-old \w+ /, ''))).size
    ).toBeGreaterThanOrEqual(2)
  })
})

describe('trigger-quetiapine-why-prescribed', () => {
  const list = items('trigger-quetiapine-why-prescribed')
  it('no foil names a specialist the stem does not have', () => {
    for (const i of list) {
      if (itemParam(i, 'arm') !== 'insomnia') continue
      for (const d of distractors(i)) expect(d.text, i.id).not.toMatch(/specialist/)
    }
  })
  it('nobody over 61 works shifts', () => {
    for (const i of list) {
      if (num(i, 'age') >= 62) expect(i.stem, i.id).not.toMatch(/works shifts/)
    }
  })
  it('ferritin is drawn, replete and clear of thresholds', () => {
    const fers = new Set<number>()
    for (const i of list) {
      const m = /ferritin is (\d+) ng\/mL with a TSAT of (\d+)%/.exec(i.stem)
      expect(m, i.id).not.toBeNull()
      fers.add(Number(m![1]))
      expect(Number(m![1]), i.id).toBeGreaterThanOrEqual(110)
      expect(Number(m![2]), i.id).toBeGreaterThanOrEqual(22)
      expect(Number(m![2]), i.id).toBeLessThanOrEqual(43)
    }
    expect(fers.size).toBeGreaterThan(20)
  })
})
