import { describe, expect, it } from 'vitest'
import {
  estimateHours,
  HONESTY_STATEMENT,
  parseSignedFields
} from '../../../main/certificate/fields'
import {
  formatDate,
  formatDuration,
  formatPercent,
  formatSuspensions
} from '../../../main/certificate/format'
import { FAKE_PAGES, sampleInput } from './helpers'

describe('estimateHours', () => {
  it('rounds the items’ estimated time to the nearest quarter hour, at least 0.25', () => {
    expect(estimateHours([])).toBe(0.25)
    expect(estimateHours([60, 90])).toBe(0.25)
    expect(estimateHours(Array(20).fill(90))).toBe(0.5) // 30 min
    expect(estimateHours(Array(30).fill(90))).toBe(0.75) // 45 min
    expect(estimateHours([1349])).toBe(0.25) // 22.48 min → 0.25
    expect(estimateHours([1351])).toBe(0.5) // 22.52 min → 0.5
    expect(estimateHours([3600, 3600, 900])).toBe(2.25)
  })
})

describe('parseSignedFields', () => {
  const valid = { ...sampleInput(), keyFingerprint: 'AAAA BBBB', pages: FAKE_PAGES }

  it('accepts a complete payload and rejects unknown or malformed fields', () => {
    expect(parseSignedFields(valid)).toEqual(valid)
    expect(() => parseSignedFields({ ...valid, extra: 1 })).toThrow()
    expect(() => parseSignedFields({ ...valid, completedAt: '12/03/2026' })).toThrow(/completedAt/)
    expect(() => parseSignedFields({ ...valid, scorePercent: 101 })).toThrow(/scorePercent/)
    expect(() => parseSignedFields({ ...valid, correct: 31 })).toThrow(/correct/)
    expect(() => parseSignedFields({ ...valid, suspended: true })).toThrow()
    expect(() => parseSignedFields({ ...valid, pages: { A4: 'x' } })).toThrow(/pages/)
  })
})

describe('wording', () => {
  it('states what the certificate is and never claims accredited credit', () => {
    expect(HONESTY_STATEMENT).toBe(
      'This certificate documents completion of a self-assessment activity. It does not itself confer accredited continuing medical education credit.'
    )
    expect(HONESTY_STATEMENT).not.toMatch(/AMA PRA Category 1 Credit/i)
  })

  it('formats dates, durations and percentages for print', () => {
    expect(formatDate('2026-03-02')).toBe('2 March 2026')
    expect(formatDate('2026-12-31T23:59:00.000Z')).toBe('31 December 2026')
    expect(formatDuration(45)).toBe('45 s')
    expect(formatDuration(2290)).toBe('38 min 10 s')
    expect(formatDuration(3720)).toBe('1 h 02 min')
    expect(formatPercent(75)).toBe('75%')
    expect(formatPercent(86.666)).toBe('86.7%')
  })

  it('describes suspensions neutrally, as a count and a total time', () => {
    expect(formatSuspensions({ count: 0, totalSeconds: 0 })).toBe('None')
    expect(formatSuspensions({ count: 1, totalSeconds: 240 })).toBe('1 (4 min)')
    expect(formatSuspensions({ count: 3, totalSeconds: 3900 })).toBe('3 (1 h 05 min)')
    expect(formatSuspensions({ count: 2, totalSeconds: 250 })).not.toMatch(/yes|suspended/i)
  })
})
