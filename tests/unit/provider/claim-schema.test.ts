// docs/claim.schema.json is what the zod claim schema says (regenerate with
// `npm run docs:claim-schema`), and it describes the files the review accepts: a real claim
// satisfies its required fields and constants, and the format version is pinned.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CLAIM_FORMAT_VERSION } from '../../../main/claim/format'
import { CLAIM_SCHEMA_FILE, claimJsonSchema } from '../../../main/claim/json-schema'

interface SchemaNode {
  required?: string[]
  additionalProperties?: boolean
  const?: unknown
  properties: Record<string, SchemaNode>
}
const checkedIn = JSON.parse(readFileSync(CLAIM_SCHEMA_FILE, 'utf8')) as SchemaNode

describe('docs/claim.schema.json', () => {
  it('matches the zod schema the provider review parses with', () => {
    expect(checkedIn).toEqual(claimJsonSchema())
  })

  it('pins the format and its version, and requires the signature', () => {
    const claim = checkedIn.properties.claim!
    expect(checkedIn.required).toEqual(['claim', 'signature'])
    expect(claim.properties.format!.const).toBe('rls-casebook-claim')
    expect(claim.properties.formatVersion!.const).toBe(CLAIM_FORMAT_VERSION)
    expect(claim.additionalProperties).toBe(false)
    expect(claim.required).toEqual(
      expect.arrayContaining([
        'course',
        'attempt',
        'evaluation',
        'attestation',
        'credits',
        'learner',
        'installation'
      ])
    )
  })
})
