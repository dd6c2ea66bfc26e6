// Read-through 7 (bank 2.12.0), helper r8A: the cue vocabulary and the per-item length gate, and
// the knowledge, secondary-context, genetics-case and mimic templates they judge. Every template
// property is checked over 300+ seeds (not on the two exported quizzes); each test fails on the
// 2.13.0 code.
import { describe, expect, it } from 'vitest'
import { ABSOLUTES, HEDGES, isHedged, isUnqualified } from '../../../questions/check/cue-checks'
import {
  keyLengthFails,
  keyLengthFigure,
  loneCueFailures,
  standOutOption
} from '../../../questions/check/lone-cues'
import { templateValidity, templateValidityProblems } from '../../../questions/check/validity'
import type { Item } from '../../../questions/item'
import {
  foilsInKeyRegister,
  lengthLead,
  MAX_LENGTH_LEAD,
  MIN_FOILS_IN_KEY_REGISTER
} from '../../../questions/templates/clinical/statements'
import type { Fact } from '../../../questions/templates/parallel'
import { ESRD_FACTS } from '../../../questions/templates/clinical/secondary-esrd'
import { PREGNANCY_FACTS } from '../../../questions/templates/clinical/secondary-pregnancy'
import { EPIDEMIOLOGY_FACTS } from '../../../questions/templates/clinical/knowledge-epidemiology'
import { GENETICS_FACTS } from '../../../questions/templates/clinical/knowledge-genetics'
import {
  IRON_FACTS,
  MECHANISM_FACTS
} from '../../../questions/templates/clinical/knowledge-mechanism'
import { itemParam, templateItems, optionsItem } from './helpers'

const SEEDS = 400
const keyOf = (it: Item) => it.options.find((o) => o.correct)!
const foilsOf = (it: Item) => it.options.filter((o) => !o.correct)
const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0
const context = (it: Item) => (it.facts as { context?: string }).context
const variant = (it: Item) => (it.facts as { variant?: string }).variant
const situation = (it: Item) => (it.facts as { situation?: string }).situation

const item = optionsItem

describe('P1: the registers read as an examiner reads them', () => {
  it('hedges: the qualifiers read 7 found on lone keys', () => {
    for (const t of [
      'Roughly one in five people on haemodialysis have RLS',
      'Up to about 60% of patients report an affected relative',
      'A normal ferritin cannot exclude low brain iron',
      'PLMS support RLS, yet their absence does not exclude it',
      'A raised CRP does not rule out iron deficiency',
      'Ferritin is not on its own a measure of iron stores',
      'Around 20% of pregnancies are affected',
      'Approximately 2–3% of adults have clinically significant RLS'
    ])
      expect(count(t, HEDGES), t).toBeGreaterThan(0)
    // "About" and "around" are hedges only before a quantity.
    expect(count('Ask about the drug list', HEDGES)).toBe(0)
    expect(count('Walk around the ward', HEDGES)).toBe(0)
  })

  it('absolutes: the confident verbs read 7 found on every foil', () => {
    for (const t of [
      'A ferritin of 300 proves that iron stores are adequate',
      'The diagnosis rests on a sleep study',
      'Nerve conduction studies are needed in every case',
      'The apnoea can wait until the legs are treated',
      'The low TSAT can be set aside',
      'RLS usually settles once dialysis is established',
      'Start IV iron at once',
      'A DaT scan confirms it'
    ])
      expect(count(t, ABSOLUTES), t).toBeGreaterThan(0)
    // A negated exclusion is a qualifier, not an absolute.
    expect(count('A normal ferritin cannot exclude it', ABSOLUTES)).toBe(0)
    expect(count('Their absence does not exclude RLS', ABSOLUTES)).toBe(0)
  })

  it('a hedge beside as many absolutes is no longer a qualified statement', () => {
    expect(isHedged('Roughly one in five people on dialysis have RLS')).toBe(true)
    expect(isHedged('RLS usually settles once dialysis is established')).toBe(false)
    expect(isUnqualified('RLS usually settles once dialysis is established')).toBe(false)
    expect(isUnqualified('Kidney failure is a recognised setting of RLS')).toBe(true)
  })

  it('the lone-cue gate now sees read 7’s 85093 #9 and #34 (lone qualified key)', () => {
    const esrd = item(
      [
        'Roughly one in five people on haemodialysis have RLS',
        'Dialysis-dependent kidney failure is a rare and doubtful setting for RLS',
        'RLS usually settles once dialysis is established',
        'Iron on dialysis follows RLS cut-offs, not renal protocols'
      ],
      0
    )
    expect(standOutOption(esrd, 'lone-hedged')).toBe(0)
    const dx = item(
      [
        'PLMS on a sleep study support RLS, yet their absence does not exclude it',
        'The diagnosis rests on a sleep study, checked against the five IRLSSG criteria',
        'Nerve conduction studies are needed in every case before the diagnosis is made',
        'Ferritin and TSAT are not checked once the five criteria are clearly met'
      ],
      0
    )
    expect(standOutOption(dx, 'lone-hedged')).toBe(0)
    expect(standOutOption(dx, 'lone-unqualified')).toBe(0)
    const v = templateValidity([esrd, dx, esrd, dx])
    expect(loneCueFailures(v.loneCues)).toContain('lone-hedged')
  })
})

