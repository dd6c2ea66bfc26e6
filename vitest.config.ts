import { defineConfig } from 'vitest/config'

// Unit and integration tests run under Node against real files in temp folders.
// End-to-end tests live in tests/e2e and run with Playwright (see playwright.config.ts).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    reporters: ['default']
  }
})
