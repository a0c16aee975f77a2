import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { circularSchemas, recursiveAliases } from './recursive-schemas.js';
import { readGeneratedTypes, unknownsInSchemas } from './unknown-paths.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const sample = {
  openapi: '3.1.0',
  info: { title: 'sample', version: '1' },
  paths: {},
  components: {
    schemas: {
      Json: {
        anyOf: [
          { type: ['string', 'number', 'boolean', 'null'] },
          { type: 'array', items: ref('Json') },
          { type: 'object', additionalProperties: ref('Json') },
        ],
      },
      Tree: { type: 'object', properties: { children: { type: 'array', items: ref('Tree') } } },
      Map: { type: 'object', additionalProperties: ref('Map') },
      Ping: { anyOf: [{ type: 'string' }, { type: 'array', items: ref('Pong') }] },
      Pong: { allOf: [ref('Ping')] },
      Holder: { type: 'object', required: ['json'], properties: { json: ref('Json'), ping: ref('Ping') } },
    },
  },
};
// As a served document arrives: JSON (openapi-typescript's SchemaObject type wants a `type` beside anyOf).
const document: OpenAPI3 = JSON.parse(JSON.stringify(sample));

describe('recursive schemas in openapi-typescript', () => {
  const dir = mkdtempSync(join(tmpdir(), 'frontstage-recursive-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it('are those that come back to themselves outside an object, also through one another', () => {
    expect(circularSchemas(document)).toEqual(['Json', 'Ping', 'Pong']);
  });

  it('are any in its plain output, which does not compile', async () => {
    const file = write(
      'plain.d.ts',
      astToString(await openapiTS(structuredClone(document), { silent: true })),
    );
    const types = readGeneratedTypes(file);
    const circular = types.errors.map(
      (e) => /'(\w+)' is referenced directly or indirectly in its own/.exec(e)?.[1],
    );
    expect(circular).toEqual(['Json', 'Ping', 'Pong']);
    expect(unknownsInSchemas(types)).toContain('Holder.json: any');
  });

  it('are typed in full once printed as type aliases', async () => {
    const aliases = await recursiveAliases(document);
    const ast = await openapiTS(structuredClone(document), { silent: true, ...aliases.options });
    const file = write('aliased.d.ts', astToString([...aliases.declarations, ...ast]));
    const types = readGeneratedTypes(file);
    expect(types.errors).toEqual([]);
    expect(unknownsInSchemas(types)).toEqual([]);
  });
});
