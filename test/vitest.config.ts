import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**', 'bench/**'],
    // PostgreSQL at FRONTSTAGE_TEST_PG, or a throwaway server when none answers there (see the script).
    globalSetup: ['../scripts/test-postgres.mjs'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
