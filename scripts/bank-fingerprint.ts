// npm run bank:fingerprint — records the fingerprint of the bank's output for the current
// BANK.version in questions/bank-fingerprint.ts. It refuses to overwrite the fingerprint of a
// version already recorded with a different one: a content change needs a BANK.version bump.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { BANK } from '../questions/bank'
import { FINGERPRINTS } from '../questions/bank-fingerprint'
import { bankFingerprint, FINGERPRINT_SEEDS } from '../questions/check/fingerprint'
import { templates } from '../questions/templates/index'
import { repoRoot } from './bank-source'
import { rlsCausesCourse } from '../questions/content/course'

const file = path.join(repoRoot, 'questions/bank-fingerprint.ts')
const fingerprint = bankFingerprint(rlsCausesCourse)
const known = FINGERPRINTS.find((f) => f.version === BANK.version)
if (known && known.fingerprint === fingerprint) {
  console.log(`bank:fingerprint: v${BANK.version} already recorded (${fingerprint})`)
  process.exit(0)
}
if (known) {
  console.error(
    `bank:fingerprint: the bank's output changed but BANK.version is still ${BANK.version} ` +
      `(recorded ${known.fingerprint}, now ${fingerprint}). Bump BANK.version in questions/bank.ts, then run this again.`
  )
  process.exit(1)
}
const entry = `  { version: '${BANK.version}', fingerprint: '${fingerprint}', templates: ${templates.length}, seeds: ${FINGERPRINT_SEEDS} }`
const text = readFileSync(file, 'utf8')
const updated = text.replace(/(export const FINGERPRINTS.*= \[\n)/, `$1${entry},\n`)
writeFileSync(file, updated, 'utf8')
console.log(`bank:fingerprint: recorded v${BANK.version} → ${fingerprint}`)