describe('P2: the per-item key-length gate', () => {
  const LONG = 'RLS appears in roughly 20–25% of pregnancies, mostly in the third trimester'
  const short = [
    'RLS is reported about twice as often by men',
    'Prevalence tends to fall with age in adults',
    'About 25% of adults have significant RLS'
  ]

  it('counts a key > 1.15× the longest foil against a foil > 1.15× the rest', () => {
    const keyed = item([LONG, ...short], 0)
    const foiled = item([short[0]!, LONG, short[1]!, short[2]!], 0)
    const even = item(short, 1)
    const f = keyLengthFigure([keyed, foiled, even, even])
    expect(f.keyLong).toBe(25)
    expect(f.foilLong).toBe(25)
    expect(keyLengthFails(f)).toBe(false)
  })

  it('fails a template whose long option is the key, says so, and honours a debt line', () => {
    const items = [item([LONG, ...short], 0), item([LONG, ...short], 0), item(short, 0)]
    const v = templateValidity(items)
    expect(keyLengthFails(v.keyLength)).toBe(true)
    const { problems } = templateValidityProblems('x', v, {})
    const p = problems.find((q) => q.check === 'key-long')
    expect(p?.message).toContain('66.7% of items vs a foil')
    const owed = templateValidityProblems('x', v, { x: ['key-long'] })
    expect(owed.problems.filter((q) => q.check === 'key-long')).toEqual([])
    expect(owed.warnings.map((q) => q.check)).toContain('key-long')
  })
})

/** The template gates this helper's templates must pass outright (no debt). */
function expectTemplateGreen(id: string, items: readonly Item[]) {
  const { problems } = templateValidityProblems(id, templateValidity(items), {})
  expect(
    problems.map((p) => p.message),
    id
  ).toEqual([])
}

const GRIDS = [
  'secondary-context',
  'knowledge-diagnosis',
  'knowledge-epidemiology',
  'knowledge-genetics',
  'knowledge-mechanism'
] as const

describe('fact grids: a fact’s true and false forms read alike under the broadened lists', () => {
  const grids: Record<string, readonly Fact[]> = {
    ESRD_FACTS,
    PREGNANCY_FACTS,
    EPIDEMIOLOGY_FACTS,
    GENETICS_FACTS,
    MECHANISM_FACTS,
    IRON_FACTS
  }
  for (const [name, facts] of Object.entries(grids)) {
    it(name, () => {
      for (const f of facts) {
        expect(f.true.length, f.code).toBe(f.false.length)
        f.true.forEach((t, i) => {
          const g = f.false[i]!
          expect([isHedged(t), isUnqualified(t)], `${t} / ${g}`).toEqual([
            isHedged(g),
            isUnqualified(g)
          ])
        })
      }
    })
  }
})

describe('fact grids: the key reads like its foils', () => {
  // Per item, where the template draws through balancedDraw: ESRD asks for two foils in the key's
  // register (read 7's fix (b)), the others for one, so the key is never the lone one.
  const floors: [string, (it: Item) => boolean, number][] = [
    ['secondary-context', (it) => context(it) === 'esrd', 2],
    ['secondary-context', (it) => context(it) === 'pregnancy', MIN_FOILS_IN_KEY_REGISTER],
    ['knowledge-diagnosis', (it) => variant(it) === 'clinical', MIN_FOILS_IN_KEY_REGISTER],
    ['knowledge-mechanism', () => true, MIN_FOILS_IN_KEY_REGISTER]
  ]
  for (const [id, which, floor] of floors) {
    it(`${id}: at least ${floor} foil(s) in the key's register in every item`, () => {
      const items = templateItems(id, SEEDS).filter(which)
      expect(items.length).toBeGreaterThan(100)
      for (const it of items) {
        expect(foilsInKeyRegister(it.options), it.id).toBeGreaterThanOrEqual(floor)
        const k = it.options.findIndex((o) => o.correct)
        expect(standOutOption(it, 'lone-hedged'), it.id).not.toBe(k)
        expect(standOutOption(it, 'lone-unqualified'), it.id).not.toBe(k)
      }
    })
  }

  for (const id of GRIDS) {
    it(`${id}: every strategy, lone cue and the key-length gate within the margin`, () => {
      expectTemplateGreen(id, templateItems(id, 1000))
    })
  }
})

