import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// The unit tests Stryker runs against each mutant. The property suites (thousands of generated cases
// each) cover nearly every line, so with them a mutation run takes hours on a small machine; the
// score is what the example-based unit tests alone can tell apart, which is the stricter measure.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        ...configDefaults.exclude,
        'src/fuzz.test.ts',
        'src/differential.test.ts',
        'src/properties.test.ts',
        'src/properties-schema.test.ts',
      ],
    },
  }),
);
