import { beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_DTS } from '../support/openapi-paths.js';
import {
  readGeneratedTypes,
  unknownsInOperations,
  unknownsInSchemas,
  type GeneratedTypes,
} from '../support/unknown-paths.js';

/** What an integrator reads and writes: each must be a named component schema of the document. */
const DOMAIN_OBJECTS = [
  'TicketView',
  'TicketDetail',
  'TicketPage',
  'TicketChange',
  'AuditEntry',
  'AuditPage',
  'Classification',
  'BlueprintSummary',
  'DraftResponse',
  'VersionResponse',
  'Heatmap',
  'WorkloadRow',
  'CallbackReport',
  'ErrorBody',
];

// The committed api/openapi/schema.d.ts (openapi-drift.test.ts proves it is what the API generates).
describe('the TypeScript types generated from the OpenAPI document', () => {
  let types: GeneratedTypes;
  beforeAll(() => {
    types = readGeneratedTypes(SCHEMA_DTS);
  });

  it('compile on their own', () => {
    expect(types.errors).toEqual([]);
  });

  it('name every domain object as a component schema', () => {
    expect(DOMAIN_OBJECTS.filter((name) => !types.schemas.has(name))).toEqual([]);
  });

  it('leave nothing unknown inside any component schema', () => {
    expect(unknownsInSchemas(types)).toEqual([]);
  });

  it('describe every body and answer of every operation without unknown', () => {
    expect(unknownsInOperations(types)).toEqual([]);
  });
});
