// npm run provider and verify-cert --provider-key as subprocesses on real folders: init, review,
// issue, then the issued PDF verified against the provider's published key (exit 0) and against
// another provider's key and the learner's installation (exit 1, never "VALID").
import { spawnSync } from 'node:child_process'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROVIDER_PUBLIC_KEY } from '../../../main/provider/keys'
import {
  examClaim,
  openLearner,
  providerFolder,
  tempRoot,
  writeClaim,
  type Learner
} from './helpers'

const tsx = path.resolve('node_modules/tsx/dist/cli.mjs')
const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, [tsx, script, ...args], { encoding: 'utf8', timeout: 110_000 })
const provider = (...args: string[]) => run('scripts/provider.ts', args)
const verify = (...args: string[]) => run('scripts/verify-cert.ts', args)
const last = (out: string) => out.trimEnd().split('\n').at(-1)

let tmp: Awaited<ReturnType<typeof tempRoot>>
let learner: Learner
beforeAll(async () => {
  tmp = await tempRoot()
  learner = await openLearner()
}, 60_000)
afterAll(async () => {
  await learner.close()
  await tmp.remove()
})

describe('npm run provider', () => {
  it('init, review, issue, and verify-cert --provider-key accepts only that key', async () => {
    const dir = path.join(tmp.root, 'p')
    const init = provider('init', dir)
    expect(init.status, init.stderr).toBe(0)
    expect(init.stdout).toMatch(/fingerprint {2}[0-9A-F ]{39}/)
    expect(provider('init', dir)).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/already exists/)
    })

    // Fill in the block as a provider would (the helper writes the same fields).
    const folder = await providerFolder(tmp.root, 'filled')
    const claims = path.join(tmp.root, 'inbox')
    await fs.mkdir(claims)
    const file = await examClaim(learner, folder.config.provider)
    await writeClaim(claims, 'claim', file)
    const out = path.join(tmp.root, 'out')
    const review = provider('review', claims, '--provider', folder.dir, '--out', out)
    expect(review.status, review.stderr).toBe(0)
    expect(review.stdout).toMatch(/1 accepted, 0 refused/)
    const issue = provider('issue', '--provider', folder.dir, '--out', out)
    expect(issue.status, issue.stderr).toBe(0)
    const pdf = /ISSUED {3}(\S+\.pdf)/.exec(issue.stdout)![1]!

    const ok = verify(pdf, '--provider-key', path.join(folder.dir, PROVIDER_PUBLIC_KEY))
    expect(ok.status, ok.stdout).toBe(0)
    expect(last(ok.stdout)).toMatch(/^VALID: Valid: issued by the provider holding key/)
    expect(ok.stdout).toContain('Example Institute for Continuing Education')

    const other = verify(pdf, '--provider-key', path.join(dir, PROVIDER_PUBLIC_KEY))
    expect(other.status).toBe(1)
    expect(last(other.stdout)).toMatch(/^NOT SIGNED BY THIS PROVIDER: /)
    expect(other.stdout).not.toMatch(/^VALID/m)

    // The learner's own installation does not vouch for a provider certificate either.
    const own = verify(pdf, '--data-dir', learner.h.dir)
    expect(own.status).toBe(1)
    expect(last(own.stdout)).toMatch(/^ISSUED BY ANOTHER INSTALLATION/)

    const again = provider(
      'review',
      claims,
      '--provider',
      folder.dir,
      '--out',
      path.join(tmp.root, 'o2')
    )
    expect(again.stdout).toMatch(/0 accepted, 1 refused[\s\S]*a replayed claim/)
  })

  it('usage errors exit 1 with the usage', () => {
    const r = provider('review')
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/review needs CLAIMS_DIR and --provider DIR[\s\S]*usage:/)
  })
})
