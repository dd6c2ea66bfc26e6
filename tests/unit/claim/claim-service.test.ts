// Claiming credit over a real data folder: a real passed certificate exam (fake clock), the
// certificate with the course's evaluation, then claim:prepare and claim:export through dispatch.
// The exported file must parse with the claim format's schema and verify with node:crypto
// against the public key it carries; every refusal has its own code.
import { verify } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { canonicalJsonBytes } from '../../../main/certificate/canonical'
import { fromBase64Url } from '../../../main/certificate/encoding'
import { loadOrCreateSigningKey, publicKeyFromRaw } from '../../../main/certificate/keys'
import { claimFileSchema, type ClaimFile } from '../../../main/claim/format'
import { FINGERPRINTS } from '../../../questions/bank-fingerprint'
import { BANK } from '../../../questions/bank'
import { rlsCausesCourse } from '../../../questions/content/course'
import type { Course } from '../../../questions/course/types'
import type { AttemptRecord } from '../../../questions/engine'
import {
  EVALUATION,
  PROFILE,
  openHarness,
  takeQuiz,
  type Harness
} from '../certificate-service/helpers'

/** After the RLS course's release date (2026-12-01). */
const AFTER_RELEASE = '2026-12-02T09:00:00.000Z'
/** 20 items × 25 s = 500 s = 8 min 20 s of working time. */
const EXAM_MS = 20 * 25_000

let h: Harness
afterEach(async () => {
  await h.close()
})

function courseWithCredit(credit: Partial<Course['provider']['credit']>): Course {
  const provider = rlsCausesCourse.provider
  return {
    ...rlsCausesCourse,
    provider: {
      ...provider,
      accredited: true,
      name: 'Example CME Provider',
      contact: 'claims@example.org',
      credit: { ...provider.credit, type: 'AMA PRA Category 1 Credit™', ...credit }
    }
  }
}

async function open(course?: Course, wall = AFTER_RELEASE): Promise<void> {
  h = await openHarness(course ? { course } : {}, wall)
}

/** A passed certificate exam with its certificate issued (and so its evaluation given). */
async function certifiedExam(): Promise<string> {
  await h.call('profile:save', { ...PROFILE, licenceId: 'GMC 7654321', npi: '1234567893' })
  const id = await takeQuiz(h)
  await h.call('certificate:issue', { attemptId: id, evaluation: EVALUATION })
  return id
}

async function refusal(args: Record<string, unknown>): Promise<{ code: string; message: string }> {
  const result = await h.attempt('claim:export', args)
  if (result.ok) throw new Error('expected a refusal')
  return result.error
}

function parse(content: string): ClaimFile {
  return claimFileSchema.parse(JSON.parse(content))
}

describe('claim:prepare', () => {
  it('gives the provider, the credit statement and the credit the hours rule allows', async () => {
    await open(courseWithCredit({ maxCredits: 2, increment: 0.25, minutesPerCredit: 10 }))
    const id = await certifiedExam()
    const view = await h.call('claim:prepare', { attemptId: id })
    expect(view).toMatchObject({
      eligible: true,
      reasons: [],
      provider: { name: 'Example CME Provider', contact: 'claims@example.org', accredited: true },
      activeMinutes: 8,
      evaluationComplete: true,
      profileComplete: true,
      attestation: rlsCausesCourse.provider.attestation
    })
    // 8 min 20 s at 10 min per credit = 0.83, rounded down to the quarter: time, not the cap, limits.
    expect(view.creditChoices).toEqual([0.25, 0.5, 0.75])
    expect(view.evaluation.map((q) => q.id)).toContain('objectivesMet')
  })

  it('caps at the course maximum when the time would allow more', async () => {
    await open(courseWithCredit({ maxCredits: 0.5, increment: 0.25, minutesPerCredit: 2 }))
    const id = await certifiedExam()
    expect((await h.call('claim:prepare', { attemptId: id })).creditChoices).toEqual([0.25, 0.5])
    const over = await refusal({ attemptId: id, credits: 0.75, attested: true })
    expect(over.code).toBe('CREDITS_NOT_ALLOWED')
    expect(over.message).toMatch(/at most 0\.5/)
  })

  it('the shipped course: unaccredited, no credit type, and 8 min is below one quarter hour', async () => {
    await open()
    const id = await certifiedExam()
    const view = await h.call('claim:prepare', { attemptId: id })
    expect(view.provider.accredited).toBe(false)
    expect(view.credit.type).toBeNull()
    expect(view.creditChoices).toEqual([])
    const error = await refusal({ attemptId: id, credits: 0.25, attested: true })
    expect(error.code).toBe('CREDITS_NOT_ALLOWED')
    expect(error.message).toMatch(/nothing can be claimed/)
  })
})

