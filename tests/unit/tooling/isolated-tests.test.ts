// The fast tier shares one module cache per worker (vitest.config.ts, isolate: false), so a test
// file that mocks a module, stubs a global or the environment, or fakes timers would leak into
// the files after it. Such a file must be listed in ISOLATED_TESTS (or be a slow test).
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ISOLATED_TESTS, SLOW_TESTS } from '../../../vitest.config'

const ROOT = path.resolve(import.meta.dirname, '../../..')
const LEAKY =
  /\bvi\.(mock|doMock|stubGlobal|stubEnv|useFakeTimers)\(|process\.env\.[A-Z_]+\s*=[^=]|delete process\.env/

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    if (e.isDirectory()) return testFiles(full)
    return e.name.endsWith('.test.ts') ? [path.relative(ROOT, full)] : []
  })
}

describe('files that change shared module or process state run isolated', () => {
  it('every such fast-tier file is listed in ISOLATED_TESTS', () => {
    const kept = new Set([...ISOLATED_TESTS, ...SLOW_TESTS])
    const leaky = testFiles(path.join(ROOT, 'tests/unit')).filter((f) =>
      LEAKY.test(readFileSync(path.join(ROOT, f), 'utf8'))
    )
    expect(leaky.length).toBeGreaterThan(0) // the pattern still finds the known ones
    expect(leaky.filter((f) => !kept.has(f))).toEqual([])
  })
})
