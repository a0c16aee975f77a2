import { defineConfig } from 'vitest/config';

// The tests StrykerJS runs against the API core (stryker.config.mjs): the unit tests beside it and the
// e2e suites that drive it over HTTP, on SQLite only (no PostgreSQL global setup), to keep a run short.
// The decorator settings are vitest.config.ts's: Nest's dependency injection needs the metadata.
const UNIT_TESTS = ['src/{audit,auth,idempotency,scheduler,tickets,timers}/**/*.test.ts'];

// FRONTSTAGE_MUTATION_TESTS=unit narrows a run to the unit tests, for mutating the pure files quickly.
const unitOnly = process.env.FRONTSTAGE_MUTATION_TESTS === 'unit';

export default defineConfig({
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  test: {
    include: unitOnly
      ? UNIT_TESTS
      : [
          ...UNIT_TESTS,
          'test/e2e/audit.e2e.test.ts',
          'test/e2e/bad-input.e2e.test.ts',
          'test/e2e/console.e2e.test.ts',
          'test/e2e/idempotency.e2e.test.ts',
          'test/e2e/isolation.e2e.test.ts',
          'test/e2e/role-matrix.e2e.test.ts',
          'test/e2e/session.e2e.test.ts',
          'test/e2e/ticket-flow.e2e.test.ts',
          'test/e2e/ticket-version-check.e2e.test.ts',
          'test/e2e/timers.e2e.test.ts',
        ],
    env: { FRONTSTAGE_TEST_DB: 'sqlite' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
