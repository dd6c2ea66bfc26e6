// Claim files made without the app: items drawn by the assembler, an event log written by hand
// with times that agree with each other, signed with a fresh installation key. For the provider
// bench (500 claims in seconds) and for tests/unit/provider/forge.test.ts, which shows that a
// log made up this way, by someone who holds the installation key, passes every check
// (docs/PROVIDER.md, "What the checks cannot prove").
import { generateKeyPairSync, randomUUID } from 'node:crypto'
import { canonicalJsonBytes } from '../../main/certificate/canonical'
import { toBase64Url } from '../../main/certificate/encoding'
import { fromPrivateKey, type SigningKey } from '../../main/certificate/keys'
import { CLAIM_FORMAT, CLAIM_FORMAT_VERSION, type Claim, type ClaimFile } from '../../main/claim/format'
import { FINGERPRINTS } from '../../questions/bank-fingerprint'
import { assembleQuiz } from '../../questions/assemble'
import type { ProviderBlock } from '../../questions/course/types'
import { rlsCausesCourse } from '../../questions/content/course'
import { seedOf } from '../../questions/find-item'
import { COURSE_RULES } from '../../questions/content/course-rules'
import { sectionIds } from '../../questions/content/sections'

export const freshInstallationKey = (): SigningKey =>
  fromPrivateKey(generateKeyPairSync('ed25519').privateKey)

export interface SyntheticOptions {
  key: SigningKey
  provider: ProviderBlock
  /** Wall time the exam starts. */
  startedAt: Date
  seed: string
  /** Working time per item; 80 s gives 26 min 40 s for 20 items (0.25 credit at 60 min). */
  msPerItem?: number
  learner?: Claim['learner']
}

export function syntheticClaim(o: SyntheticOptions): ClaimFile {
  const count = COURSE_RULES.minItems
  const items = assembleQuiz({ course: rlsCausesCourse, count, sections: [...sectionIds], seed: o.seed })
  const step = o.msPerItem ?? 80_000
  const t0 = o.startedAt.getTime()
  const at = (ms: number) => new Date(t0 + ms).toISOString()
  const events: unknown[] = [
    {
      type: 'started',
      at: at(0),
      config: {
        mode: 'timed',
        itemCount: count,
        sections: [...sectionIds],
        pool: 'all',
        secondsPerItem: COURSE_RULES.secondsPerItem,
        accommodation: 1,
        confidence: false,
        passMarkPercent: COURSE_RULES.passMarkPercent,
        exam: { rulesId: COURSE_RULES.id }
      },
      items: items.map((i) => i.id),
      timeLimitMs: count * COURSE_RULES.secondsPerItem * 1000,
      seed: o.seed,
      elapsedMs: 0,
      itemSeeds: items.map((i) => seedOf(i))
    }
  ]
  items.forEach((item, i) => {
    if (i > 0) events.push({ type: 'visited', itemIndex: i, elapsedMs: step * i })
    const key = item.options.find((x) => x.correct)!.id
    events.push({ type: 'answered', itemIndex: i, optionId: key, elapsedMs: step * (i + 1) })
  })
  const total = step * count
  events.push({ type: 'submitted', reason: 'user', elapsedMs: total, at: at(total) })
  const claim: Claim = {
    format: CLAIM_FORMAT,
    formatVersion: CLAIM_FORMAT_VERSION,
    claimId: randomUUID(),
    createdAt: at(total + 60_000),
    course: {
      id: rlsCausesCourse.id,
      version: rlsCausesCourse.version,
      bankFingerprint: FINGERPRINTS.find((f) => f.version === rlsCausesCourse.version)!.fingerprint
    },
    attempt: {
      id: randomUUID(),
      rulesId: COURSE_RULES.id,
      events: events as Claim['attempt']['events'],
      activeMs: total,
      startedAt: at(0),
      submittedAt: at(total)
    },
    evaluation: { objectivesMet: 'yes', relevance: 5, intentToChange: 'yes', balanced: 'yes', commercialBias: 'none' },
    attestation: { text: o.provider.attestation, attestedAt: at(total + 60_000) },
    credits: { claimed: 0.25, type: o.provider.credit.type },
    learner: o.learner ?? {
      fullName: 'Ada Okafor',
      credentials: 'MD',
      licenceId: 'GMC 7012345',
      npi: null
    },
    installation: { publicKey: o.key.publicKey, fingerprint: o.key.fingerprint }
  }
  return { claim, signature: toBase64Url(o.key.sign(canonicalJsonBytes(claim))) }
}
