// Shared fixtures for the bank tests: the repository root and the full gate run (1,000 seeds per
// template), computed once per state of the bank and shared with `bank:check` and the other test
// files through a cache keyed by a hash of questions/ (scripts/bank-report-cache.ts).
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { bankReport } from '../../../scripts/bank-report-cache'
import type { BankReport } from '../../../questions/check/index'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

let cached: BankReport | null = null
export function fullReport(): BankReport {
  cached ??= bankReport().report
  return cached
}