describe('claim:export', () => {
  it('writes a claim file that parses, verifies and matches the sealed attempt', async () => {
    const course = courseWithCredit({ maxCredits: 2, increment: 0.25, minutesPerCredit: 10 })
    await open(course)
    const id = await certifiedExam()
    const file = await h.call('claim:export', { attemptId: id, credits: 0.75, attested: true })
    expect(file.filename).toMatch(/^RLS-Casebook-claim-2026-12-02-.*\.rlsclaim\.json$/)
    expect(file.mimeType).toBe('application/json')
    const { claim, signature } = parse(file.content)
    expect(claim.claimId).toBe(file.claimId)

    // Authenticated with this installation's certificate key, over canonicalJson(claim).
    const key = await loadOrCreateSigningKey(h.dir)
    expect(claim.installation).toEqual({ publicKey: key.publicKey, fingerprint: key.fingerprint })
    const publicKey = publicKeyFromRaw(claim.installation.publicKey)
    expect(verify(null, canonicalJsonBytes(claim), publicKey, fromBase64Url(signature))).toBe(true)
    const changed = { ...claim, credits: { ...claim.credits, claimed: 2 } }
    expect(verify(null, canonicalJsonBytes(changed), publicKey, fromBase64Url(signature))).toBe(
      false
    )

    const record = (await h.ctx.services.store.attempts.read(id)) as AttemptRecord
    const started = record.events[0]!
    if (started.type !== 'started') throw new Error('no started event')
    expect(claim.course).toEqual({
      id: course.id,
      version: BANK.version,
      bankFingerprint: FINGERPRINTS.find((f) => f.version === BANK.version)!.fingerprint
    })
    const summary = await h.ctx.services.attempts.summary(id)
    expect(claim.attempt).toMatchObject({
      id,
      rulesId: rlsCausesCourse.rules.id,
      activeMs: EXAM_MS,
      startedAt: summary.startedAt,
      submittedAt: summary.submittedAt
    })
    // The log as stored, except that `started` holds item ids, not snapshots.
    expect(claim.attempt.events).toHaveLength(record.events.length)
    expect(claim.attempt.events[0]).toMatchObject({
      type: 'started',
      items: started.items.map((i) => i.id)
    })
    expect(claim.attempt.events.slice(1)).toEqual(record.events.slice(1))
    expect(JSON.stringify(claim)).not.toContain(started.items[0]!.stem)

    expect(claim.evaluation).toEqual(EVALUATION)
    expect(claim.attestation.text).toBe(course.provider.attestation)
    expect(claim.credits).toEqual({ claimed: 0.75, type: 'AMA PRA Category 1 Credit™' })
    expect(claim.learner).toEqual({
      fullName: PROFILE.fullName,
      credentials: 'MD',
      licenceId: 'GMC 7654321',
      npi: '1234567893'
    })
  })

  it('each export is a new claim (its own id), signed by the same installation key', async () => {
    await open(courseWithCredit({ minutesPerCredit: 10 }))
    const id = await certifiedExam()
    const a = parse(
      (await h.call('claim:export', { attemptId: id, credits: 0.5, attested: true })).content
    )
    const b = parse(
      (await h.call('claim:export', { attemptId: id, credits: 0.5, attested: true })).content
    )
    expect(a.claim.claimId).not.toBe(b.claim.claimId)
    expect(a.claim.installation).toEqual(b.claim.installation)
  })

  it('without NPI or licence, sends null for each', async () => {
    await open(courseWithCredit({ minutesPerCredit: 10 }))
    await h.call('profile:save', PROFILE)
    const id = await takeQuiz(h)
    await h.call('certificate:issue', { attemptId: id, evaluation: EVALUATION })
    const file = await h.call('claim:export', { attemptId: id, credits: 0.25, attested: true })
    expect(parse(file.content).claim.learner).toMatchObject({ licenceId: null, npi: null })
  })

  it('takes the evaluation with the claim when the attempt has no certificate', async () => {
    await open(courseWithCredit({ minutesPerCredit: 10 }))
    await h.call('profile:save', PROFILE)
    const id = await takeQuiz(h)
    expect((await h.call('claim:prepare', { attemptId: id })).evaluationComplete).toBe(false)
    const none = await refusal({ attemptId: id, credits: 0.25, attested: true })
    expect(none.code).toBe('EVALUATION_INCOMPLETE')
    const { objectivesMet: _left, ...partial } = EVALUATION
    const missing = await refusal({
      attemptId: id,
      credits: 0.25,
      attested: true,
      evaluation: partial
    })
    expect(missing.code).toBe('EVALUATION_INCOMPLETE')
    expect(missing.message).toMatch(/learning objectives met/)
    const bad = await refusal({
      attemptId: id,
      credits: 0.25,
      attested: true,
      evaluation: { ...EVALUATION, objectivesMet: 'absolutely' }
    })
    expect(bad.code).toBe('EVALUATION_INCOMPLETE')
    const file = await h.call('claim:export', {
      attemptId: id,
      credits: 0.25,
      attested: true,
      evaluation: { ...EVALUATION, comments: '  Good.  ' }
    })
    expect(parse(file.content).claim.evaluation).toMatchObject({
      objectivesMet: 'yes',
      comments: 'Good.'
    })
  })
})

