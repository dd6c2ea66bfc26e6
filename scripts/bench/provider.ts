// Provider: `review` + `issue` over 500 claim files in one run (issue 15), through the same
// commands `npm run provider` runs, on real files in a temp folder. The claims are synthetic
// (synthetic-claims.ts: 50 installations, 10 exams each), which costs review exactly what a real
// claim does: the signature, 20 items re-generated, the log folded and every rule checked.
import { mkdtempSync, rmSync } from 'node:fs'
import { promises as fs } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { CLAIM_FILE_SUFFIX } from '../../main/claim/format'
import { PROVIDER_CONFIG, type ProviderConfig } from '../../main/provider/config'
import { initCommand, issueCommand, reviewCommand } from '../../main/provider/commands'
import { rlsCausesCourse } from '../../questions/content/course'
import { report, round } from './stats'
import { freshInstallationKey, syntheticClaim } from './synthetic-claims'

const CLAIMS = Number(process.env.BENCH_PROVIDER_CLAIMS ?? 500)

async function main(): Promise<void> {
  const root = mkdtempSync(path.join(tmpdir(), 'rls-bench-provider-'))
  try {
    const dir = path.join(root, 'provider')
    const init = await initCommand(dir, rlsCausesCourse.id)
    const configFile = path.join(dir, PROVIDER_CONFIG)
    const config = JSON.parse(await fs.readFile(configFile, 'utf8')) as ProviderConfig
    config.provider = {
      ...config.provider,
      accredited: true,
      name: 'Bench Institute for Continuing Education',
      releaseDate: '2026-01-01',
      credit: { ...config.provider.credit, type: 'Bench Category 1 Credit' },
      publicKeyPem: init.publicKeyPem
    }
    await fs.writeFile(configFile, JSON.stringify(config))
    const claimsDir = path.join(root, 'claims')
    await fs.mkdir(claimsDir)
    const keys = Array.from({ length: Math.ceil(CLAIMS / 10) }, freshInstallationKey)
    for (let i = 0; i < CLAIMS; i++) {
      const file = syntheticClaim({
        key: keys[i % keys.length]!,
        provider: config.provider,
        startedAt: new Date(Date.UTC(2026, 11, 2, 9) + i * 3_600_000),
        seed: `bench-${i}`,
        learner: {
          fullName: `Learner ${i}`,
          credentials: 'MD',
          licenceId: `GMC ${7_000_000 + i}`,
          npi: null
        }
      })
      const name = `${String(i).padStart(4, '0')}${CLAIM_FILE_SUFFIX}`
      await fs.writeFile(path.join(claimsDir, name), JSON.stringify(file))
    }
    const out = path.join(root, 'out')
    const cpu0 = process.cpuUsage()
    const t0 = performance.now()
    const { review, reviewFile } = await reviewCommand(claimsDir, dir, out)
    const t1 = performance.now()
    const issued = await issueCommand(dir, reviewFile, out, 'A4')
    const t2 = performance.now()
    const cpu = process.cpuUsage(cpu0) // this process and its render workers
    if (review.accepted.length !== CLAIMS || issued.issued.length !== CLAIMS) {
      throw new Error(
        `expected ${CLAIMS} accepted and issued, got ${review.accepted.length} / ` +
          `${issued.issued.length}: ${JSON.stringify(review.refused[0] ?? issued.refused[0])}`
      )
    }
    report({
      claims: CLAIMS,
      reviewMs: round(t1 - t0, 0),
      issueMs: round(t2 - t1, 0),
      totalMs: round(t2 - t0, 0),
      perClaimMs: round((t2 - t0) / CLAIMS, 1),
      cpuMs: round((cpu.user + cpu.system) / 1000, 0),
      cpuPerClaimMs: round((cpu.user + cpu.system) / 1000 / CLAIMS, 1)
    })
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

void main()
