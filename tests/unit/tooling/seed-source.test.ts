import { describe, expect, it } from 'vitest'
import { fixedSeedsFromEnv, randomSeeds, TEST_SEED_ENV } from '../../../main/app/seed-source'
import { assembleQuiz } from '../../../questions/assemble'
import { rlsCausesCourse } from '../../../questions/content/course'

describe('the item-draw seeds', () => {
  it('are random and distinct without the test aid', () => {
    expect(fixedSeedsFromEnv({})).toBeNull()
    expect(fixedSeedsFromEnv({ [TEST_SEED_ENV]: '' })).toBeNull()
    const next = randomSeeds()
    const seeds = new Set(Array.from({ length: 50 }, next))
    expect(seeds.size).toBe(50)
  })

  it('with the test aid, the n-th quiz of every launch draws the same items', () => {
    const launchA = fixedSeedsFromEnv({ [TEST_SEED_ENV]: 'e2e' })!
    const launchB = fixedSeedsFromEnv({ [TEST_SEED_ENV]: 'e2e' })!
    const a = [launchA(), launchA()]
    const b = [launchB(), launchB()]
    expect(a).toEqual(['e2e:1', 'e2e:2'])
    expect(b).toEqual(a)
    const ids = (seed: string) =>
      assembleQuiz({ course: rlsCausesCourse, count: 10, seed }).map((i) => i.id)
    expect(ids(b[0]!)).toEqual(ids(a[0]!))
    expect(ids(a[1]!)).not.toEqual(ids(a[0]!))
  })

  it('refuses a malformed value rather than guessing', () => {
    expect(() => fixedSeedsFromEnv({ [TEST_SEED_ENV]: 'a b' })).toThrow(/1–64 characters/)
    expect(() => fixedSeedsFromEnv({ [TEST_SEED_ENV]: 'x'.repeat(65) })).toThrow()
  })
})