describe('secondary-context (85093 #9)', () => {
  const esrd = templateItems('secondary-context', 1000).filter((it) => context(it) === 'esrd')

  it('ESRD keys a teaching point of the setting, never the bare prevalence figure', () => {
    expect(esrd.length).toBeGreaterThan(250)
    const keys = new Set(esrd.map((it) => keyOf(it).code))
    expect(keys.has('one-in-five')).toBe(false)
    expect(keys.size).toBeGreaterThanOrEqual(3)
    for (const it of esrd) expect(it.question, it.id).not.toMatch(/this patient/)
  })

  it('no ESRD foil that the stem itself contradicts (settling on dialysis)', () => {
    for (const it of esrd)
      for (const o of it.options) expect(o.text, it.id).not.toMatch(/settles|persists|continues/i)
  })
})

describe('knowledge-diagnosis (85093 #34)', () => {
  const clinical = templateItems('knowledge-diagnosis', SEEDS).filter(
    (it) => variant(it) === 'clinical'
  )

  it('keys the main teaching: a clinical diagnosis from the history', () => {
    expect(clinical.length).toBeGreaterThan(150)
    for (const it of clinical) {
      expect(keyOf(it).code).toBe('clinical-diagnosis')
      expect(keyOf(it).text).toMatch(/history/)
    }
  })

  it('the key is plain in some items and hedged in others', () => {
    const registers = new Set(
      clinical.map((it) => `${isHedged(keyOf(it).text)}|${isUnqualified(keyOf(it).text)}`)
    )
    expect(registers.size).toBeGreaterThanOrEqual(2)
  })
})

describe('knowledge-epidemiology (85093 #28)', () => {
  it('the key is hardly ever more than 1.15× the longest foil, nor is any option', () => {
    const items = templateItems('knowledge-epidemiology', 1000)
    const f = keyLengthFigure(items)
    // 2.13.0: the key > 1.15× the longest foil in about 9% of items.
    expect(f.keyLong).toBeLessThan(1)
    expect(items.filter((it) => lengthLead(it.options) > MAX_LENGTH_LEAD).length).toBeLessThan(20)
  })
})

describe('genetics-family-risk (85093 #2)', () => {
  const items = templateItems('genetics-family-risk', SEEDS)
  const work = items.filter((it) => situation(it) === 'work-up')

  it('the explanation names an onset age only when the stem gives it', () => {
    for (const it of items) {
      for (const m of it.explanation.matchAll(/onset at (\d+)/g))
        expect(it.stem, it.id).toContain(m[1]!)
      const onset = Number(itemParam(it, 'onset'))
      if (!it.stem.includes(String(onset)))
        expect(it.explanation, it.id).not.toContain(String(onset))
    }
    expect(work.some((it) => /teens/.test(it.stem))).toBe(true)
  })

  it('work-up options do not share one opening, and the key is not marked by length', () => {
    expect(work.length).toBeGreaterThan(80)
    for (const it of work) {
      const openings = new Set(it.options.map((o) => o.text.split(/[ ,;]/).slice(0, 2).join(' ')))
      expect(openings.size, it.id).toBeGreaterThanOrEqual(3)
      expect(keyOf(it).text, it.id).not.toMatch(/^The family history supports RLS|^It supports RLS/)
    }
    const keyLongest = work.filter((it) =>
      foilsOf(it).every((o) => o.text.length < keyOf(it).text.length)
    ).length
    expect(keyLongest / work.length).toBeLessThan(0.4)
  })

  it('every strategy, lone cue and the key-length gate within the margin', () => {
    expectTemplateGreen('genetics-family-risk', templateItems('genetics-family-risk', 1000))
  })
})
