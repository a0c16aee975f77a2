// @ts-check
// Mutation testing for the engine's core (issue #26). Run with `npm run test:mutation`; it is
// deliberately not part of `npm test`: a full run took 45 minutes on a busy 2-core machine.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: true },
  mutate: [
    'src/step.ts',
    'src/classify.ts',
    'src/compile.ts',
    'src/validate.ts',
    'src/verify.ts',
    'src/history.ts',
    'src/conditions.ts',
    'src/calendar.ts',
  ],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants such as schema metadata and check lists) need the whole
  // suite per mutant: about two thirds of the run time for a tenth of the mutants. They are skipped.
  ignoreStatic: true,
  reporters: ['html', 'clear-text', 'json', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false },
  concurrency: 2,
  // Incremental runs reuse earlier results; opt in with `npm run test:mutation -- --incremental`.
  incremental: false,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  thresholds: { high: 90, low: 85, break: null },
};

export default config;
