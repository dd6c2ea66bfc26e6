// Issue #5 through the real browser edition: profile → a passing 20-item timed exam over every
// section (answered through the API with keys read from the attempt file this test owns) →
// Results → evaluation → issue → Save PDF (a download) → qpdf/pdftotext → Verify: Valid, and a
// tampered copy: Altered. Screenshots: see shots.ts.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib'
import { callApi } from './api'
import { fillEvaluation } from './evaluation'
import { shotPath } from './shots'
import { expect, test, type RunningApp } from './fixtures'

const SECTIONS = [
  'genetics',
  'dopamine-brain-iron',
  'iron-status',
  'systemic',
  'neurological',
  'medications',
  'lifestyle-sleep',
  'pitfalls-epidemiology'
]
const NAME = 'Zoë Łukasiewicz-Núñez'

interface View {
  attemptId: string
  step: number
}

async function passTimedExamByApi(app: RunningApp): Promise<string> {
  let view = await callApi<View>(app, 'quiz:start', {
    mode: 'timed',
    exam: true,
    itemCount: 20,
    sections: SECTIONS,
    pool: 'all',
    secondsPerItem: 90,
    accommodation: 1,
    confidence: false
  })
  const file = join(app.dataDir, 'attempts', `${view.attemptId}.json`)
  const record = JSON.parse(readFileSync(file, 'utf8'))
  const items = record.events[0].items as { options: { id: string; correct: boolean }[] }[]
  for (let i = 0; i < items.length; i++) {
    // Two wrong answers: 90 %, a pass that is not a perfect score.
    const option = items[i]!.options.find((o) => o.correct === i >= 2)!
    view = await callApi<View>(app, 'quiz:answer', {
      attemptId: view.attemptId,
      step: view.step,
      itemIndex: i,
      optionId: option.id
    })
  }
  await callApi(app, 'quiz:submit', { attemptId: view.attemptId, step: view.step })
  return view.attemptId
}

const nav = (page: Page, label: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: label }).click()

async function verifyFile(page: Page, path: string): Promise<void> {
  await page.getByLabel('Choose PDF…').setInputFiles(path)
}

