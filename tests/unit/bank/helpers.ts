// Shared fixtures for the bank tests: the repository root, the source text (read from
// ../shared/source next to the repository, present in dev and CI) and a full gate run, computed
// once per test file.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { readSourceText } from '../../../scripts/bank-source'
import { checkBank, type BankReport } from '../../../questions/check/index'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

export function sourceText(): string {
  const text = readSourceText(repoRoot)
  if (text === null)
    throw new Error(`source summary missing: ${path.resolve(repoRoot, '../shared/source')}`)
  return text
}

let cached: BankReport | null = null
/** The full gate run over the registry (1,000 seeds per template), computed once per file. */
export function fullReport(): BankReport {
  cached ??= checkBank({ sourceText: sourceText() })
  return cached
}
