// Where the item draw gets its seeds. A learner's app uses fresh random seeds for every quiz.
// RLS_CASEBOOK_TEST_SEED is a TEST AID for the browser edition: with it, the n-th quiz of a launch
// draws with seed `<value>:<n>`, so end-to-end tests meet the same items on every run. It gives no
// power a learner lacks: whoever can set this variable can already read the data folder (which
// holds each running attempt's items), and the Electron edition never reads it.
import { randomBytes } from 'node:crypto'

export const TEST_SEED_ENV = 'RLS_CASEBOOK_TEST_SEED'

export function randomSeeds(): () => string {
  return () => randomBytes(8).toString('hex')
}

/** Seeds fixed by the test aid, or null when it is not set (or not a plain short word). */
export function fixedSeedsFromEnv(env: NodeJS.ProcessEnv): (() => string) | null {
  const value = env[TEST_SEED_ENV]
  if (value === undefined || value === '') return null
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(value)) {
    throw new Error(`${TEST_SEED_ENV} must be 1–64 characters of A–Z, a–z, 0–9, _ or -`)
  }
  let n = 0
  return () => `${value}:${++n}`
}
