import { defineConfig } from 'vitest/config'

// One command runs everything: unit tests (pure logic), integration tests (loaders and actions
// with real Requests against PGlite, or PostgreSQL when DATABASE_URL is set) and browser tests
// (Debian's Chromium driving the production server).
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/setup/fail-on-console-error.ts'],
          // Building a scanner (word lists, shipped model) takes a few hundred ms, several times
          // that on a busy CI machine, where the 5 s default once failed a test that builds three.
          // Speed is measured by `npm run bench`, not by timeouts.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/setup/integration-global.ts'],
          setupFiles: ['tests/setup/fail-on-console-error.ts', 'tests/setup/integration-db.ts'],
          // PGlite needs a few seconds per test file to start from the migrated dump.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/e2e-global.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
