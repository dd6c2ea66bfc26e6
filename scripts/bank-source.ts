// The source summary (the course's scope) and the copy gate's index of it. The gate itself runs
// from the checked-in fingerprint (questions/check/source-fingerprint.ts), so nothing here is
// needed on a clone without ../shared; the source text is read only to regenerate that
// fingerprint and to check that it still matches (when the source is beside the repository).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { indexFromFingerprint, type SourceIndex } from '../questions/check/copy-check'
import { SOURCE_FINGERPRINT } from '../questions/check/source-fingerprint'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The source folder: ../shared/source next to the repository (present only for the team). */
export function sourceDir(root = repoRoot): string {
  return path.resolve(root, '../shared/source')
}

/** All .txt files of the source folder joined, or null when the folder is missing. */
export function readSourceText(root = repoRoot): string | null {
  const dir = sourceDir(root)
  if (!existsSync(dir)) return null
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
  if (files.length === 0) return null
  return files.map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n\n')
}

/** The copy gate's index, from the checked-in fingerprint: the same on every clone. */
export function copyIndex(): SourceIndex {
  return indexFromFingerprint(SOURCE_FINGERPRINT)
}
