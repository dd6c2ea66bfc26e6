// The lone-cue gate (questions/check/lone-cues.ts): the key must not be the one option that stands
// out by length, by carrying no absolute, or by being the only hedged one, more often than a blind
// pick would land on that option.
import { describe, expect, it } from 'vitest'
import { loneCueFailures, loneCueFigures, standOutOption } from '../../../questions/check/lone-cues'
import { cueFailures, cueFigures, strategyCredit } from '../../../questions/check/cue-checks'
import {
  applyDebt,
  templateValidity,
  templateValidityProblems
} from '../../../questions/check/validity'
import { optionsItem } from './helpers'

const item = optionsItem

const LONG = 'Correct the low iron now and then plan a gradual move to an alpha-2-delta drug'
const plain = ['Add an afternoon dose', 'Add levodopa at noon', 'Reassure and continue']

describe('standOutOption', () => {
  it('finds an option at least 1.25× as long as every other, and only then', () => {
    expect(standOutOption(item([LONG, ...plain], 0), 'lone-longest')).toBe(0)
    expect(standOutOption(item(['abcdefghij', 'abcdefghi', 'abcdefgh'], 0), 'lone-longest')).toBe(
      -1
    )
  })

  it('finds the only option without an absolute when every other has one', () => {
    const texts = ['Iron never helps here', 'Only a drug will do', 'Seek the cause first']
    expect(standOutOption(item(texts, 2), 'lone-unqualified')).toBe(2)
    expect(
      standOutOption(item(['Seek the cause', 'Try iron', 'Never iron'], 0), 'lone-unqualified')
    ).toBe(-1)
  })

  it('finds the only hedged option', () => {
    const texts = ['Stop the drug', 'It may be the iron', 'Add levodopa']
    expect(standOutOption(item(texts, 1), 'lone-hedged')).toBe(1)
    expect(standOutOption(item(['It may be', 'It can be', 'Add levodopa'], 0), 'lone-hedged')).toBe(
      -1
    )
  })
})

describe('loneCueFigures and the gate', () => {
  it('passes when the stand-out is the key no more often than a blind pick (1/n)', () => {
    // Four items with a long option, the key the long one in one of them: 25% = 1/4.
    const items = [0, 1, 2, 3].map((k) => item([LONG, ...plain], k))
    const f = loneCueFigures(items)
    expect(f['lone-longest'].withStandOut).toBe(100)
    expect(f['lone-longest'].keyStandsOut).toBe(25)
    expect(f['lone-longest'].expected).toBe(25)
    expect(loneCueFailures(f)).toEqual([])
  })

  it('fails a template whose key is the long option, and says by how much', () => {
    const items = [...new Array(3).fill(0), 1].map((k) => item([LONG, ...plain], k))
    const v = templateValidity(items)
    expect(loneCueFailures(v.loneCues)).toEqual(['lone-longest'])
    const { problems } = templateValidityProblems('x', v, {})
    const p = problems.find((q) => q.check === 'lone-cue')
    expect(p?.message).toContain('75.0% of items vs 25.0%')
  })

  it('reports a listed debt as a warning, and a cleared one as a failure', () => {
    const bad = templateValidity([0, 0, 0, 1].map((k) => item([LONG, ...plain], k)))
    const owed = templateValidityProblems('x', bad, { x: ['lone:lone-longest'] })
    expect(owed.problems.filter((q) => q.check === 'lone-cue')).toEqual([])
    expect(owed.warnings.map((q) => q.check)).toEqual(['lone-cue'])
    const good = templateValidity([0, 1, 2, 3].map((k) => item([LONG, ...plain], k)))
    const cleared = templateValidityProblems('x', good, { x: ['lone:lone-longest'] }).problems
    expect(cleared.map((q) => q.check)).toEqual(['debt-cleared'])
  })
})

describe('the middle-length strategy and debt scopes', () => {
  it('credits the options that are neither the longest nor the shortest, ties split', () => {
    const texts = ['ab', 'abcd', 'abcdef', 'abcdefgh']
    expect(strategyCredit(item(texts, 1), 'middle-length')).toBe(0.5)
    expect(strategyCredit(item(texts, 0), 'middle-length')).toBe(0)
    // All one length: every option ties, so the strategy scores chance.
    expect(strategyCredit(item(['abc', 'abd', 'abe', 'abf'], 2), 'middle-length')).toBe(0.25)
  })

  it('scores chance when the key length rank is uniform, and fails a key kept in the middle', () => {
    const texts = ['a'.repeat(10), 'a'.repeat(20), 'a'.repeat(30), 'a'.repeat(40)]
    const uniform = [0, 1, 2, 3].map((k) => item(texts, k))
    expect(cueFigures(uniform).scores['middle-length']).toBeCloseTo(25, 6)
    const middle = [1, 2, 1, 2].map((k) => item(texts, k))
    expect(cueFailures(cueFigures(middle))).toContain('middle-length')
  })

  it('applies debt per scope: a listed bank-wide gate warns, a cleared one fails', () => {
    const failing = new Map([['cue:middle-length', { check: 'cue', message: 'over the bank' }]])
    expect(applyDebt('(bank)', failing, { '(bank)': ['cue:middle-length'] })).toMatchObject({
      problems: [],
      warnings: [{ check: 'cue' }]
    })
    const cleared = applyDebt('(bank)', new Map(), { '(bank)': ['cue:middle-length'] })
    expect(cleared.problems.map((p) => p.check)).toEqual(['debt-cleared'])
  })
})
