// The hours rule: how much credit a learner may claim for an attempt. Capped by the course's
// maximum, in multiples of its increment, and never above the active (working) time actually
// spent, converted at the course's minutes per credit and rounded DOWN to the increment. The same
// function decides what the page offers and what main accepts, so they cannot disagree.
import type { CreditDesignation } from './types'

type CreditRule = Pick<CreditDesignation, 'maxCredits' | 'increment' | 'minutesPerCredit'>

// Floating-point slack: 0.75 / 0.25 is 3 exactly, but 0.7 / 0.1 is 6.999…; never round a
// genuine shortfall up, so the slack is far below any real increment.
const EPSILON = 1e-9

/** Credit the time spent is worth, before the cap (not rounded). */
export function creditForTime(rule: CreditRule, activeMs: number): number {
  return activeMs / 60_000 / rule.minutesPerCredit
}

/** The most that may be claimed: min(cap, time spent), rounded down to the increment. */
export function maxClaimableCredits(rule: CreditRule, activeMs: number): number {
  const limit = Math.min(rule.maxCredits, creditForTime(rule, Math.max(0, activeMs)))
  const steps = Math.floor(limit / rule.increment + EPSILON)
  return roundToIncrement(steps * rule.increment)
}

/** Every value the learner may claim, smallest first; [] when not even one increment was spent. */
export function creditChoices(rule: CreditRule, activeMs: number): number[] {
  const steps = Math.round(maxClaimableCredits(rule, activeMs) / rule.increment)
  return Array.from({ length: steps }, (_, i) => roundToIncrement((i + 1) * rule.increment))
}

/** Whether `credits` is one of creditChoices (compared with the same rounding). */
export function isClaimableCredit(rule: CreditRule, activeMs: number, credits: number): boolean {
  return creditChoices(rule, activeMs).includes(roundToIncrement(credits))
}

// Credits are printed and signed: 0.1 + 0.2 must be 0.3, not 0.30000000000000004.
function roundToIncrement(value: number): number {
  return Math.round(value * 1e6) / 1e6
}
