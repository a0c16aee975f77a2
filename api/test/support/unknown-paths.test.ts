import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGeneratedTypes, unknownsInOperations, unknownsInSchemas } from './unknown-paths.js';

// Shaped as openapi-typescript writes it: schemas refer to each other by indexed access. Json holds an
// array of itself in its own union, which TypeScript cannot resolve (TS2502, hidden by skipLibCheck): any.
const SAMPLE = `
export interface paths {
  "/things/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations["getThing"];
    put: operations["putThing"];
    post?: never;
  };
  "/things": { parameters: { query?: never }; get: operations["listThings"]; delete: operations["dropThings"] };
}
export interface components {
  schemas: {
    Thing: {
      id: string;
      tags: string[];
      parts: components["schemas"]["Part"][];
      extra?: { [key: string]: unknown };
      owner: components["schemas"]["Owner"] | null;
      data: components["schemas"]["Json"];
    };
    Part: { kind: "a" | "b"; payload: any; children: components["schemas"]["Part"][] };
    Owner: { name: string; pair: [string, unknown] };
    Json: string | number | boolean | null | components["schemas"]["Json"][] | { [key: string]: components["schemas"]["Json"] };
  };
}
export interface operations {
  getThing: {
    responses: {
      200: { headers: { [name: string]: unknown }; content: { "application/json": components["schemas"]["Thing"] } };
      404: { headers: { [name: string]: unknown }; content: { "application/json": { reason: unknown } } };
    };
  };
  putThing: {
    requestBody: { content: { "application/json": { data: Record<string, unknown> } } };
    responses: { 204: { headers: { [name: string]: unknown }; content?: never } };
  };
  listThings: { responses: { 200: { headers: { [name: string]: unknown }; content?: never } } };
  dropThings: { responses: { 200: { headers: { [name: string]: unknown }; content: { "text/csv": string } } } };
}
`;

describe('unknown paths in generated types', () => {
  const dir = mkdtempSync(join(tmpdir(), 'frontstage-unknown-paths-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'schema.d.ts');
  writeFileSync(file, SAMPLE);
  const types = readGeneratedTypes(file);

  it('reads the schemas and the operations each path has', () => {
    expect([...types.schemas.keys()]).toEqual(['Thing', 'Part', 'Owner', 'Json']);
    expect([...types.operations.keys()]).toEqual([
      'GET /things/{id}',
      'PUT /things/{id}',
      'GET /things',
      'DELETE /things',
    ]);
  });

  it('names each unknown or any inside a schema once, under the schema that holds it, through recursion', () => {
    expect(unknownsInSchemas(types)).toEqual([
      'Thing.extra[string]: unknown',
      'Thing.data: any',
      'Part.payload: any',
      'Owner.pair[]: unknown',
      'Json: any',
    ]);
  });

  it('names unknown bodies and answers outside the schemas, and success answers that describe nothing', () => {
    expect(unknownsInOperations(types)).toEqual([
      'GET /things/{id} 404 application/json.reason: unknown',
      'PUT /things/{id} body application/json.data[string]: unknown',
      'GET /things 200: no body described',
    ]);
  });
});
