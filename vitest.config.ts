import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

// Unit and integration tests run under Node against real files in temp folders, in two tiers:
// `fast` (pure logic and single-process integration: `npm run test:fast`, which also runs
// `fast-isolated`)
// and `slow` (the crash harness, fuzzing, soak and concurrency runs against real servers, and
// the API-docs check, which runs the type checker over the contract).
// `vitest run` (and so `npm test`) runs both. End-to-end tests live in tests/e2e (Playwright).
export const SLOW_TESTS = [
  'tests/unit/store/crash.test.ts',
  'tests/unit/attempts/crash.test.ts',
  'tests/unit/hostile/fuzz.test.ts',
  'tests/unit/hostile/http-soak.test.ts',
  'tests/unit/hostile/http-concurrency.test.ts',
  // Builds 300 MB flate bombs and starts a verifier worker per hostile PDF.
  'tests/unit/certificate/hostile-pdf.test.ts',
  'tests/unit/api/api-docs.test.ts',
  // Builds the app and opens real Chromium windows through the real launchers.
  'tests/unit/web/launch-secrets.test.ts',
  // The command-line tools run as subprocesses (a tsx start each) on real folders, and the PDF
  // suite renders and re-reads real certificates: a quarter of the fast tier's time, not logic.
  'tests/unit/provider/cli.test.ts',
  'tests/unit/certificate/cli.test.ts',
  'tests/unit/certificate/pdf.test.ts'
]

// Fast-tier files that must not share a module cache with others (vi.mock, stubbed globals or
// environment, fake timers). A new file doing any of these belongs here.
export const ISOLATED_TESTS = [
  'tests/unit/hostile/forged-fields.test.ts',
  'tests/unit/renderer/store/settings-app-slices.test.ts',
  'tests/unit/security/electron-lifecycle.test.ts',
  'tests/unit/security/electron-wiring.test.ts'
]

const shared = {
  environment: 'node',
  // Generous: a timeout is a hang detector, not a speed check (speed lives in `npm run bench`).
  // Tests of 3–10 s took over 30 s on a 2-core machine with other builds running beside them.
  testTimeout: 120_000,
  // The bank tests build a full gate report (every template × 1,000 seeds) in beforeAll; with
  // 40+ templates on a shared 2-core machine that can take more than a minute.
  hookTimeout: 180_000,
  pool: 'forks',
  // vitest's own default in a run is one worker fewer than the cores: one worker on this 2-core
  // machine, so every file ran after the other (measured: never two at once over 111 files)
  // while most of them wait on child processes, servers, PDF workers and browsers.
  maxWorkers: Math.max(2, availableParallelism()),
  globalSetup: 'tests/global-setup.ts'
} as const

export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      {
        // One module cache per worker across files: the fast tier spent about half its CPU
        // importing the same modules again for every file (245 → 126 CPU-s measured here).
        test: {
          ...shared,
          name: 'fast',
          include: ['tests/unit/**/*.test.ts'],
          exclude: [...SLOW_TESTS, ...ISOLATED_TESTS],
          isolate: false
        }
      },
      // Files that mock modules, stub globals or the environment, or fake timers keep a fresh
      // module graph each.
      { test: { ...shared, name: 'fast-isolated', include: ISOLATED_TESTS } },
      { test: { ...shared, name: 'slow', include: SLOW_TESTS } }
    ]
  }
})
