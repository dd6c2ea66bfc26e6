// What docs/PROVIDER.md says the checks cannot prove, and what they still catch, each shown on a
// claim made without the app (scripts/bench/synthetic-claims.ts): someone who controls the
// learner's computer holds an installation key (or makes a fresh one) and can write any log.
import { describe, expect, it } from 'vitest'
import { checkClaimText } from '../../../main/provider/check-claim'
import { ledgerOf } from '../../../main/provider/ledger'
import { reviewClaims } from '../../../main/provider/review'
import { freshInstallationKey, syntheticClaim } from '../../../scripts/bench/synthetic-claims'
import { accreditedBlock, copy, knownFor, signClaim, startedOf } from './helpers'

const block = accreditedBlock('-----BEGIN PUBLIC KEY-----\n(unused)\n-----END PUBLIC KEY-----')
const known = knownFor(block)
const startedAt = new Date('2026-06-01T09:00:00Z')
const judge = (file: unknown) => checkClaimText(JSON.stringify(file), known)
const reasons = (file: unknown): string[] => {
  const v = judge(file)
  return v.accepted ? [] : v.reasons
}

describe('what the checks cannot catch', () => {
  it('a made-up log under a fresh installation key, consistent with every rule, is accepted', () => {
    const forged = syntheticClaim({
      key: freshInstallationKey(),
      provider: block,
      startedAt,
      seed: 'f1'
    })
    expect(reasons(forged)).toEqual([])
  })

  it('any name and licence: the claim file cannot prove who sat the exam', () => {
    const forged = syntheticClaim({
      key: freshInstallationKey(),
      provider: block,
      startedAt,
      seed: 'f2'
    })
    forged.claim.learner = {
      fullName: 'Someone Else',
      credentials: 'RN',
      licenceId: 'X 1',
      npi: null
    }
    const key = freshInstallationKey()
    forged.claim.installation = { publicKey: key.publicKey, fingerprint: key.fingerprint }
    expect(reasons(signClaim(forged.claim, key))).toEqual([])
  })
})

describe('what they still catch in a forged log', () => {
  const key = freshInstallationKey()
  const base = syntheticClaim({ key, provider: block, startedAt, seed: 'f3' })
  const edit = (change: (c: typeof base.claim) => void) => {
    const claim = copy(base.claim)
    change(claim)
    return signClaim(claim, key)
  }

  it('items must be real items of this bank version, with their real keys', () => {
    const madeUp = edit((c) => {
      const items = startedOf(c).items
      items[0] = items[0]!.replace(/=[^;#]*/, '=999')
    })
    expect(reasons(madeUp)[0]).toMatch(/is not an item of bank version/)
  })

  it('a quick race through the exam does not reach the minimum working time', () => {
    const race = syntheticClaim({ key, provider: block, startedAt, seed: 'f4', msPerItem: 5_000 })
    expect(reasons(race)).toContainEqual(expect.stringMatching(/a certificate needs at least/))
  })

  it('more credit than the working time in the log allows', () => {
    expect(reasons(edit((c) => (c.credits.claimed = 1)))).toContainEqual(
      expect.stringMatching(/working time was 26 min \(at most 0.25\)/)
    )
  })

  it('working time the wall clock between start and submission could not hold', () => {
    const squeezed = edit((c) => {
      const last = c.attempt.events.at(-1)!
      if (last.type === 'submitted') last.at = new Date(startedAt.getTime() + 600_000).toISOString()
      c.attempt.submittedAt = (last as { at: string }).at
    })
    expect(reasons(squeezed)).toContainEqual(expect.stringMatching(/between start and submission/))
  })

  it('the same learner (NPI) claiming two forged attempts: credit once', () => {
    // Two forged attempts, each under its own fresh installation key, for one NPI.
    const files = ['f5', 'f6'].map((seed) => {
      const own = freshInstallationKey()
      const claim = syntheticClaim({ key: own, provider: block, startedAt, seed }).claim
      claim.learner.npi = '1234567893'
      return signClaim(claim, own)
    })
    const r = reviewClaims(
      files.map((f, i) => ({ file: `/c/${i}.rlsclaim.json`, text: JSON.stringify(f) })),
      { known, ledger: ledgerOf([]), providerFingerprint: 'x', now: () => new Date() }
    )
    expect(r.accepted).toHaveLength(1)
    expect(r.refused[0]!.reasons[0]).toMatch(/once per learner/)
  })
})
