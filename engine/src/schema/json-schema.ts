import { z } from 'zod';
import { Blueprint } from './blueprint.js';
import { Ruleset } from './ruleset.js';

/**
 * JSON Schema (draft 2020-12) of a blueprint, generated from the zod schema so that outside
 * tools validate against the same single source of truth.
 * @example const schema = blueprintJsonSchema(); // { $schema: 'https://json-schema.org/draft/2020-12/schema', ... }
 */
export function blueprintJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Blueprint, { target: 'draft-2020-12', reused: 'ref' }) as Record<string, unknown>;
}

/** JSON Schema of the classification ruleset. */
export function rulesetJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Ruleset, { target: 'draft-2020-12', reused: 'ref' }) as Record<string, unknown>;
}
