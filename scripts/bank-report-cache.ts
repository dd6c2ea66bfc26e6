// The full bank check is the slowest pure computation in `npm test`: `bank:check` runs it, and
// several test files read its report. It is computed once per state of the bank: the report is
// cached in .tmp/ (ignored by git) under a key that hashes every file of questions/ and the seed
// count, so any edit to the bank recomputes it and a stale report can never be read.
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { checkBank, CHECK_SEEDS, type BankReport } from '../questions/check/index'
import { copyIndex, repoRoot } from './bank-source'

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const full = path.join(dir, e.name)
      return e.isDirectory() ? filesUnder(full) : [full]
    })
    .sort()
}

/** A hash of everything the report depends on: the bank's sources and the seed count. */
export function bankKey(seeds: number): string {
  const hash = createHash('sha256').update(`seeds=${seeds}\n`)
  for (const file of filesUnder(path.join(repoRoot, 'questions'))) {
    hash.update(path.relative(repoRoot, file)).update('\0').update(readFileSync(file)).update('\0')
  }
  return hash.digest('hex').slice(0, 24)
}

const cacheFile = (key: string) => path.join(repoRoot, '.tmp', `bank-report-${key}.json`)

/** The report for the bank as it is on disk now: read from the cache, or computed and cached. */
export function bankReport(seeds = CHECK_SEEDS): { report: BankReport; cached: boolean } {
  const key = bankKey(seeds)
  try {
    return { report: JSON.parse(readFileSync(cacheFile(key), 'utf8')) as BankReport, cached: true }
  } catch {
    const report = checkBank({ sourceIndex: copyIndex(), seedsPerTemplate: seeds })
    mkdirSync(path.dirname(cacheFile(key)), { recursive: true })
    // Unique temp name + rename: parallel test workers may compute at once; each write is whole.
    const temp = `${cacheFile(key)}.${process.pid}.tmp`
    writeFileSync(temp, JSON.stringify(report))
    renameSync(temp, cacheFile(key))
    return { report, cached: false }
  }
}
