import { readFileSync } from 'node:fs';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { startApi } from './harness.js';
import { OPENAPI_JSON, REGENERATE, SCHEMA_DTS } from './openapi-paths.js';
import { recursiveAliases } from './recursive-schemas.js';

/** The contents of api/openapi/openapi.json and api/openapi/schema.d.ts. */
export interface OpenApiFiles {
  json: string;
  dts: string;
}

const BANNER = `// Generated from GET /api/docs-json by openapi-typescript: do not edit; run \`${REGENERATE}\`.\n\n`;

/** The document GET /api/docs-json serves, from the API booted in-process on SQLite as the tests boot it. */
export async function servedDocument(): Promise<OpenAPI3> {
  const api = await startApi('sqlite', { app: { scheduler: { enabled: false } } });
  try {
    const res = await api.http.get('/api/docs-json').expect(200);
    return res.body as OpenAPI3;
  } finally {
    await api.close();
  }
}

/** The files for a document: its JSON (indented, keys in the order the API wrote them) and its types. */
export async function renderFiles(document: OpenAPI3): Promise<OpenApiFiles> {
  const aliases = await recursiveAliases(document);
  // openapi-typescript annotates what it reads: give it a copy. Silent: the lint test reports problems.
  const ast = await openapiTS(structuredClone(document), { silent: true, ...aliases.options });
  return {
    json: `${JSON.stringify(document, null, 2)}\n`,
    dts: BANNER + astToString([...aliases.declarations, ...ast]),
  };
}

/** Both files as they would be generated now. */
export async function generateFiles(): Promise<OpenApiFiles> {
  return renderFiles(await servedDocument());
}

/** Both files as committed; a missing file says how to make it. */
export function committedFiles(): OpenApiFiles {
  return { json: readCommitted(OPENAPI_JSON), dts: readCommitted(SCHEMA_DTS) };
}

function readCommitted(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`${path} cannot be read (run \`${REGENERATE}\`)`, { cause: error });
  }
}
