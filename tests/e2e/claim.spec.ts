// Issue 15 §3 through the real browser edition: a passing certificate exam → the course's
// evaluation → the certificate → the claim panel (provider, where to send it, the hours rule, the
// attestation) → Save the claim file (a download) → the file is checked here on its own terms:
// its fields, and its Ed25519 signature over canonical JSON with node:crypto and the public key
// it carries (canonicalised by this test, independently of the app's code). The browser edition
// runs with a test credit rate (fixtures.ts), so an exam answered in a second has credit to offer.
import { createPublicKey, verify } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { callApi } from './api'
import { PROFILE, axeViolations, nav, openApp, takeQuizByApi } from './a11y-screens'
import { fillEvaluation } from './evaluation'
import { expect, test } from './fixtures'

/** Sorted keys, no whitespace, JSON.stringify for strings and numbers (RFC 8785 for this data). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

interface ClaimFile {
  claim: {
    format: string
    formatVersion: number
    attempt: { id: string; events: { type: string; items?: unknown[] }[]; activeMs: number }
    evaluation: Record<string, unknown>
    attestation: { text: string }
    credits: { claimed: number; type: string | null }
    learner: Record<string, unknown>
    installation: { publicKey: string }
    course: { id: string; version: string; bankFingerprint: string }
  }
  signature: string
}

test('exam, evaluation, attestation, claim and a claim file that verifies', async ({
  app,
  page
}) => {
  test.setTimeout(120_000)
  await callApi(app, 'profile:save', { ...PROFILE, npi: '1234567893' })
  const attemptId = await takeQuizByApi(app)
  await openApp(page, app)
  await nav(page, 'Certificates')
  await page
    .getByTestId('claimable')
    .getByRole('button', { name: /^Claim the certificate/ })
    .click()
  const card = page.getByTestId('certificate-card')
  await card.getByRole('button', { name: 'Get your certificate' }).click()
  await fillEvaluation(card)
  await card.getByRole('button', { name: 'Issue my certificate' }).click()
  await expect(card.getByRole('heading', { name: /certificate has been issued/ })).toBeFocused()

  // Where to send it, and for the shipped course, plainly that no provider awards credit.
  const panel = page.getByTestId('claim-panel')
  await expect(panel.getByRole('heading', { name: 'Record your time' })).toBeVisible()
  await expect(panel.getByTestId('claim-provider')).toContainText('no accredited provider')
  await expect(panel.getByTestId('claim-contact')).toContainText('this edition issues no credit')
  await expect(panel.getByTestId('claim-unaccredited')).toContainText(
    'No provider awards credit for this edition'
  )
  await expect(panel).toContainText('up to 2 hours of self-assessment time')

  // Only valid amounts are offered: quarters up to the course's cap of 2 (the test rate gives
  // far more time than that), the largest chosen first.
  const amount = panel.getByLabel(/Amount to claim/)
  await expect(amount.locator('option')).toHaveText([
    '0.25',
    '0.5',
    '0.75',
    '1',
    '1.25',
    '1.5',
    '1.75',
    '2'
  ])
  await expect(amount).toHaveValue('2')
  await amount.selectOption('1.5')

  // No claim without the attestation: the error is announced and tied to the box.
  const attest = panel.getByRole('checkbox', { name: /I attest that I completed this activity/ })
  await panel.getByRole('button', { name: 'Save the claim file' }).click()
  await expect(panel.getByRole('alert')).toHaveText(/Tick the attestation/)
  await expect(attest).toHaveAttribute('aria-invalid', 'true')
  expect(await axeViolations(page)).toEqual([])
  await attest.check()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'Save the claim file' }).click()
  ])
  expect(download.suggestedFilename()).toMatch(/^RLS-Casebook-claim-.*\.rlsclaim\.json$/)
  await expect(panel.getByRole('status')).toHaveText(`Saved ${download.suggestedFilename()}`)
  const path = join(app.dataDir, download.suggestedFilename())
  await download.saveAs(path)

  const file = JSON.parse(readFileSync(path, 'utf8')) as ClaimFile
  const { claim } = file
  expect(claim.format).toBe('rls-casebook-claim')
  expect(claim.formatVersion).toBe(1)
  expect(claim.attempt.id).toBe(attemptId)
  expect(claim.attempt.activeMs).toBeGreaterThan(0)
  const started = claim.attempt.events[0]!
  expect(started.type).toBe('started')
  expect(started.items).toHaveLength(20)
  for (const item of started.items!) expect(typeof item).toBe('string')
  expect(claim.attempt.events.at(-1)?.type).toBe('submitted')
  expect(claim.course.id).toBe('rls-causes')
  expect(claim.course.bankFingerprint).toMatch(/^[0-9a-f]{16}$/)
  expect(claim.evaluation).toMatchObject({ objectivesMet: 'yes', relevance: 4, balanced: 'yes' })
  expect(claim.attestation.text).toMatch(/^I attest that I completed this activity myself/)
  expect(claim.credits).toEqual({ claimed: 1.5, type: null })
  expect(claim.learner).toEqual({
    fullName: PROFILE.fullName,
    credentials: 'MD',
    licenceId: PROFILE.licenceId,
    npi: '1234567893'
  })

  const key = createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: claim.installation.publicKey },
    format: 'jwk'
  })
  const signature = Buffer.from(file.signature, 'base64url')
  expect(verify(null, Buffer.from(canonical(claim)), key, signature)).toBe(true)
  const altered = { ...claim, credits: { ...claim.credits, claimed: 2 } }
  expect(verify(null, Buffer.from(canonical(altered)), key, signature)).toBe(false)

  // Later, the claim is reached again from the certificate in Certificates.
  await nav(page, 'Certificates')
  await page.getByRole('button', { name: /^Claim credit for the exam completed/ }).click()
  await expect(page.getByTestId('claim-panel').getByLabel(/Amount to claim/)).toHaveValue('2')
})
