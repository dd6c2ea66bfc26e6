// The claim file format as a JSON Schema (docs/claim.schema.json), generated from the zod schema
// that `provider review` parses with, so the published schema cannot drift from the code
// (tests/unit/provider/claim-schema.test.ts). `npm run docs:claim-schema` rewrites the file.
import { z } from 'zod'
import { CLAIM_FORMAT, CLAIM_FORMAT_VERSION, claimFileSchema } from './format'

export const CLAIM_SCHEMA_FILE = 'docs/claim.schema.json'

export function claimJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(claimFileSchema, { target: 'draft-2020-12', io: 'input' })
  return {
    $schema: schema.$schema,
    $id: `https://rls-casebook.invalid/schemas/${CLAIM_FORMAT}-v${CLAIM_FORMAT_VERSION}.json`,
    title: `RLS Casebook claim file, format ${CLAIM_FORMAT} version ${CLAIM_FORMAT_VERSION}`,
    description:
      "A learner's claim for credit: { claim, signature }, where signature is Ed25519 (base64url) " +
      'over the canonical JSON of claim (keys sorted, no whitespace) with the raw public key in ' +
      'claim.installation.publicKey. See docs/PROVIDER.md.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema'))
  }
}

export const claimJsonSchemaText = (): string => `${JSON.stringify(claimJsonSchema(), null, 2)}\n`
