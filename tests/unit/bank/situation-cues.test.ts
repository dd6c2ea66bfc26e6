// The per-situation cue gate (questions/check/situation-cues.ts): a cue that points at the key in
// one situation and away from it in another cancels in the template's figure, and must still fail.
import { describe, expect, it } from 'vitest'
import type { Item } from '../../../questions/item'
import {
  cueFailures,
  cueFigures,
  situationFailures,
  situationFigures,
  situationOf,
  templateValidity,
  templateValidityProblems,
  MIN_SITUATION_ITEMS
} from '../../../questions/check/index'

/** A four-option item whose key is the longest option (`keyLongest`) or the shortest. */
function item(arm: string, n: number, keyLongest: boolean): Item {
  const texts = ['Give it', 'Give it now', 'Give it in a week', 'Give it after the clinic visit']
  const key = keyLongest ? 3 : 0
  return {
    id: `synthetic:arm=${arm};n=${n}#00000000`,
    bankVersion: '0.0.0',
    template: 'synthetic',
    family: '1',
    section: 'genetics',
    claims: [],
    difficulty: 1,
    estimatedSeconds: 60,
    stem: 'A patient asks a question.',
    question: 'What next?',
    options: texts.map((text, i) => ({
      id: (['A', 'B', 'C', 'D'] as const)[i] as Item['options'][number]['id'],
      code: `c${i}`,
      text,
      correct: i === key,
      rationale: ''
    })),
    objective: '',
    explanation: '',
    evidenceNote: null,
    references: [],
    facts: {}
  }
}

// 100 items where the key is always the longest, 300 where it is always the shortest: pooled,
// "longest" scores 25% — exactly chance — while one situation hands the key to it every time.
const cancelling: Item[] = [
  ...Array.from({ length: 100 }, (_, n) => item('a', n, true)),
  ...Array.from({ length: 300 }, (_, n) => item('b', n, false))
]

describe('situation cues', () => {
  it('reads the situation from the first situation param of the id', () => {
    expect(situationOf({ id: 't:arm=iron;situation=child-risk;x=1#ab' })).toBe(
      'situation=child-risk'
    )
    expect(situationOf({ id: 't:arm=iron;x=1#ab' })).toBe('arm=iron')
    expect(situationOf({ id: 't:x=1#ab' })).toBeNull()
  })

  it('finds a cue the pooled template figure hides', () => {
    const pooled = cueFigures(cancelling)
    expect(pooled.scores.longest).toBeCloseTo(25, 5)
    expect(cueFailures(pooled)).not.toContain('longest')
    const figures = situationFigures(cancelling)
    expect(figures.map((f) => f.situation)).toEqual(['arm=a', 'arm=b'])
    expect(figures[0]?.worst).toBe('longest')
    expect(figures[0]?.worstPoints).toBeCloseTo(75, 5)
    const gates = situationFailures(figures).map((f) => f.gate)
    expect(gates).toContain('situation:arm=a:longest')
    expect(gates).toContain('situation:arm=b:shortest')
  })

  it('fails the template through its validity problems, unless the gate is owed as debt', () => {
    const v = templateValidity(cancelling, { situations: true })
    const plain = templateValidityProblems('synthetic', v, {})
    expect(plain.problems.map((p) => p.check)).toContain('situation-cue')
    const owed = templateValidityProblems('synthetic', v, {
      synthetic: ['situation:arm=a:longest', 'situation:arm=b:shortest']
    })
    expect(owed.problems.filter((p) => p.check === 'situation-cue')).toEqual([])
    expect(owed.warnings.map((p) => p.check)).toContain('situation-cue')
    // Owed but passing is itself a failure: the debt list may only shrink.
    const cleared = templateValidityProblems('synthetic', v, {
      synthetic: ['situation:arm=a:longest', 'situation:arm=b:shortest', 'situation:arm=a:shortest']
    })
    const clearedGates = cleared.problems.filter((p) => p.check === 'debt-cleared')
    expect(clearedGates.map((p) => p.message)).toEqual([
      expect.stringContaining('situation:arm=a:shortest now passes')
    ])
  })

  it('does not judge a situation too small to measure, nor a template with one situation', () => {
    const small = [
      ...Array.from({ length: MIN_SITUATION_ITEMS - 1 }, (_, n) => item('a', n, true)),
      ...Array.from({ length: 300 }, (_, n) => item('b', n, false))
    ]
    expect(situationFigures(small).map((f) => f.situation)).toEqual(['arm=b'])
    const one = Array.from({ length: 200 }, (_, n) => item('a', n, true))
    expect(situationFigures(one)).toEqual([])
    // Over the whole bank (no situations asked for) nothing is split.
    expect(templateValidity(cancelling).situations).toEqual([])
  })
})
