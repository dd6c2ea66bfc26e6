// Read-through 11 (bank 2.17.0, seeds 116047/120121): the items the lead fixed after it.
import { describe, expect, it } from 'vitest'
import { rlsCausesCourse } from '../../../questions/content/course'
import { generateItem } from '../../../questions/generate'
import type { Item } from '../../../questions/item'
import { templates } from '../../../questions/templates/index'

const itemsOf = (id: string, n = 600): Item[] => {
  const t = templates.find((x) => x.id === id)
  if (!t) throw new Error(`no template ${id}`)
  return Array.from({ length: n }, (_, s) => generateItem(t, s, rlsCausesCourse))
}
const key = (it: Item) => it.options.find((o) => o.correct)
const param = (it: Item, k: string) => new RegExp(`[:;]${k}=([^;#]*)`).exec(it.id)?.[1]

describe('read 11 own-merit MAJORs', () => {
  it('iron-before-drug-treatment never speaks of four diagnostic criteria (116047 #18)', () => {
    for (const it of itemsOf('iron-before-drug-treatment'))
      expect(it.stem).not.toMatch(/\bfour\b[^.]*criteria/i)
  })
  it('iron-dialysis-decision: the no-iron key is not the one option saying "for now" (116047 #1)', () => {
    for (const it of itemsOf('iron-dialysis-decision')) expect(key(it)?.text).not.toMatch(/for now/)
  })
  it('iron-inflammation-ckd: the zone is written in one measured register, never the firm one (120121 #16)', () => {
    const zone = itemsOf('iron-inflammation-ckd').filter((i) => i.id.includes('register='))
    expect(zone.length).toBeGreaterThan(50)
    for (const it of zone) {
      expect(param(it, 'register')).toBe('measured')
      for (const o of it.options)
        expect(o.text).not.toMatch(/\b(must|excludes?|proves?|alone|rules out)\b/)
    }
  })
  it('iron-inflammation-ckd: only the CKD cases are taught through CKD and dialysis', () => {
    for (const it of itemsOf('iron-inflammation-ckd'))
      if (param(it, 'context') !== 'ckd') expect(it.explanation).not.toMatch(/\bCKD\b|dialysis/)
  })
  it('lifestyle-counselling: the evidence question does not hand the key its first word (116047 #5)', () => {
    for (const it of itemsOf('lifestyle-counselling'))
      if (/Studies have not shown/.test(key(it)?.text ?? ''))
        expect(it.stem).not.toMatch(/what the studies|studies actually show/i)
  })
})

describe('read 11 MINORs', () => {
  it('trigger-care-home-night-walking starts mirtazapine at an older-adult dose, no eponym label (120121 #10)', () => {
    for (const it of itemsOf('trigger-care-home-night-walking')) {
      if (param(it, 'arm') === 'rls') expect(Number(param(it, 'dose'))).toBeLessThanOrEqual(15)
      for (const o of it.options) expect(o.text).not.toMatch(/Willis/)
    }
  })
})

describe('read 11 slips in the teaching (P2, P4, P8)', () => {
  it('antidepressant-choice "compare" never names bupropion, the "choose" key, and has its own objective', () => {
    const compare = itemsOf('antidepressant-choice').filter(
      (i) => param(i, 'variant') === 'compare'
    )
    expect(compare.length).toBeGreaterThan(100)
    for (const it of compare) {
      const text = [it.stem, it.explanation, it.objective, ...it.options.map((o) => o.rationale)]
      expect(text.join(' ')).not.toMatch(/bupropion/i)
      expect(it.references).not.toContain('bayard2011')
    }
  })
  it('no key says brain iron "is found low" (M4: it can be low), no criterion is "quoted", no 60% "rule"', () => {
    for (const it of itemsOf('knowledge-mechanism'))
      expect(key(it)?.text).not.toMatch(/is found low/)
    for (const it of itemsOf('knowledge-diagnosis'))
      for (const o of it.options) expect(o.rationale).not.toMatch(/It reads:/)
    for (const it of itemsOf('knowledge-genetics'))
      expect([it.explanation, ...it.options.map((o) => o.rationale)].join(' ')).not.toMatch(
        /rule rather than the exception/
      )
  })
  it('the dialysis-itch explanation does not turn an as-needed antihistamine into "most nights"', () => {
    for (const it of itemsOf('trigger-antihistamine-for-dialysis-itch'))
      expect(it.explanation).not.toMatch(/most nights/)
  })
})

