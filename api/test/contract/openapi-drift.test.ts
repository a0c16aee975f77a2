import { beforeAll, describe, expect, it } from 'vitest';
import { committedFiles, generateFiles, type OpenApiFiles } from '../support/openapi-files.js';
import { OPENAPI_JSON, REGENERATE, SCHEMA_DTS } from '../support/openapi-paths.js';

/** Nothing when both texts are equal; else where they first differ and what to run. */
function drift(file: string, committed: string, generated: string): string[] {
  if (committed === generated) return [];
  const was = committed.split('\n');
  const now = generated.split('\n');
  const line = now.findIndex((text, i) => text !== was[i]);
  const at = line === -1 ? was.length : line;
  return [
    `${file} is not what the API generates now: run \`${REGENERATE}\` and commit the result.`,
    `First difference at line ${at + 1}: committed ${JSON.stringify(was[at] ?? '<end>')}, generated ${JSON.stringify(now[at] ?? '<end>')}`,
  ];
}

describe('the committed OpenAPI files', () => {
  let generated: OpenApiFiles;
  let committed: OpenApiFiles;
  beforeAll(async () => {
    generated = await generateFiles();
    committed = committedFiles();
  });

  it('hold the document GET /api/docs-json serves, byte for byte', () => {
    expect(drift(OPENAPI_JSON, committed.json, generated.json)).toEqual([]);
  });

  it('hold the types openapi-typescript makes of it, byte for byte', () => {
    expect(drift(SCHEMA_DTS, committed.dts, generated.dts)).toEqual([]);
  });
});
