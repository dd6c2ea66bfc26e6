// Reads the source summary (the course's scope) for the copy gate. Only scripts and tests touch
// the file system; questions/ stays pure and receives the text as a string.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The source folder: ../shared/source next to the repository (present in dev and CI). */
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
