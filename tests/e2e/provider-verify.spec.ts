// The Verify screen with a provider's published key (issue 15): a certificate issued by
// `npm run provider` (as a subprocess, on real folders) is Valid against the provider's key file
// and says which key it checked; against another provider's key, pasted, it is "Not issued by this
// provider"; and against this installation's keys it is another installation's. The claim is
// made without the app (scripts/bench/synthetic-claims.ts); the whole learner-to-provider chain
// is provider-chain.spec.ts.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { nav, openApp } from './a11y-screens'
import { expect, test } from './fixtures'

const TSX = resolve('node_modules/tsx/dist/cli.mjs')
const provider = (...args: string[]) =>
  spawnSync(process.execPath, [TSX, 'scripts/provider.ts', ...args], {
    encoding: 'utf8',
    timeout: 120_000
  })

test('Verify: a provider certificate against the provider key, another key, this installation', async ({
  app,
  page
}) => {
  test.setTimeout(240_000)
  const root = join(app.dataDir, 'provider-verify')
  const dir = join(root, 'provider')
  const init = provider('init', dir)
  expect(init.status, init.stderr).toBe(0)
  const fingerprint = /fingerprint {2}([0-9A-F ]{39})/.exec(init.stdout)![1]!
  const configFile = join(dir, 'provider.json')
  const config = JSON.parse(readFileSync(configFile, 'utf8'))
  config.provider.name = 'Example Institute for Continuing Education'
  config.provider.releaseDate = '2026-01-01'
  writeFileSync(configFile, JSON.stringify(config, null, 2))
  const inbox = join(root, 'inbox')
  mkdirSync(inbox, { recursive: true })
  // The app's own modules stay out of the e2e project: a tsx subprocess writes the claim.
  const write = spawnSync(
    process.execPath,
    [
      TSX,
      '-e',
      `import('./scripts/bench/synthetic-claims.ts').then(({ freshInstallationKey, syntheticClaim }) => {
        const provider = JSON.parse(process.env.BLOCK)
        const claim = syntheticClaim({ key: freshInstallationKey(), provider,
          startedAt: new Date('2026-06-01T09:00:00Z'), seed: 'e2e-provider-verify' })
        require('node:fs').writeFileSync(process.env.OUT, JSON.stringify(claim))
      })`
    ],
    {
      encoding: 'utf8',
      env: {
        ...process.env,
        BLOCK: JSON.stringify(config.provider),
        OUT: join(inbox, 'claim.rlsclaim.json')
      }
    }
  )
  expect(write.status, write.stderr).toBe(0)
  const out = join(root, 'out')
  expect(provider('review', inbox, '--provider', dir, '--out', out).stdout).toMatch(/1 accepted/)
  const issue = provider('issue', '--provider', dir, '--out', out)
  expect(issue.status, issue.stderr).toBe(0)
  const pdf = /ISSUED {3}(\S+\.pdf)/.exec(issue.stdout)![1]!
  const otherDir = join(root, 'other')
  expect(provider('init', otherDir).status).toBe(0)

  await openApp(page, app)
  await nav(page, 'Verify')
  await page.getByLabel('Choose PDF…').setInputFiles(pdf)
  await expect(page.getByTestId('verify-status')).toHaveText(/Issued by another installation/)
  await expect(page.getByTestId('verify-trusted')).toContainText("this installation's keys")

  await page.getByRole('radio', { name: /accredited provider's published key/ }).check()
  await page.getByLabel('Choose key file…').setInputFiles(join(dir, 'provider-signing-key.pub'))
  await expect(page.getByLabel(/Provider's public key/)).toHaveValue(/^-----BEGIN PUBLIC KEY-----/)
  await page.getByLabel('Choose PDF…').setInputFiles(pdf)
  await expect(page.getByTestId('verify-status')).toHaveText(/Valid/)
  await expect(page.getByTestId('verify-trusted')).toContainText(
    `the provider's key you gave, fingerprint ${fingerprint}`
  )
  await expect(page.getByTestId('verify-result')).toContainText(
    'Example Institute for Continuing Education'
  )

  const otherKey = readFileSync(join(otherDir, 'provider-signing-key.pub'), 'utf8')
  await page.getByLabel(/Provider's public key/).fill(otherKey)
  await page.getByLabel('Choose PDF…').setInputFiles(pdf)
  await expect(page.getByTestId('verify-status')).toHaveText(/Not issued by this provider/)
  await expect(page.getByTestId('verify-result')).toContainText('Not issued by that provider')
})
