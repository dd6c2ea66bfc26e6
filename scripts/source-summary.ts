// Reads the source summary (the course's scope) from a folder the caller names. Only the team has
// it (beside the repository, in ../shared/source); nothing that `npm test`, the app or the gates
// run depends on it: the copy gate works from the checked-in fingerprint
// (questions/check/source-fingerprint.ts), which `npm run bank:fingerprint-source` regenerates.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** All .txt files of `dir` joined, or null when the folder is missing or has none. */
export function readSourceText(dir: string): string | null {
  if (!existsSync(dir)) return null
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
  if (files.length === 0) return null
  return files.map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n\n')
}
