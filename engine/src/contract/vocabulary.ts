import { z } from 'zod';
import { Text } from '../schema/primitives.js';

const Words = z.record(z.string(), Text);

/**
 * The words for the codes the content uses (`GET /api/vocabulary`), gathered from the published
 * blueprints and ruleset: what every screen shows instead of FIXED, waterFlowing or fire_stairs.
 */
export const Vocabulary = z
  .strictObject({
    /** Blueprint names by key. */
    blueprints: Words,
    /** Step labels by blueprint key, then step id (step ids repeat across blueprints). */
    steps: z.record(z.string(), Words),
    /** Event labels by event name, the engine's own events included. */
    events: Words,
    /** Job roles, the customer and the system included. */
    roles: Words,
    teams: Words,
    /** Facts of the ruleset and data fields of the blueprints, by name. */
    names: Words,
    /** The labels of enumerated values, by fact or field name, then value. */
    values: z.record(z.string(), Words),
    /** Rule names by rule id. */
    rules: Words,
  })
  .meta({ id: 'Vocabulary' });
export type Vocabulary = z.infer<typeof Vocabulary>;
