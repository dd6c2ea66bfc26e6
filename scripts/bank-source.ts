// The repository root for scripts, and the copy gate's index, built from the checked-in
// fingerprint of the source summary (questions/check/source-fingerprint.ts): the same on every
// clone. The source text itself is read only by `npm run bank:fingerprint-source`.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { indexFromFingerprint, type SourceIndex } from '../questions/check/copy-check'
import { SOURCE_FINGERPRINT } from '../questions/check/source-fingerprint'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The copy gate's index, from the checked-in fingerprint: the same on every clone. */
export function copyIndex(): SourceIndex {
  return indexFromFingerprint(SOURCE_FINGERPRINT)
}