test('profile, eligible exam, evaluation, issue, save, verify and tamper', async ({
  app,
  page
}) => {
  test.setTimeout(120_000)
  await app.open(page)

  // Settings: validation is inline and announced; the profile saves.
  await nav(page, 'Settings')
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await page.getByRole('button', { name: 'Save profile' }).click()
  await expect(page.getByText('Enter your full name as it should appear')).toBeVisible()
  await expect(page.getByLabel(/Full name/)).toHaveAttribute('aria-invalid', 'true')
  await page.getByLabel(/Full name/).fill(NAME)
  await page.getByLabel(/Credentials/).selectOption('MD')
  await page.getByLabel(/Licen[cs]e or board ID/).fill('GMC 7654321')
  await page.getByLabel('Email').fill('zoe@')
  await page.getByRole('button', { name: 'Save profile' }).click()
  await expect(page.getByText(/valid email address/)).toBeVisible()
  await page.getByLabel('Email').fill('zoe@example.org')
  await page.getByRole('button', { name: 'Save profile' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Profile saved.' })).toBeVisible()
  await expect(page.getByTestId('course-pass-mark')).toHaveText('75%')
  await page.screenshot({ path: shotPath('settings.png'), fullPage: true })

  // A passing timed exam, then Results through History → Review → Back to results.
  const attemptId = await passTimedExamByApi(app)
  await page.reload()
  // Certificates lists the eligible, unclaimed exam with Claim instead of "No certificates yet".
  await nav(page, 'Certificates')
  const claimable = page.getByTestId('claimable')
  await expect(claimable.getByRole('button', { name: /^Claim the certificate/ })).toHaveCount(1)
  await expect(page.getByRole('heading', { name: 'No certificates yet' })).toHaveCount(0)
  await page.screenshot({ path: shotPath('certificate-claimable.png'), fullPage: true })
  await claimable.getByRole('button', { name: /^Claim the certificate/ }).click()
  await expect(page.getByTestId('certificate-card')).toBeVisible()
  // The same results are reached from History → Review → Back to results.
  await nav(page, 'History')
  await page
    .getByRole('button', { name: /^Review/ })
    .first()
    .click()
  await page.getByRole('button', { name: 'Back to results' }).click()
  const card = page.getByTestId('certificate-card')
  await expect(card).toContainText('meets every condition')
  await expect(card).toContainText(NAME)
  await card.scrollIntoViewIfNeeded()
  await page.screenshot({ path: shotPath('certificate-results.png'), fullPage: true })

  // Evaluation: required questions are checked before issue.
  await card.getByRole('button', { name: 'Get your certificate' }).click()
  await card.getByRole('button', { name: 'Issue my certificate' }).click()
  await expect(card.getByRole('alert')).toContainText('Please answer every question')
  await fillEvaluation(card)
  await card.getByLabel(/Comments/).fill('Realistic cases.')
  await page.screenshot({ path: shotPath('certificate-evaluation.png'), fullPage: true })
  await card.getByRole('button', { name: 'Issue my certificate' }).click()
  await expect(card.getByRole('heading', { name: /certificate has been issued/ })).toBeFocused()

  // Save as PDF: a download, checked with qpdf and pdftotext.
  await card.getByLabel('Paper').selectOption('Letter')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: 'Save as PDF' }).click()
  ])
  const pdfPath = join(app.dataDir, download.suggestedFilename())
  await download.saveAs(pdfPath)
  expect(download.suggestedFilename()).toMatch(/^RLS-Casebook-certificate-Zoe-Lukasiewicz-Nunez/)
  execFileSync('qpdf', ['--check', pdfPath])
  const text = execFileSync('pdftotext', [pdfPath, '-']).toString()
  expect(text).toContain(NAME)
  expect(text).toMatch(/90(\.0)?\s*%/)
  const [cert] = await callApi<{ id: string; attemptId: string }[]>(app, 'certificate:list')
  expect(cert?.attemptId).toBe(attemptId)
  expect(text.replace(/\s+/g, '')).toContain(cert!.id)
  execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', pdfPath, join(app.dataDir, 'cert')])

  // History lists it.
  await nav(page, 'Certificates')
  await expect(page.getByTestId('certificate-item')).toHaveCount(1)
  await expect(page.getByTestId('certificate-item')).toContainText(NAME)
  await page.screenshot({ path: shotPath('certificate-list.png'), fullPage: true })

  // Verify: the saved file is valid; a copy with one changed payload character is altered.
  await nav(page, 'Verify')
  await verifyFile(page, pdfPath)
  await expect(page.getByTestId('verify-status')).toHaveText(/Valid/)
  await expect(page.getByTestId('verify-result')).toContainText(cert!.id)
  // The verdict names what it checked: file, signature, page, QR code, key.
  const checks = page.getByRole('list', { name: 'What was checked' }).getByRole('listitem')
  await expect(checks).toHaveCount(5)
  await expect(checks.nth(2)).toContainText('exactly the signed page')
  await page.screenshot({ path: shotPath('verify-valid.png'), fullPage: true })

  // Issue #14 §3: a white box and another name drawn over the page is refused.
  const forged = await PDFDocument.load(readFileSync(pdfPath), { updateMetadata: false })
  const font = await forged.embedFont(StandardFonts.HelveticaBold)
  forged.getPage(0).drawRectangle({ x: 200, y: 360, width: 390, height: 40, color: rgb(1, 1, 1) })
  forged.getPage(0).drawText('Mallory Forger', { x: 300, y: 372, size: 28, font })
  const forgedPath = join(app.dataDir, 'overlay.pdf')
  writeFileSync(forgedPath, await forged.save({ useObjectStreams: false }))
  expect(execFileSync('pdftotext', [forgedPath, '-']).toString()).toContain('Mallory Forger')
  await verifyFile(page, forgedPath)
  await expect(page.getByTestId('verify-status')).toHaveText(/Altered/)
  await expect(page.getByTestId('verify-result')).toContainText('something was drawn over the page')

  const bytes = readFileSync(pdfPath).toString('latin1')
  const tampered = bytes.replace(
    /RLSC2\.(\w)/g,
    (_m, c: string) => `RLSC2.${c === 'e' ? 'f' : 'e'}`
  )
  const tamperedPath = join(app.dataDir, 'tampered.pdf')
  writeFileSync(tamperedPath, Buffer.from(tampered, 'latin1'))
  await verifyFile(page, tamperedPath)
  await expect(page.getByTestId('verify-status')).toHaveText(/Altered/)
  await page.screenshot({ path: shotPath('verify-altered.png'), fullPage: true })

  const notPdf = join(app.dataDir, 'notes.pdf')
  writeFileSync(notPdf, 'just some text')
  await verifyFile(page, notPdf)
  await expect(page.getByTestId('verify-status')).toHaveText(/Unreadable/)
})

test('an ineligible attempt shows every reason and no way to a certificate', async ({
  app,
  page
}) => {
  const view = await callApi<View>(app, 'quiz:start', {
    mode: 'tutor',
    itemCount: 3,
    sections: ['genetics'],
    pool: 'all',
    secondsPerItem: 90,
    accommodation: 'untimed',
    confidence: false
  })
  await callApi(app, 'quiz:submit', { attemptId: view.attemptId, step: view.step })
  await app.open(page)
  await nav(page, 'History')
  await page
    .getByRole('button', { name: /^Review/ })
    .first()
    .click()
  await page.getByRole('button', { name: 'Back to results' }).click()
  const reasons = page.getByTestId('ineligible-reasons')
  await expect(reasons).toContainText('Tutor (practice)')
  await expect(reasons).toContainText('at least 20')
  await expect(reasons).toContainText('missing: Dopamine and brain iron')
  await expect(page.getByRole('button', { name: 'Get your certificate' })).toHaveCount(0)
  await page.getByTestId('certificate-card').scrollIntoViewIfNeeded()
  await page.screenshot({ path: shotPath('certificate-ineligible.png'), fullPage: true })
})
