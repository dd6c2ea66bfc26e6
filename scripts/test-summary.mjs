// Adds up the JSON reports of vitest and Playwright into one closing line, "N passed, N failed",
// so a reader (or CI) sees the whole suite's count at a glance.
import { resolve } from 'node:path'

export function summarize(root, readFileSync) {
  let passed = 0
  let failed = 0
  let skipped = 0
  let flaky = 0
  let found = false
  try {
    const vitest = JSON.parse(readFileSync(resolve(root, '.tmp/vitest.json'), 'utf8'))
    passed += vitest.numPassedTests ?? 0
    failed += vitest.numFailedTests ?? 0
    skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0)
    found = true
  } catch {
    /* vitest did not produce a report */
  }
  try {
    const pw = JSON.parse(readFileSync(resolve(root, '.tmp/playwright.json'), 'utf8'))
    passed += (pw.stats?.expected ?? 0) + (pw.stats?.flaky ?? 0)
    failed += pw.stats?.unexpected ?? 0
    flaky += pw.stats?.flaky ?? 0
    skipped += pw.stats?.skipped ?? 0
    found = true
  } catch {
    /* Playwright did not produce a report */
  }
  if (!found) return ''
  const line = `Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`
  // Retries are off, so nothing can pass on a retry; a non-zero count would mean someone turned
  // them back on, and is named so it is seen.
  return flaky ? `Flaky (passed on retry): ${flaky}\n${line}` : line
}
