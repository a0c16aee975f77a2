import { defineConfig } from 'vitest/config';

// Nest's dependency injection reads decorator metadata; Vite 8's oxc transformer emits it when
// asked (legacy decorators), so no SWC plugin (whose platform binaries the registry lacks) is needed.
export default defineConfig({
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // PostgreSQL at FRONTSTAGE_TEST_PG, or a throwaway server when none answers there (see the script).
    globalSetup: ['../scripts/test-postgres.mjs'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
