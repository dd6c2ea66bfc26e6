// Eligibility, issuing, history, re-rendering and verification over a real data folder.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { EVALUATION, PROFILE, openHarness, takeQuiz, type Harness } from './helpers'

let h: Harness
beforeEach(async () => {
  h = await openHarness()
})
afterEach(async () => {
  await h.close()
})

async function refusal(attemptId: string): Promise<{ code: string; message: string }> {
  const result = await h.attempt('certificate:issue', { attemptId, evaluation: EVALUATION })
  if (result.ok) throw new Error('expected a refusal')
  return result.error
}

describe('eligibility', () => {
  it.each([
    ['a tutor session', { mode: 'tutor' as const }, /Tutor \(practice\)/],
    ['too few items', { count: 12 }, /had 12 items; a certificate needs at least 20/],
    [
      'missing sections',
      { sections: ['genetics', 'iron-status'] as const },
      /missing: .*Medications/
    ],
    ['below the pass mark', { correct: 14 }, /70%, below the pass mark of 75%/],
    // A timed exam cannot start untimed; an untimed tutor session is refused for both reasons.
    ['untimed', { mode: 'tutor' as const, accommodation: 'untimed' as const }, /taken untimed/],
    ['not submitted', { submit: false }, /not been submitted/]
  ])('refuses %s with the reason', async (_name, plan, reason) => {
    await h.call('profile:save', PROFILE)
    const id = await takeQuiz(h, plan)
    const check = await h.call('certificate:eligibility', { attemptId: id })
    expect(check.eligible).toBe(false)
    expect(check.reasons.join(' ')).toMatch(reason)
    const error = await refusal(id)
    expect(error.code).toBe('INELIGIBLE')
    expect(error.message).toMatch(reason)
    expect(await h.call('certificate:list', {})).toEqual([])
    expect(await h.call('certificate:claimable', {})).toEqual([])
  })

  it('lists an eligible, unclaimed attempt as claimable until its certificate is issued', async () => {
    await h.call('profile:save', PROFILE)
    const failed = await takeQuiz(h, { correct: 14 })
    const passed = await takeQuiz(h, { correct: 17 })
    const claimable = await h.call('certificate:claimable', {})
    expect(claimable).toEqual([
      expect.objectContaining({ attemptId: passed, scorePercent: 85, itemCount: 20 })
    ])
    expect(claimable.map((c) => c.attemptId)).not.toContain(failed)
    await h.call('certificate:issue', { attemptId: passed, evaluation: EVALUATION })
    expect(await h.call('certificate:claimable', {})).toEqual([])
  })

  it('passes at exactly the pass mark and states the rule with the course numbers', async () => {
    const id = await takeQuiz(h, { correct: 15 })
    const check = await h.call('certificate:eligibility', { attemptId: id })
    expect(check).toMatchObject({ eligible: true, reasons: [], profileComplete: false })
    expect(check.rule).toMatch(/at least 20 items .* at least 75%/)
  })

  it('refuses an eligible attempt while the profile is incomplete', async () => {
    const id = await takeQuiz(h)
    expect((await refusal(id)).code).toBe('PROFILE_INCOMPLETE')
    await h.call('profile:save', {
      fullName: 'Ada Okafor',
      credentials: 'other',
      credentialsOther: 'MBBS'
    })
    const cert = await h.call('certificate:issue', { attemptId: id, evaluation: EVALUATION })
    expect(cert.fields.learner).toEqual({ fullName: 'Ada Okafor', credentials: 'MBBS' })
  })
})

describe('clean text', () => {
  it('refuses to issue to a stored profile holding a control character (saved before the rule)', async () => {
    const id = await takeQuiz(h)
    await h.ctx.services.store.update((draft) => {
      draft.profile = { fullName: 'Ada\u001b[8m Okafor', credentials: 'MD' }
    })
    const error = await refusal(id)
    expect(error).toMatchObject({ code: 'PROFILE_INCOMPLETE', message: /U\+001B/ })
    expect(await h.call('certificate:list', {})).toEqual([])
  })
})

