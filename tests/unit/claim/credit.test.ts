// The hours rule: capped by the course, in its increments, never above the time spent (rounded
// down), the same function for what the page offers and what main accepts.
import { describe, expect, it } from 'vitest'
import {
  creditChoices,
  isClaimableCredit,
  maxClaimableCredits
} from '../../../questions/course/credit'

const MIN = 60_000
const hourly = { maxCredits: 2, increment: 0.25, minutesPerCredit: 60 }

describe('the hours rule', () => {
  it('rounds the time spent down to the increment', () => {
    expect(maxClaimableCredits(hourly, 44 * MIN)).toBe(0.5)
    expect(maxClaimableCredits(hourly, 45 * MIN)).toBe(0.75)
    expect(maxClaimableCredits(hourly, 45 * MIN - 1)).toBe(0.5)
    expect(creditChoices(hourly, 52 * MIN)).toEqual([0.25, 0.5, 0.75])
  })

  it('offers nothing below one increment of time', () => {
    expect(creditChoices(hourly, 14 * MIN + 59_999)).toEqual([])
    expect(creditChoices(hourly, 0)).toEqual([])
    expect(creditChoices(hourly, -5)).toEqual([])
    expect(creditChoices(hourly, 15 * MIN)).toEqual([0.25])
  })

  it('caps at the course maximum however long the time', () => {
    expect(maxClaimableCredits(hourly, 10 * 60 * MIN)).toBe(2)
    expect(creditChoices(hourly, 10 * 60 * MIN)).toEqual([0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2])
    // A cap that is not a multiple of the increment is rounded down to one.
    expect(creditChoices({ ...hourly, maxCredits: 0.6 }, 10 * 60 * MIN)).toEqual([0.25, 0.5])
  })

  it('converts at the course rate and keeps decimal increments exact', () => {
    const tenths = { maxCredits: 1, increment: 0.1, minutesPerCredit: 50 }
    // 35 min at 50 min per credit = 0.7 credit; 0.7 / 0.1 is 6.999… in floating point.
    expect(maxClaimableCredits(tenths, 35 * MIN)).toBe(0.7)
    expect(creditChoices(tenths, 35 * MIN)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7])
    expect(isClaimableCredit(tenths, 35 * MIN, 0.1 + 0.2)).toBe(true)
  })

  it('accepts only offered values', () => {
    expect(isClaimableCredit(hourly, 52 * MIN, 0.75)).toBe(true)
    expect(isClaimableCredit(hourly, 52 * MIN, 1)).toBe(false) // above the time spent
    expect(isClaimableCredit(hourly, 52 * MIN, 0.3)).toBe(false) // not a multiple
    expect(isClaimableCredit(hourly, 52 * MIN, 0)).toBe(false) // nothing is not a claim
    expect(isClaimableCredit(hourly, 600 * MIN, 2.25)).toBe(false) // above the cap
  })
})
