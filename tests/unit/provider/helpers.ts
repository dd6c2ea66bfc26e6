// Claim files from real certificate exams: an exam is taken through the real attempt service in a
// temp data folder (certificate-service/helpers.ts), its record turned into the claim format
// (main/claim/format.ts) and signed with that installation's own certificate key. The provider
// side is a real provider folder (keys from `init`, provider.json filled in as a provider would).
import { randomUUID } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { canonicalJsonBytes } from '../../../main/certificate/canonical'
import { toBase64Url } from '../../../main/certificate/encoding'
import { loadOrCreateSigningKey, type SigningKey } from '../../../main/certificate/keys'
import { CLAIM_FILE_SUFFIX, type Claim, type ClaimFile } from '../../../main/claim/format'
import { buildSignedClaim } from '../../../main/services/claims-build'
import { initCommand } from '../../../main/provider/commands'
import { PROVIDER_CONFIG, type ProviderConfig } from '../../../main/provider/config'
import type { KnownCourse } from '../../../main/provider/courses'
import { FINGERPRINTS } from '../../../questions/bank-fingerprint'
import { rlsCausesCourse } from '../../../questions/content/course'
import { foldAttempt, summarizeAttempt, type AttemptRecord } from '../../../questions/engine'
import { openHarness, takeQuiz, type Harness, type QuizPlan } from '../certificate-service/helpers'

/** A plausible accredited provider block (what a provider fills into provider.json). */
export function accreditedBlock(publicKeyPem: string): ProviderConfig['provider'] {
  return {
    ...structuredClone(rlsCausesCourse.provider),
    accredited: true,
    name: 'Example Institute for Continuing Education',
    contact: 'cme@example.org',
    accreditationStatement:
      'The Example Institute is accredited by the Example Council for Continuing Education to ' +
      'provide continuing education for the healthcare team.',
    credit: {
      type: 'Example Category 1 Credit',
      maxCredits: 2,
      increment: 0.25,
      minutesPerCredit: 60,
      statement:
        'The Example Institute designates this enduring material for a maximum of 2 Example ' +
        'Category 1 Credits. Clinicians should claim only the credit commensurate with the ' +
        'extent of their participation in the activity.'
    },
    releaseDate: '2026-01-01',
    expiryDate: '2027-12-31',
    publicKeyPem
  } as ProviderConfig['provider']
}

export interface ProviderFolder {
  dir: string
  publicKeyPem: string
  fingerprint: string
  config: ProviderConfig
  /** Rewrites provider.json with changes to the provider block. */
  setBlock(change: Partial<ProviderConfig['provider']>): Promise<void>
}

export async function providerFolder(root: string, name = 'provider'): Promise<ProviderFolder> {
  const dir = path.join(root, name)
  const keys = await initCommand(dir, rlsCausesCourse.id)
  const file = path.join(dir, PROVIDER_CONFIG)
  const folder: ProviderFolder = {
    dir,
    publicKeyPem: keys.publicKeyPem,
    fingerprint: keys.fingerprint,
    config: JSON.parse(await readFile(file, 'utf8')) as ProviderConfig,
    async setBlock(change) {
      folder.config = {
        ...folder.config,
        provider: { ...folder.config.provider, ...change } as ProviderConfig['provider']
      }
      await writeFile(file, JSON.stringify(folder.config, null, 2))
    }
  }
  await folder.setBlock(accreditedBlock(keys.publicKeyPem))
  return folder
}

export const EVALUATION_ANSWERS: Claim['evaluation'] = {
  objectivesMet: 'yes',
  relevance: 4,
  intentToChange: 'yes',
  intentToChangeDetails: 'Check ferritin and transferrin saturation first.',
  balanced: 'yes',
  commercialBias: 'none'
}

/** A passing exam long enough for 0.25 credit (20 items, 80 s each: 26 min 40 s). */
export const CREDIT_PLAN: QuizPlan = { msPerItem: 80_000 }

export interface Learner {
  h: Harness
  key: SigningKey
  close(): Promise<void>
}

export async function openLearner(): Promise<Learner> {
  const h = await openHarness()
  const key = await loadOrCreateSigningKey(h.dir)
  return { h, key, close: () => h.close() }
}

/**
 * The claim for a submitted attempt, built and signed by the learner side's own function
 * (main/services/claims-build.ts buildSignedClaim) from the sealed record in the data folder.
 */
export async function claimFor(
  learner: Learner,
  attemptId: string,
  provider: ProviderConfig['provider']
): Promise<ClaimFile> {
  const record = (await learner.h.ctx.services.store.attempts.read(attemptId)) as AttemptRecord
  const now = new Date(learner.h.clock.wallMs()).toISOString()
  return buildSignedClaim({
    claimId: randomUUID(),
    createdAt: now,
    course: rlsCausesCourse,
    record,
    summary: summarizeAttempt(foldAttempt(record)),
    evaluation: { ...EVALUATION_ANSWERS },
    attestation: { text: provider.attestation, attestedAt: now },
    credits: { claimed: 0.25, type: provider.credit.type },
    learner: {
      fullName: 'Zoë Łukasiewicz-Núñez',
      credentials: 'MD',
      licenceId: 'GMC 7012345',
      npi: '1234567893'
    },
    key: learner.key
  })
}

export function signClaim(claim: Claim, key: SigningKey): ClaimFile {
  return { claim, signature: toBase64Url(key.sign(canonicalJsonBytes(claim))) }
}

/** Takes a passing certificate exam and returns its signed claim. */
export async function examClaim(
  learner: Learner,
  provider: ProviderConfig['provider'],
  plan: QuizPlan = CREDIT_PLAN
): Promise<ClaimFile> {
  const attemptId = await takeQuiz(learner.h, plan)
  return claimFor(learner, attemptId, provider)
}

export async function writeClaim(dir: string, name: string, file: ClaimFile): Promise<string> {
  const target = path.join(dir, `${name}${CLAIM_FILE_SUFFIX}`)
  await writeFile(target, JSON.stringify(file))
  return target
}

export async function tempRoot(): Promise<{ root: string; remove(): Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), 'rls-provider-'))
  return { root, remove: () => rm(root, { recursive: true, force: true }) }
}

/** A deep copy to tamper with. */
export const copy = <T>(value: T): T => structuredClone(value)

/** The provider's view of the course: the RLS course with this provider block. */
export function knownFor(provider: ProviderConfig['provider']): KnownCourse[] {
  return [{ course: { ...rlsCausesCourse, provider }, fingerprints: FINGERPRINTS }]
}

/** The claim's started event, with its item ids (the format types the event union loosely). */
export const startedOf = (claim: Claim): { items: string[]; itemSeeds?: (number | null)[] } =>
  claim.attempt.events[0] as unknown as { items: string[]; itemSeeds?: (number | null)[] }
