// The provider commands over a provider folder (keys, provider.json, ledger.json): what
// scripts/provider.ts runs. Each returns its result and the text to print; printing, argv and
// exit codes stay in the script.
import { randomUUID } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { printable } from '../../preload/contract/clean-text'
import { writeDurably } from '../certificate/keys'
import { readProviderConfig, writeProviderConfig, type ProviderConfig } from './config'
import { KNOWN_COURSES, type KnownCourse } from './courses'
import { issueCertificates, type IssueResult } from './issue'
import { initProviderKeys, loadProviderKey, loadProviderPrivateKey } from './keys'
import { createRenderPool } from './render-pool'
import { readLedger } from './ledger'
import { reviewClaimsDir, reviewSummary, type ReviewResult } from './review'

export const REVIEW_FILE = 'review.json'
const LOCK_FILE = 'provider.lock'

export interface CommandEnv {
  now: () => Date
  newId: () => string
  known: readonly KnownCourse[]
}

export const defaultEnv: CommandEnv = {
  now: () => new Date(),
  newId: () => randomUUID(),
  known: KNOWN_COURSES
}

export async function initCommand(dir: string, courseId: string, env = defaultEnv) {
  const entry = env.known.find((k) => k.course.id === courseId)
  if (!entry)
    throw new Error(
      `No course "${courseId}" (known: ${env.known.map((k) => k.course.id).join(', ')}).`
    )
  const keys = await initProviderKeys(dir)
  const configFile = await writeProviderConfig(dir, entry.course, keys.publicKeyPem)
  return {
    ...keys,
    configFile,
    text: [
      `Provider folder ${dir}`,
      `  private key  ${keys.privateKeyFile} (keep it secret; back it up)`,
      `  public key   ${keys.publicKeyFile} (publish it: it is provider.publicKeyPem)`,
      `  fingerprint  ${keys.fingerprint}`,
      `  provider.json ${configFile}: fill in the provider block (docs/PROVIDER.md)`
    ].join('\n')
  }
}

/** The provider's course: the known course with the provider block from provider.json. */
async function openProvider(dir: string, env: CommandEnv) {
  const key = await loadProviderKey(dir)
  const config: ProviderConfig = await readProviderConfig(dir, key.publicKey)
  const entry = env.known.find((k) => k.course.id === config.courseId)
  if (!entry) throw new Error(`provider.json names an unknown course "${config.courseId}".`)
  const known: KnownCourse[] = [
    { ...entry, course: { ...entry.course, provider: config.provider } }
  ]
  return { key, config, known }
}

export async function reviewCommand(
  claimsDir: string,
  providerDir: string,
  outDir: string,
  env = defaultEnv
): Promise<{ review: ReviewResult; reviewFile: string; text: string }> {
  const { key, known } = await openProvider(providerDir, env)
  const review = await reviewClaimsDir(claimsDir, {
    known,
    ledger: await readLedger(providerDir),
    providerFingerprint: key.fingerprint,
    now: env.now
  })
  await fs.mkdir(outDir, { recursive: true })
  const reviewFile = path.join(outDir, REVIEW_FILE)
  await writeDurably(reviewFile, `${JSON.stringify(review, null, 1)}\n`, 0o600)
  return { review, reviewFile, text: `${reviewSummary(review)}\nReview written to ${reviewFile}` }
}

export async function issueCommand(
  providerDir: string,
  reviewFile: string,
  outDir: string,
  pageSize: 'A4' | 'Letter',
  env = defaultEnv
): Promise<IssueResult & { text: string }> {
  const { key, config } = await openProvider(providerDir, env)
  const review = JSON.parse(await fs.readFile(reviewFile, 'utf8')) as ReviewResult
  if (review.format !== 'rls-casebook-review' || review.version !== 1) {
    throw new Error(`${reviewFile} is not a review written by \`provider review\`.`)
  }
  // One issuing run per provider folder at a time: the ledger is read once and rewritten.
  const lock = path.join(providerDir, LOCK_FILE)
  const handle = await fs.open(lock, 'wx').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'EEXIST') {
      throw new Error(`${lock} exists: another run is issuing (or one crashed; then delete it).`)
    }
    throw err
  })
  try {
    const pool = createRenderPool(await loadProviderPrivateKey(providerDir))
    let result: IssueResult
    try {
      result = await issueCertificates(review, outDir, {
        keyFingerprint: key.fingerprint,
        provider: config.provider,
        providerDir,
        ledger: await readLedger(providerDir),
        now: env.now,
        newId: env.newId,
        render: (input, size) => pool.render(input, size),
        parallel: pool.size,
        pageSize
      })
    } finally {
      await pool.close()
    }
    const lines = [
      `Issued ${result.issued.length} certificate(s), refused ${result.refused.length}.`,
      ...result.issued.map(
        (i) => `  ISSUED   ${printable(i.file)} (${i.credits} credit(s), claim ${i.claimId})`
      ),
      ...result.refused.map(
        (r) => `  REFUSED  ${printable(path.basename(r.file))}: ${printable(r.reasons.join(' '))}`
      ),
      `Roster: ${result.rosterFile}`,
      `Refusals: ${result.refusalsFile}`
    ]
    return { ...result, text: lines.join('\n') }
  } finally {
    await handle.close()
    await fs.rm(lock, { force: true })
  }
}