describe('refusals', () => {
  it('refuses an attempt below the pass mark as INELIGIBLE, with the reason', async () => {
    await open(courseWithCredit({ minutesPerCredit: 10 }))
    await h.call('profile:save', PROFILE)
    const id = await takeQuiz(h, { correct: 14 })
    const view = await h.call('claim:prepare', { attemptId: id })
    expect(view.eligible).toBe(false)
    expect(view.creditChoices).toEqual([])
    const error = await refusal({
      attemptId: id,
      credits: 0.25,
      attested: true,
      evaluation: EVALUATION
    })
    expect(error.code).toBe('INELIGIBLE')
    expect(error.message).toMatch(/below the pass mark/)
  })

  it('refuses a practice session and an unsubmitted exam as INELIGIBLE', async () => {
    await open(courseWithCredit({ minutesPerCredit: 1 }))
    await h.call('profile:save', PROFILE)
    for (const plan of [{ mode: 'tutor' as const }, { submit: false }]) {
      const id = await takeQuiz(h, plan)
      const error = await refusal({
        attemptId: id,
        credits: 0.25,
        attested: true,
        evaluation: EVALUATION
      })
      expect(error.code).toBe('INELIGIBLE')
    }
  })

  it('refuses an exam submitted before the course release date', async () => {
    await open(courseWithCredit({ minutesPerCredit: 10 }), '2026-11-29T09:00:00.000Z')
    const id = await certifiedExam()
    const view = await h.call('claim:prepare', { attemptId: id })
    expect(view.reasons.join(' ')).toMatch(/from 2026-12-01 to 2029-11-30.*2026-11-29/)
    expect((await refusal({ attemptId: id, credits: 0.25, attested: true })).code).toBe(
      'INELIGIBLE'
    )
  })

  it('refuses without the attestation, and credits off the increment or above the time', async () => {
    await open(courseWithCredit({ minutesPerCredit: 10 }))
    const id = await certifiedExam()
    const unattested = await refusal({ attemptId: id, credits: 0.25, attested: false })
    expect(unattested.code).toBe('ATTESTATION_REQUIRED')
    expect(unattested.message).toContain(rlsCausesCourse.provider.attestation)
    for (const credits of [0.3, 1, 0]) {
      const error = await refusal({ attemptId: id, credits, attested: true })
      expect(error.code).toBe('CREDITS_NOT_ALLOWED')
    }
    const shape = await refusal({ attemptId: id, credits: '0.25', attested: true })
    expect(shape.code).toBe('INVALID_ARGS')
  })

  it('refuses a claim while the profile is incomplete', async () => {
    await open(courseWithCredit({ minutesPerCredit: 10 }))
    const id = await takeQuiz(h)
    const error = await refusal({
      attemptId: id,
      credits: 0.25,
      attested: true,
      evaluation: EVALUATION
    })
    expect(error.code).toBe('PROFILE_INCOMPLETE')
  })
})
