// The provider folder's provider.json: which course the provider adopted and the provider block it
// filled in (questions/course/types.ts ProviderBlock: name, contact, accreditation and credit
// statements, dates, evaluation, attestation, published key). `init` writes it from the course's
// own block with the new public key; the provider edits it (docs/PROVIDER.md). The block's key
// must be the folder's key, so a provider never publishes one key and signs with another.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import type { Course, ProviderBlock } from '../../questions/course/types'
import { writeDurably } from '../certificate/keys'
import { publicKeyFromText } from './keys'

export const PROVIDER_CONFIG = 'provider.json'

const line = z.string().min(1).max(500)
const statement = z.string().min(1).max(600)
const isoDate = z.iso.date()

const evaluationQuestion = z.discriminatedUnion('kind', [
  z.strictObject({
    id: z.string().min(1).max(100),
    kind: z.literal('scale'),
    prompt: line,
    min: z.literal(1),
    max: z.literal(5),
    required: z.literal(true)
  }),
  z.strictObject({
    id: z.string().min(1).max(100),
    kind: z.literal('choice'),
    prompt: line,
    choices: z.array(z.string().min(1).max(200)).min(2).max(20),
    required: z.boolean()
  }),
  z.strictObject({
    id: z.string().min(1).max(100),
    kind: z.literal('text'),
    prompt: line,
    maxLength: z.number().int().min(1).max(2000),
    required: z.boolean()
  })
])

export const providerBlockSchema = z.strictObject({
  accredited: z.boolean(),
  name: z.string().min(1).max(120),
  contact: line,
  accreditationStatement: statement,
  credit: z.strictObject({
    type: z.string().min(1).max(120).nullable(),
    maxCredits: z.number().positive().max(100),
    increment: z.number().positive().max(100),
    minutesPerCredit: z.number().positive().max(600),
    statement
  }),
  targetAudience: z.array(line).max(30),
  disclosures: z
    .array(
      z.strictObject({
        name: line,
        role: z.enum(['faculty', 'planner', 'reviewer']),
        relationships: line
      })
    )
    .max(50),
  releaseDate: isoDate,
  expiryDate: isoDate,
  evaluation: z.array(evaluationQuestion).max(50),
  attestation: z.string().min(1).max(2000),
  publicKeyPem: z.string().min(1).max(1000)
}) satisfies z.ZodType<ProviderBlock>

const configSchema = z.strictObject({ courseId: line, provider: providerBlockSchema })
export type ProviderConfig = z.output<typeof configSchema>

export class ProviderConfigError extends Error {
  override name = 'ProviderConfigError'
}

/** Writes the starting provider.json for `course` with the provider's public key. */
export async function writeProviderConfig(
  dir: string,
  course: Course,
  publicKeyPem: string
): Promise<string> {
  const file = path.join(dir, PROVIDER_CONFIG)
  const config: ProviderConfig = {
    courseId: course.id,
    provider: { ...structuredClone(course.provider), publicKeyPem } as ProviderConfig['provider']
  }
  await writeDurably(file, `${JSON.stringify(config, null, 2)}\n`, 0o644)
  return file
}

/** Reads and checks provider.json against the folder's public key. */
export async function readProviderConfig(
  dir: string,
  folderPublicKey: string
): Promise<ProviderConfig> {
  const file = path.join(dir, PROVIDER_CONFIG)
  let raw: unknown
  try {
    raw = JSON.parse(await fs.readFile(file, 'utf8'))
  } catch (err) {
    throw new ProviderConfigError(`Cannot read ${file}: ${(err as Error).message}`)
  }
  const parsed = configSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new ProviderConfigError(
      `${file}: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`
    )
  }
  const config = parsed.data
  if (publicKeyFromText(config.provider.publicKeyPem) !== folderPublicKey) {
    throw new ProviderConfigError(
      `${file}: provider.publicKeyPem is not this folder's key; publish the key \`init\` wrote.`
    )
  }
  if (config.provider.releaseDate > config.provider.expiryDate) {
    throw new ProviderConfigError(`${file}: releaseDate is after expiryDate.`)
  }
  return config
}
