// Writes api/openapi/openapi.json and api/openapi/schema.d.ts from the API booted as the tests boot it.
// tsx runs this file but cannot run the API: esbuild emits no decorator metadata, and Nest's injection
// reads it. So the generator is loaded through Vitest's module runner with api/vitest.config.ts (oxc,
// legacy decorators with metadata), exactly as the drift test loads it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { createVitest } from 'vitest/node';
import type * as OpenApiFiles from '../test/support/openapi-files.js';
import { OPENAPI_DIR, OPENAPI_JSON, SCHEMA_DTS } from '../test/support/openapi-paths.js';

const root = resolve(import.meta.dirname, '..');
const vitest = await createVitest('test', { watch: false, root, config: resolve(root, 'vitest.config.ts') });
try {
  const { generateFiles } = await vitest.import<typeof OpenApiFiles>(
    resolve(root, 'test/support/openapi-files.ts'),
  );
  const files = await generateFiles();
  mkdirSync(OPENAPI_DIR, { recursive: true });
  writeFileSync(OPENAPI_JSON, files.json);
  writeFileSync(SCHEMA_DTS, files.dts);
  process.stdout.write(
    `Wrote ${relative(process.cwd(), OPENAPI_JSON)} and ${relative(process.cwd(), SCHEMA_DTS)}\n`,
  );
} finally {
  await vitest.close();
}
