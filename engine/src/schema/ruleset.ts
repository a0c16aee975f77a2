import { z } from 'zod';
import { RequestClass } from './blueprint.js';
import { ConditionName, TopLevelCondition } from './condition.js';
import { LOCATION_VALUES } from '../estate/locations.js';
import { BlueprintKey, Duration, FactName, Identifier, Role, Scalar, Text } from './primitives.js';

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

/**
 * A condition written once and named, that rules (and other shared conditions) refer to with
 * `{ condition: name }`: "is a cleaning request", "is inside a home". The rules editor shows it
 * once, and an explanation explains it once, by its label.
 * @example { label: { 'zh-CN': '清洁类请求', en: 'A cleaning request' }, condition: { any: [{ fact: 'type', operator: 'equal', value: 'cleaning' }] } }
 */
export const SharedCondition = z
  .strictObject({
    label: Text,
    description: Text.optional(),
    condition: TopLevelCondition,
    /**
     * What it says about a fact when it holds (it reads the description): intake offers the fact
     * with this value, for the front desk to confirm. Keywords stay written once, here.
     */
    suggests: z.strictObject({ fact: FactName, value: Scalar }).optional(),
    /** Facts worth asking about when it holds, if their answer would change the decision. */
    asks: z.array(FactName).min(1).optional(),
  })
  .meta({ id: 'SharedCondition' });
export type SharedCondition = z.infer<typeof SharedCondition>;

/** The fact that says where a request is; its options are the estate's locations (LOCATIONS). */
export const LOCATION_FACT = 'location';

/** The classification ruleset: from the facts of a request to its class, priority, blueprint and team. */
export const Ruleset = z
  .strictObject({
    $schema: z.string().optional(),
    key: BlueprintKey,
    name: Text,
    facts: z.array(FactDeclaration).optional(),
    /** Display names of the teams its decisions route to ('工程部', not engineering). */
    teams: z.record(Identifier, Text).optional(),
    /** Shared conditions by name; json-rules-engine's `engine.setCondition(name, condition)`. */
    conditions: z.record(ConditionName, SharedCondition).optional(),
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