describe('read 11 timelines and settings (P6)', () => {
  it('the dated review starts the trigger the month before the RLS turns nightly (116047 #16)', () => {
    const months =
      'January February March April May June July August September October November December'.split(
        ' '
      )
    for (const it of itemsOf('trigger-dated-medication-review')) {
      const drug = key(it)?.code ?? ''
      const start = new RegExp(`${drug} was started by [^,]*? in (\\w+)`, 'i').exec(it.stem)?.[1]
      const nightly = /from (\w+)(?: this year| last year)? onwards they have been nightly/.exec(
        it.stem
      )?.[1]
      expect(start && nightly, it.stem.slice(0, 200)).toBeTruthy()
      const gap = (months.indexOf(nightly!) - months.indexOf(start!) + 12) % 12
      expect(gap, it.id).toBe(1)
    }
  })
  it('lactational mastitis is not treated with amoxicillin alone (116047 #29)', () => {
    for (const it of itemsOf('trigger-ssri-after-delivery'))
      expect(it.stem).not.toMatch(/amoxicillin[^.;]*mastitis/)
  })
})

describe('objectives follow the arm (read 11, P8)', () => {
  const byArm = (id: string, k: string) => {
    const m = new Map<string, Set<string>>()
    for (const it of itemsOf(id, 300)) {
      const a = param(it, k) ?? ''
      m.set(a, (m.get(a) ?? new Set()).add(it.objective))
    }
    return m
  }
  it.each([
    ['iron-missed-in-referral-letter', 'arm'],
    ['iron-recheck-after-oral-course', 'arm'],
    ['genetics-family-risk', 'situation']
  ])('%s: each %s has its own objective', (id, k) => {
    const m = byArm(id, k)
    expect(m.size).toBeGreaterThan(1)
    const all = [...m.values()].map((s) => [...s].join('|'))
    expect(new Set(all).size).toBeGreaterThan(1)
  })
  it('the referral letter names the antidepressant only in its drug arm', () => {
    for (const it of itemsOf('iron-missed-in-referral-letter', 300))
      if (param(it, 'arm') === 'ferritin') expect(it.objective).not.toMatch(/antidepressant/)
  })
})

describe('read 13 (bank 2.17.4, seeds 131071/135979)', () => {
  it('"continue the oral iron" is keyed only for a course that is working (135979 #13)', () => {
    const keyed = itemsOf('iron-recheck-after-oral-course', 1000).filter(
      (i) => param(i, 'arm') === 'iron-indicated'
    )
    expect(keyed.length).toBeGreaterThan(100)
    for (const it of keyed) {
      // The start ferritins of the template's three stories (START_FERRITIN), by the \`start\` param.
      const start = [38, 31, 52][Number(param(it, 'start'))] ?? NaN
      expect(it.stem).toContain(`${start} ng/mL`)
      const now = Number(param(it, 'fer'))
      expect(now - start, it.id).toBeGreaterThanOrEqual(8)
      expect(now).toBeLessThanOrEqual(68)
      expect(Number(param(it, 'hb10'))).toBeGreaterThanOrEqual(Number(param(it, 'hbStart10')))
    }
  })
  it('rls-vs-mimic: the positional story does not say "position" beside "positional discomfort" (131071 #25)', () => {
    for (const it of itemsOf('rls-vs-mimic', 1000))
      if (param(it, 'dx') === 'positional-discomfort') expect(it.stem).not.toMatch(/\bposition/i)
  })
})

describe('iron-child-threshold no-iron arm (131071 #9)', () => {
  it('always offers one iron-giving foil, so the cut-off of 50 is tested, and its key does not name iron', () => {
    const noIron = itemsOf('iron-child-threshold', 1000).filter(
      (i) => param(i, 'arm') === 'no-iron'
    )
    expect(noIron.length).toBeGreaterThan(300)
    // Read 18 (F2#3): the "whatever the ferritin" foil became child-iron-low-range.
    const giving = new Set(['child-oral-iron', 'child-iv-iron-first', 'child-iron-low-range'])
    for (const it of noIron) {
      expect(it.options.filter((o) => giving.has(o.code))).toHaveLength(1)
      expect(key(it)?.text).not.toMatch(/iron/i)
    }
  })
})
