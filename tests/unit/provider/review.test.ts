// provider review on real claims from real exams: the honest claim is accepted with what the
// provider re-derived itself, and each kind of tampering is refused with its own reason — first
// as a third party would tamper (the signature breaks), then as the learner's own computer could
// (re-signed with the installation key), where the independent re-derivation must catch it.
import { generateKeyPairSync } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fingerprintOf, fromPrivateKey, type SigningKey } from '../../../main/certificate/keys'
import type { ClaimFile } from '../../../main/claim/format'
import { checkClaimText } from '../../../main/provider/check-claim'
import { ledgerOf } from '../../../main/provider/ledger'
import { regenerateItem } from '../../../main/provider/replay'
import { reviewClaims } from '../../../main/provider/review'
import { FINGERPRINTS } from '../../../questions/bank-fingerprint'
import { rlsCausesCourse } from '../../../questions/content/course'
import {
  accreditedBlock,
  copy,
  examClaim,
  knownFor,
  openLearner,
  signClaim,
  startedOf,
  type Learner
} from './helpers'

const block = accreditedBlock(
  '-----BEGIN PUBLIC KEY-----\n(not used by review)\n-----END PUBLIC KEY-----'
)
const known = knownFor(block)
let learner: Learner
let good: ClaimFile

const freshKey = (): SigningKey => fromPrivateKey(generateKeyPairSync('ed25519').privateKey)
const judge = (file: unknown, k = known) => checkClaimText(JSON.stringify(file), k)
const reasonsOf = (file: unknown, k = known): string[] => {
  const v = judge(file, k)
  return v.accepted ? [] : v.reasons
}
/** Tampers with a copy of the good claim and re-signs it as the learner's computer could. */
const resigned = (change: (c: ClaimFile['claim']) => void, key?: SigningKey): ClaimFile => {
  const claim = copy(good.claim)
  change(claim)
  return signClaim(claim, key ?? learner.key)
}
const ids = (): string[] => startedOf(good.claim).items

beforeAll(async () => {
  learner = await openLearner()
  good = await examClaim(learner, block)
}, 60_000)
afterAll(() => learner.close())

describe('an honest claim', () => {
  it('is accepted with the score, time and credit the provider re-derived from the events', () => {
    const v = judge(good)
    expect(v.accepted ? [] : v.reasons).toEqual([])
    if (!v.accepted) return
    expect(v.established).toMatchObject({
      itemCount: 20,
      correct: 20,
      scorePercent: 100,
      passMarkPercent: 75,
      activeMs: 20 * 80_000,
      credits: 0.25,
      bankVersion: rlsCausesCourse.version
    })
  })
})

describe('tampering without the installation key breaks the signature', () => {
  const signatureReason = /signature does not verify/
  it.each([
    [
      'a changed answer',
      (c: ClaimFile['claim']) => {
        const e = c.attempt.events.find((x) => x.type === 'answered')!
        if (e.type === 'answered') e.optionId = e.optionId === 'A' ? 'B' : 'A'
      }
    ],
    ['a changed time', (c: ClaimFile['claim']) => (c.attempt.activeMs += 60_000)],
    ['a removed event', (c: ClaimFile['claim']) => c.attempt.events.splice(2, 1)],
    ['more credit', (c: ClaimFile['claim']) => (c.credits.claimed = 2)]
  ])('%s', (_name, change) => {
    const file = copy(good)
    change(file.claim)
    expect(reasonsOf(file)).toEqual([expect.stringMatching(signatureReason)])
  })

  it('a bad signature', () => {
    const sig = good.signature
    const bad = { ...good, signature: (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1) }
    expect(reasonsOf(bad)).toEqual([expect.stringMatching(signatureReason)])
  })

  it('a claim signed by another key than the one it names', () => {
    const other = signClaim(good.claim, freshKey())
    expect(reasonsOf(other)).toEqual([expect.stringMatching(signatureReason)])
  })
})

