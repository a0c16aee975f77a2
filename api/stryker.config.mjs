// @ts-check
// Mutation testing of the API core (`npm run test:mutation`, not part of `npm test`): how many
// deliberate bugs in these modules the tests of vitest.mutation.config.ts notice.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: [
    'src/{tickets,audit,idempotency,timers,scheduler,auth}/**/*.ts',
    '!src/**/*.test.ts',
    // Module wiring only. Controllers stay: beside decorators (static, so ignored) they parse headers and queries.
    '!src/**/*.module.ts',
  ],
  // Code run once when a module loads (or in a suite's beforeAll boot) would need every test per mutant.
  ignoreStatic: true,
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 85, low: 75, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};

export default config;