describe('issue, history, pdf, verify', () => {
  it('issues once per attempt, keeps the profile as it was, and the stored certificate verifies', async () => {
    await h.call('profile:save', { ...PROFILE, licenceId: 'GMC 1234567', email: 'zoe@example.org' })
    const id = await takeQuiz(h, { correct: 18 })
    const cert = await h.call('certificate:issue', { attemptId: id, evaluation: EVALUATION })
    expect(cert.fields).toMatchObject({
      attemptId: id,
      scorePercent: 90,
      passMarkPercent: 75,
      itemCount: 20,
      correct: 18,
      learner: { fullName: PROFILE.fullName, credentials: 'MD', licenceId: 'GMC 1234567' }
    })
    expect(cert.evaluation).toEqual(EVALUATION)
    const again = await h.call('certificate:issue', { attemptId: id, evaluation: EVALUATION })
    expect(again.id).toBe(cert.id)
    expect((await h.call('certificate:eligibility', { attemptId: id })).certificateId).toBe(cert.id)

    // A later profile change does not rewrite an issued certificate.
    await h.call('profile:save', { fullName: 'Someone Else', credentials: 'RN' })
    const [listed] = await h.call('certificate:list', {})
    expect(listed?.fields.learner.fullName).toBe(PROFILE.fullName)

    for (const pageSize of ['A4', 'Letter'] as const) {
      const { filename, base64 } = await h.call('certificate:pdf', {
        certificateId: cert.id,
        pageSize
      })
      expect(filename).toMatch(
        /^RLS-Casebook-certificate-Zoe-Lukasiewicz-Nunez-\d{4}-\d\d-\d\d-[0-9A-Z-]+\.pdf$/
      )
      const file = path.join(h.dir, filename)
      writeFileSync(file, Buffer.from(base64, 'base64'))
      execFileSync('qpdf', ['--check', file])
      const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ')
      expect(text).toContain(cert.fields.certificateId)
      const verdict = await h.call('certificate:verify', { pdfBase64: base64 })
      expect(verdict.status).toBe('valid')
      expect(verdict.fields?.certificateId).toBe(cert.id)
    }
  })

  it('tells altered and unreadable files apart', async () => {
    await h.call('profile:save', PROFILE)
    const id = await takeQuiz(h)
    const cert = await h.call('certificate:issue', { attemptId: id, evaluation: EVALUATION })
    const { base64 } = await h.call('certificate:pdf', { certificateId: cert.id, pageSize: 'A4' })
    const latin1 = Buffer.from(base64, 'base64').toString('latin1')
    const tampered = latin1.replace(
      /RLSC2\.([A-Za-z0-9_-])/g,
      (_m, c: string) => `RLSC2.${c === 'e' ? 'f' : 'e'}`
    )
    const altered = await h.call('certificate:verify', {
      pdfBase64: Buffer.from(tampered, 'latin1').toString('base64')
    })
    expect(altered.status).toBe('altered')
    const junk = await h.call('certificate:verify', {
      pdfBase64: Buffer.from('hello').toString('base64')
    })
    expect(junk.status).toBe('unreadable')
    const missing = await h.attempt('certificate:pdf', {
      certificateId: '00000000-0000-4000-8000-000000000000',
      pageSize: 'A4'
    })
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND')
  })

  it('prints suspensions as a count and total time, and dates as this computer recorded them', async () => {
    await h.call('profile:save', PROFILE)
    const id = await takeQuiz(h, { pauseAfter: [3, 9], pauseMs: 125_000 })
    const cert = await h.call('certificate:issue', { attemptId: id, evaluation: EVALUATION })
    expect(cert.fields.suspensions).toEqual({ count: 2, totalSeconds: 250 })
    const { base64 } = await h.call('certificate:pdf', { certificateId: cert.id, pageSize: 'A4' })
    const file = path.join(h.dir, 'suspended.pdf')
    writeFileSync(file, Buffer.from(base64, 'base64'))
    const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ')
    expect(text).toContain('2 (4 min 10 s)')
    expect(text).toContain('(as recorded by this computer)')
    expect(text).not.toMatch(/Suspended:? Yes/i)
  })
})

describe('certificate:pdf renders only from the verified signed payload', () => {
  async function issued() {
    await h.call('profile:save', PROFILE)
    const id = await takeQuiz(h)
    return h.call('certificate:issue', { attemptId: id, evaluation: EVALUATION })
  }
  const editRecord = (edit: (record: Record<string, unknown>) => void) =>
    h.ctx.services.store.update((draft) => edit(draft.certificates[0]!))

  it('refuses a record whose stored fields were edited to disagree with its signature', async () => {
    const cert = await issued()
    await editRecord((r) => {
      const fields = r.fields as { learner: { fullName: string }; scorePercent: number }
      fields.learner.fullName = 'Mallory Forger'
      fields.scorePercent = 100
    })
    const result = await h.attempt('certificate:pdf', { certificateId: cert.id, pageSize: 'A4' })
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'CERTIFICATE_ALTERED',
      message: /edited: its stored details disagree with its signature/
    })
    // The list shows what was signed, not the edited copy.
    const [listed] = await h.call('certificate:list', {})
    expect(listed?.fields.learner.fullName).toBe(PROFILE.fullName)
  })

  it('refuses a record whose envelope was edited (signature no longer matches)', async () => {
    const cert = await issued()
    await editRecord((r) => {
      const [prefix, body, sig, pub] = String(r.envelope).split('.')
      const payload = JSON.parse(Buffer.from(body!, 'base64url').toString()) as {
        learner: { fullName: string }
      }
      payload.learner.fullName = 'Mallory Forger'
      const forgedBody = Buffer.from(JSON.stringify(payload)).toString('base64url')
      r.envelope = [prefix, forgedBody, sig, pub].join('.')
    })
    const result = await h.attempt('certificate:pdf', { certificateId: cert.id, pageSize: 'A4' })
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'CERTIFICATE_ALTERED',
      message: /does not verify with this installation's key/
    })
  })
})