describe("tampering re-signed with the learner's own installation key", () => {
  it('a changed answer: every answer made wrong is re-scored below the pass mark', () => {
    const file = resigned((c) => {
      for (const e of c.attempt.events) {
        if (e.type !== 'answered') continue
        const seed = startedOf(good.claim).itemSeeds?.[e.itemIndex]
        const item = regenerateItem(rlsCausesCourse, ids()[e.itemIndex]!, seed)!
        e.optionId = item.options.find((o) => !o.correct)!.id
      }
    })
    expect(reasonsOf(file)).toEqual([
      expect.stringMatching(/score was 0%, below the pass mark of 75%/)
    ])
  })

  it('a changed time: the stated working time is compared with the events', () => {
    const file = resigned((c) => (c.attempt.activeMs += 60_000))
    expect(reasonsOf(file)).toEqual([
      expect.stringMatching(/claim states 1660 s of working time; its events give 1600 s/)
    ])
  })

  it('a changed time: events squeezed below the minimum working time', () => {
    const file = resigned((c) => {
      for (const e of c.attempt.events) e.elapsedMs = Math.round(e.elapsedMs / 10)
      c.attempt.activeMs = Math.round(c.attempt.activeMs / 10)
    })
    expect(reasonsOf(file)).toEqual([
      expect.stringMatching(
        /took 2 min 40 s of working time; a certificate needs at least 6 min 40 s/
      ),
      expect.stringMatching(/asks for 0.25 \(15 min\); the exam's working time was 2 min/)
    ])
  })

  it('a changed time: working time inflated beyond the wall clock between start and submit', () => {
    const file = resigned((c) => {
      const last = c.attempt.events.at(-1)!
      last.elapsedMs = 30 * 60_000 // the whole limit, though 26 min 40 s passed on the clock
      c.attempt.activeMs = last.elapsedMs
      c.credits.claimed = 0.5
    })
    const reasons = reasonsOf(file)
    expect(reasons).toContainEqual(expect.stringMatching(/more than the 1600 s between start/))
  })

  it('an item id from another bank version', () => {
    const file = resigned((c) => {
      const items = startedOf(c).items
      items[3] = items[3]!.replace(/#[0-9a-f]{8}$/, '#00000000')
    })
    expect(reasonsOf(file)).toEqual([
      expect.stringMatching(
        new RegExp(`^Item 4 .* is not an item of bank version ${rlsCausesCourse.version}`)
      )
    ])
  })

  it('an item from a template the course does not have', () => {
    const file = resigned((c) => {
      const items = startedOf(c).items
      items[0] = 'made-up-template:answer=A#00000000'
    })
    expect(reasonsOf(file)).toEqual([expect.stringMatching(/names a template that course/)])
  })

  it('a known older bank version cannot be re-derived, an unknown fingerprint is refused', () => {
    const old = FINGERPRINTS.find((f) => f.version !== rlsCausesCourse.version)!
    const older = resigned((c) => {
      c.course.version = old.version
      c.course.bankFingerprint = old.fingerprint
    })
    expect(reasonsOf(older)).toEqual([
      `Course version ${old.version} is known, but this provider tool re-derives items ` +
        `of version ${rlsCausesCourse.version} only; review it with the release for ${old.version}.`
    ])
    const forged = resigned((c) => (c.course.bankFingerprint = '0123456789abcdef'))
    expect(reasonsOf(forged)).toEqual([
      expect.stringMatching(/fingerprint 0123456789abcdef is not/)
    ])
  })

  it('a removed event: without "submitted" the exam was never finished', () => {
    const file = resigned((c) => c.attempt.events.pop())
    expect(reasonsOf(file)).toContainEqual('The attempt has not been submitted yet.')
  })

  it('a removed "started" event: the log cannot be folded', () => {
    const file = resigned((c) => c.attempt.events.shift())
    expect(reasonsOf(file)).toEqual([expect.stringMatching(/does not begin with the start/)])
  })

  it('time running backwards between events', () => {
    const file = resigned((c) => {
      const answers = c.attempt.events.filter((e) => e.type === 'answered')
      answers[5]!.elapsedMs = 1_000
    })
    expect(reasonsOf(file)).toEqual([expect.stringMatching(/Working time runs backwards at event/)])
  })
})

describe('the provider block', () => {
  it('refuses an exam submitted after the expiry date or before the release date', () => {
    const expired = knownFor({ ...block, releaseDate: '2025-01-01', expiryDate: '2026-02-28' })
    expect(reasonsOf(good, expired)).toEqual([
      expect.stringMatching(
        /^The exam was submitted on 2026-03-01, after the activity expired \(2026-02-28\)/
      )
    ])
    const early = knownFor({ ...block, releaseDate: '2026-03-02' })
    expect(reasonsOf(good, early)).toEqual([expect.stringMatching(/before the activity's release/)])
  })

  it('refuses an incomplete evaluation, a foreign question and an answer outside its choices', () => {
    const file = resigned((c) => {
      delete c.evaluation.objectivesMet
      c.evaluation.relevance = 9
      c.evaluation.favouriteColour = 'blue'
    })
    const reasons = reasonsOf(file)
    expect(reasons).toHaveLength(3)
    expect(reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/leaves out "Were the learning objectives met\?"/),
        expect.stringMatching(/answer to "How relevant.*not a whole number from 1 to 5/),
        expect.stringMatching(/a question the course does not ask \(favouriteColour\)/)
      ])
    )
  })

  it("refuses an attestation that is not the provider's sentence", () => {
    const file = resigned((c) => (c.attestation.text = 'I did some of it.'))
    expect(reasonsOf(file)).toEqual([expect.stringMatching(/not the provider's attestation/)])
  })

  it.each([
    [0.3, /not a multiple of 0.25/],
    [3, /at most 2/],
    [0.5, /working time was 26 min \(at most 0.25\)/],
    [0, /asks for no credit/]
  ])('refuses %s credits', (claimed, reason) => {
    const file = resigned((c) => (c.credits.claimed = claimed))
    expect(reasonsOf(file)).toContainEqual(expect.stringMatching(reason))
  })

  it('refuses another credit type', () => {
    const file = resigned((c) => (c.credits.type = 'Some Other Credit'))
    expect(reasonsOf(file)).toEqual([expect.stringMatching(/asks for Some Other Credit/)])
  })
})

describe('one attempt, one award', () => {
  const deps = (entries: Parameters<typeof ledgerOf>[0] = []) => ({
    known,
    ledger: ledgerOf(entries),
    providerFingerprint: 'test',
    now: () => new Date('2026-03-02T00:00:00Z')
  })
  const files = (...list: ClaimFile[]) =>
    list.map((f, i) => ({ file: `/claims/${i}.rlsclaim.json`, text: JSON.stringify(f) }))
  const awarded = {
    installationKey: '',
    attemptId: '',
    claimId: '',
    certificateId: 'cert-1',
    awardedAt: '2026-03-02T00:00:00Z',
    credits: 0.25,
    courseId: rlsCausesCourse.id,
    learnerKey: null as string | null
  }

  it('a replayed claim (already in the ledger) is refused', () => {
    const entry = {
      ...awarded,
      installationKey: good.claim.installation.publicKey,
      attemptId: good.claim.attempt.id,
      claimId: good.claim.claimId
    }
    const r = reviewClaims(files(good), deps([entry]))
    expect(r.accepted).toEqual([])
    expect(r.refused[0]!.reasons).toEqual([
      expect.stringMatching(/already awarded.*a replayed claim/)
    ])
  })

  it('the same attempt signed by another installation after it was awarded is refused', () => {
    const other = freshKey()
    const file = resigned((c) => {
      c.installation = { publicKey: other.publicKey, fingerprint: fingerprintOf(other.publicKey) }
      c.claimId = 'another-claim-id-0001'
    }, other)
    expect(judge(file).accepted).toBe(true) // on its own it is a valid claim…
    const entry = {
      ...awarded,
      installationKey: good.claim.installation.publicKey,
      attemptId: good.claim.attempt.id,
      claimId: good.claim.claimId
    }
    const r = reviewClaims(files(file), deps([entry]))
    expect(r.refused[0]!.reasons).toEqual([expect.stringMatching(/signed by another installation/)])
  })

  it('the same attempt from two installation keys in one batch: both refused', () => {
    const other = freshKey()
    const file = resigned((c) => {
      c.installation = { publicKey: other.publicKey, fingerprint: fingerprintOf(other.publicKey) }
      c.claimId = 'another-claim-id-0002'
    }, other)
    const r = reviewClaims(files(good, file), deps())
    expect(r.accepted).toEqual([])
    expect(r.refused.map((x) => x.reasons[0])).toEqual([
      expect.stringMatching(/claimed by 2 different installation keys/),
      expect.stringMatching(/claimed by 2 different installation keys/)
    ])
  })

  it('two copies of one claim in one batch: the first stands', () => {
    const r = reviewClaims(files(good, good), deps())
    expect(r.accepted.map((a) => a.file)).toEqual(['/claims/0.rlsclaim.json'])
    expect(r.refused[0]!.reasons).toEqual([
      expect.stringMatching(/A copy of the claim in 0\.rlsclaim\.json/)
    ])
  })

  it('another attempt by a learner (same NPI) already awarded for this course is refused', () => {
    const second = resigned((c) => {
      c.attempt.id = 'second-attempt-of-the-same-learner'
      c.claimId = 'another-claim-id-0003'
    })
    const entry = {
      ...awarded,
      installationKey: good.claim.installation.publicKey,
      attemptId: good.claim.attempt.id,
      claimId: good.claim.claimId,
      learnerKey: 'npi:1234567893'
    }
    const r = reviewClaims(files(second), deps([entry]))
    expect(r.refused[0]!.reasons).toEqual([
      expect.stringMatching(/learner \(npi:1234567893\) was already awarded credit for this course/)
    ])
    const batch = reviewClaims(files(good, second), deps())
    expect(batch.accepted).toHaveLength(1)
    expect(batch.refused[0]!.reasons).toEqual([expect.stringMatching(/once per learner/)])
  })

  it('a claim id already awarded, even for another attempt, is refused', () => {
    const entry = {
      ...awarded,
      installationKey: 'k',
      attemptId: 'other',
      claimId: good.claim.claimId
    }
    const r = reviewClaims(files(good), deps([entry]))
    expect(r.refused[0]!.reasons).toEqual([expect.stringMatching(/claim id was already awarded/)])
  })
})
