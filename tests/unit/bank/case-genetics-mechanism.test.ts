// The case-based genetics and mechanism templates (read-through 5, pattern 3): well formed, cue
// free by the bank's own strategies, cited to references with a DOI or PMID, and kept apart from
// the knowledge grids by their statements.
import { describe, expect, it } from 'vitest'
import { checkItem, statementsOf, templateValidity } from '../../../questions/check/index'
import { CUE_MARGIN_POINTS, STRATEGIES } from '../../../questions/check/cue-checks'
import { VALIDITY_DEBT } from '../../../questions/check/validity-debt'
import { referenceById } from '../../../questions/content/references'
import { stemText } from '../../../questions/exhibits'
import { templateItems } from './helpers'

const CASES = {
  'genetics-family-risk': ['child-risk', 'relative-test', 'work-up'],
  'mechanism-in-practice': ['iron-normal-blood-count', 'agonist-augmentation']
} as const

describe.each(Object.entries(CASES))('%s', (id, situations) => {
  const items = templateItems(id, 1000)

  it('passes every item gate and fills every placeholder', () => {
    for (const it of items.slice(0, 300)) {
      expect(checkItem(it), it.id).toEqual([])
      const text = [stemText(it), it.question, it.explanation, ...it.options.map((o) => o.text)]
      for (const t of text) expect(t, it.id).not.toMatch(/[{}]|undefined/)
    }
  })

  it('covers each situation, keys each one, and names the situation as a statement', () => {
    const seen = new Set(items.map((i) => String(i.facts.situation)))
    expect([...seen].sort()).toEqual([...situations].sort())
    for (const it of items)
      expect(statementsOf(it)).toContain(`${id.split('-')[0]}-case:${it.facts.situation}`)
    expect(new Set(items.map((i) => i.options.find((o) => o.correct)?.code)).size).toBe(
      situations.length
    )
  })

  it('no knowledge-free strategy beats chance by more than the margin (unless owed)', () => {
    const v = templateValidity(items)
    const owed = VALIDITY_DEBT[id] ?? []
    for (const s of STRATEGIES)
      if (!owed.includes(`cue:${s}`))
        expect(v.cues.scores[s] - v.cues.chance, s).toBeLessThanOrEqual(CUE_MARGIN_POINTS)
    expect(v.keyPositionDeviation).toBeLessThanOrEqual(0.25)
  })

  it('cites references that carry a DOI or PMID', () => {
    for (const it of items.slice(0, 100))
      for (const r of it.references) {
        const ref = referenceById.get(r)
        expect(ref, r).toBeDefined()
        expect(ref?.doi ?? ref?.pmid, r).toBeTruthy()
      }
  })
})

describe('knowledge grids and cases keep their statements apart', () => {
  it('knowledge-genetics no longer asks about a child’s risk or gene tests (the case does)', () => {
    for (const it of templateItems('knowledge-genetics', 300)) {
      for (const s of statementsOf(it)) expect(s).toMatch(/^genetics:/)
      expect(statementsOf(it).some((s) => /children|gene-test/.test(s))).toBe(false)
      expect(it.stem).not.toMatch(/for his and|for her and his/)
    }
  })

  it('a mechanism case shares a grid statement only where it asserts the grid fact', () => {
    for (const it of templateItems('mechanism-in-practice', 300)) {
      const shared = statementsOf(it).filter((s) => s.startsWith('mechanism:'))
      const running = it.options.some((o) => o.code === 'dopamine-running-out')
      expect(shared.includes('mechanism:dopamine-altered')).toBe(running)
    }
    for (const it of templateItems('knowledge-mechanism', 300))
      expect(it.options.map((o) => o.code)).not.toContain('iron-beyond-anaemia')
  })

  it('iron values in the mechanism case stay clear of the thresholds and of anaemia', () => {
    for (const it of templateItems('mechanism-in-practice', 300)) {
      const labs = it.facts.labs as { ferritinNgMl: number; tsatPercent: number } | undefined
      if (!labs) continue
      expect(labs.ferritinNgMl).toBeLessThanOrEqual(70)
      expect(labs.tsatPercent).toBeGreaterThanOrEqual(22)
      expect(labs.tsatPercent).toBeLessThanOrEqual(43)
      const table = it.exhibits?.[0]
      const rows = table?.kind === 'labs' ? table.rows : []
      const hb = rows.find((r) => r.name.startsWith('Haemoglobin'))
      expect(hb?.flag ?? null, it.id).toBeNull()
    }
  })
})
