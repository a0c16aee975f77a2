import { z } from 'zod';
import { RequestClass } from './blueprint.js';
import { TopLevelCondition } from './condition.js';
import { LOCATION_VALUES } from '../estate/locations.js';
import { BlueprintKey, Duration, FactName, Identifier, Role, Text } from './primitives.js';

export const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export const Priority = z.enum(PRIORITIES);
export type Priority = z.infer<typeof Priority>;

/** What a classification rule decides when its conditions hold. Every part is optional. */
export const Decision = z.strictObject({
  class: RequestClass.optional(),
  priority: Priority.optional(),
  blueprint: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,63}$/)
    .optional(),
  team: Identifier.optional(),
  role: Role.optional(),
  /** Time standards that replace the blueprint's, by step id (e.g. by location). */
  timeStandards: z.record(Identifier, Duration).optional(),
});
export type Decision = z.infer<typeof Decision>;

/**
 * One classification rule: when `conditions` hold, `decide` applies.
 * @example { id: 'lift-trapped', name: {...}, priority: 100, conditions: { all: [{ fact: 'peopleTrapped', operator: 'equal', value: true }] }, decide: { class: 'emergency', blueprint: 'lift-entrapment' } }
 */
export const ClassificationRule = z.strictObject({
  id: Identifier,
  name: Text,
  description: Text.optional(),
  /** Higher runs first and wins ties on any part of the decision (1-1000). */
  priority: z.number().int().min(1).max(1000),
  conditions: TopLevelCondition,
  decide: Decision,
});
export type ClassificationRule = z.infer<typeof ClassificationRule>;

/** A fact the rules read, declared so that forms and the test panel can offer it. */
export const FactDeclaration = z.strictObject({
  name: FactName,
  label: Text,
  type: z.enum(['string', 'text', 'number', 'boolean', 'choice']),
  options: z.array(z.strictObject({ value: z.string().min(1), label: Text })).optional(),
});
export type FactDeclaration = z.infer<typeof FactDeclaration>;

/** The fact that says where a request is; its options are the estate's locations (LOCATIONS). */
export const LOCATION_FACT = 'location';

/** The classification ruleset: from the facts of a request to its class, priority, blueprint and team. */
export const Ruleset = z
  .strictObject({
    $schema: z.string().optional(),
    key: BlueprintKey,
    name: Text,
    facts: z.array(FactDeclaration).optional(),
    defaults: z.strictObject({
      class: RequestClass,
      priority: Priority,
      blueprint: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/),
      team: Identifier,
      role: Role.optional(),
    }),
    rules: z.array(ClassificationRule),
  })
  .superRefine((ruleset, ctx) => {
    // The places the estate knows are the one list of locations: a rule cannot wait for a kind no area has.
    const i = ruleset.facts?.findIndex((f) => f.name === LOCATION_FACT) ?? -1;
    ruleset.facts?.[i]?.options?.forEach((option, j) => {
      if (!LOCATION_VALUES.includes(option.value))
        ctx.addIssue({
          code: 'custom',
          path: ['facts', i, 'options', j, 'value'],
          message: `"${option.value}" is not a location of the estate (${LOCATION_VALUES.join(', ')})`,
        });
    });
  })
  .meta({ id: 'Ruleset' });
export type Ruleset = z.infer<typeof Ruleset>;
