// Issue 15, "Done when": the whole chain on real files. A learner in the real browser edition
// passes a certificate exam, fills in the evaluation and saves a claim file (a download); then the
// provider's CLI, as subprocesses, inits a provider folder, reviews the claim and issues a
// certificate signed with the PROVIDER's key; `verify-cert --provider-key` accepts it with that
// key and refuses it with another provider's; and the app's Verify screen, given the provider's
// key file, says Valid and which key, and says "Not issued by this provider" for the other key.
// The browser edition runs with the e2e test rules and credit rate (fixtures.ts); the provider
// CLI gets the same test rules flag, and the provider block the same credit rate.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { callApi } from './api'
import { PROFILE, nav, openApp, takeQuizByApi } from './a11y-screens'
import { fillEvaluation } from './evaluation'
import { expect, test } from './fixtures'

const TSX = resolve('node_modules/tsx/dist/cli.mjs')
const cli = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [TSX, script, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, RLS_CASEBOOK_TEST_MIN_SECONDS_PER_ITEM: '0' }
  })

test('learner exam → evaluation → claim file → provider review → issue → verified PDF', async ({
  app,
  page
}) => {
  test.setTimeout(300_000)
  // The learner: exam, evaluation, certificate, claim file.
  await callApi(app, 'profile:save', { ...PROFILE, npi: '1234567893' })
  await takeQuizByApi(app)
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
  const panel = page.getByTestId('claim-panel')
  await panel.getByLabel(/Amount to claim/).selectOption('1.5')
  await panel.getByRole('checkbox', { name: /I attest that I completed this activity/ }).check()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'Save the claim file' }).click()
  ])
  const root = join(app.dataDir, 'provider-chain')
  const inbox = join(root, 'inbox')
  mkdirSync(inbox, { recursive: true })
  await download.saveAs(join(inbox, download.suggestedFilename()))

  // The provider: a folder with its key pair; the block filled in (the e2e credit rate).
  const providerDir = join(root, 'provider')
  const init = cli('scripts/provider.ts', 'init', providerDir)
  expect(init.status, init.stderr).toBe(0)
  const fingerprint = /fingerprint {2}([0-9A-F ]{39})/.exec(init.stdout)![1]!
  const configFile = join(providerDir, 'provider.json')
  const config = JSON.parse(readFileSync(configFile, 'utf8'))
  config.provider.name = 'Example Institute for Continuing Education'
  config.provider.contact = 'cme@example.org'
  config.provider.credit.minutesPerCredit = 0.0001
  writeFileSync(configFile, JSON.stringify(config, null, 2))
  const out = join(root, 'out')
  const review = cli(
    'scripts/provider.ts',
    'review',
    inbox,
    '--provider',
    providerDir,
    '--out',
    out
  )
  expect(review.status, review.stderr).toBe(0)
  expect(review.stdout).toMatch(/1 accepted, 0 refused/)
  const issue = cli('scripts/provider.ts', 'issue', '--provider', providerDir, '--out', out)
  expect(issue.status, issue.stderr).toBe(0)
  const pdf = /ISSUED {3}(\S+\.pdf)/.exec(issue.stdout)![1]!
  expect(readFileSync(join(out, 'roster.csv'), 'utf8')).toContain(',1.5,')

  // verify-cert: valid with the provider's published key, not with another provider's.
  const providerKey = join(providerDir, 'provider-signing-key.pub')
  const ok = cli('scripts/verify-cert.ts', pdf, '--provider-key', providerKey)
  expect(ok.status, ok.stdout).toBe(0)
  expect(ok.stdout.trimEnd().split('\n').at(-1)).toMatch(/^VALID: /)
  const otherDir = join(root, 'other-provider')
  expect(cli('scripts/provider.ts', 'init', otherDir).status).toBe(0)
  const otherKey = join(otherDir, 'provider-signing-key.pub')
  const other = cli('scripts/verify-cert.ts', pdf, '--provider-key', otherKey)
  expect(other.status).toBe(1)
  expect(other.stdout.trimEnd().split('\n').at(-1)).toMatch(/^NOT SIGNED BY THIS PROVIDER: /)

  // The app's Verify screen, with the provider's key file, then with the other one.
  await nav(page, 'Verify')
  await page.getByRole('radio', { name: /accredited provider's published key/ }).check()
  await page.getByLabel('Choose key file…').setInputFiles(providerKey)
  await expect(page.getByLabel(/Provider's public key/)).toHaveValue(/^-----BEGIN PUBLIC KEY-----/)
  await page.getByLabel('Choose PDF…').setInputFiles(pdf)
  await expect(page.getByTestId('verify-status')).toHaveText(/Valid/)
  await expect(page.getByTestId('verify-trusted')).toContainText(
    `the provider's key you gave, fingerprint ${fingerprint}`
  )
  await expect(page.getByTestId('verify-result')).toContainText(
    'Example Institute for Continuing Education'
  )
  await page.getByLabel(/Provider's public key/).fill(readFileSync(otherKey, 'utf8'))
  await page.getByLabel('Choose PDF…').setInputFiles(pdf)
  await expect(page.getByTestId('verify-status')).toHaveText(/Not issued by this provider/)
})
