import { z } from 'zod';
import { FactName, Scalar } from './primitives.js';

/**
 * Operators a condition may use: json-rules-engine's defaults plus `textContainsAny`,
 * which matches keywords inside free text (Chinese has no word boundaries to split on).
 */
export const OPERATORS = [
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
  'textContainsAny',
] as const;
export const Operator = z.enum(OPERATORS);
export type Operator = z.infer<typeof Operator>;

/**
 * One comparison of a fact with a value.
 * @example { fact: 'peopleTrapped', operator: 'equal', value: true }
 */
export const FactCondition = z
  .strictObject({
    fact: FactName,
    operator: Operator,
    value: z.union([Scalar, z.array(Scalar)]),
  })
  // json-rules-engine refuses `in`/`notIn` against a non-list; accepted, it would never hold, and so
  // fire under `not` or beside a true leaf under `any`.
  .superRefine((c, ctx) => {
    if ((c.operator === 'in' || c.operator === 'notIn') && !Array.isArray(c.value))
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `"${c.operator}" compares with a list of values, e.g. ["lobby", "lift"]`,
        params: { zh: `“${c.operator === 'in' ? '属于' : '不属于'}”要与一组值比较，例如 ["lobby", "lift"]` },
      });
  })
  .meta({ id: 'FactCondition' });
export type FactCondition = z.infer<typeof FactCondition>;

export type AllCondition = { all: Condition[] };
export type AnyCondition = { any: Condition[] };
export type NotCondition = { not: Condition };
/** A condition tree in json-rules-engine's own JSON form. */
export type Condition = FactCondition | AllCondition | AnyCondition | NotCondition;
/** json-rules-engine requires a boolean group at the top of a rule. */
export type TopLevelCondition = AllCondition | AnyCondition | NotCondition;

export const AllCondition: z.ZodType<AllCondition> = z
  .lazy(() => z.strictObject({ all: z.array(Condition).min(1) }))
  .meta({ id: 'AllCondition' });
export const AnyCondition: z.ZodType<AnyCondition> = z
  .lazy(() => z.strictObject({ any: z.array(Condition).min(1) }))
  .meta({ id: 'AnyCondition' });
export const NotCondition: z.ZodType<NotCondition> = z
  .lazy(() => z.strictObject({ not: Condition }))
  .meta({ id: 'NotCondition' });
export const Condition: z.ZodType<Condition> = z
  .lazy(() => z.union([FactCondition, AllCondition, AnyCondition, NotCondition]))
  .meta({ id: 'Condition' });
export const TopLevelCondition: z.ZodType<TopLevelCondition> = z.union([
  AllCondition,
  AnyCondition,
  NotCondition,
]);
