// npm run docs:claim-schema — writes docs/claim.schema.json from the zod claim schema, formatted
// as the repository's Prettier would (so `npm run lint` and the drift test agree).
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { format, resolveConfig } from 'prettier'
import { CLAIM_SCHEMA_FILE, claimJsonSchemaText } from '../main/claim/json-schema'
import { repoRoot } from './bank-source'

const file = path.join(repoRoot, CLAIM_SCHEMA_FILE)
const options = (await resolveConfig(file)) ?? {}
writeFileSync(file, await format(claimJsonSchemaText(), { ...options, filepath: file }), 'utf8')
console.log(`docs:claim-schema: wrote ${CLAIM_SCHEMA_FILE}`)
