// Where a test's screenshots go. `npm test` must leave the tree as it found it, so by default
// they go to the test's own output folder (test-results/, ignored by git). `npm run screenshots`
// sets RLS_SCREENSHOTS_DIR to docs/screenshots to refresh the tracked set on purpose.
import { test } from '@playwright/test'
import { join } from 'node:path'

export const DOCS_SHOTS_DIR = process.env.RLS_SCREENSHOTS_DIR

/** The path for screenshot `name` (may contain a sub-folder, e.g. 'light/home.png'). */
export function shotPath(name: string): string {
  return DOCS_SHOTS_DIR ? join(DOCS_SHOTS_DIR, name) : test.info().outputPath(name)
}
