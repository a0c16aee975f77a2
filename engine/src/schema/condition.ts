import { z } from 'zod';
import { FactName, Scalar } from './primitives.js';

/**
 * Operators a condition may use: json-rules-engine's defaults plus `textContainsAny`,
 * which matches keywords inside free text (Chinese has no word boundaries to split on), and
 * `textMatchesAny`, which matches patterns (regular expressions) such as a room number.
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
  'textMatchesAny',
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
    // A pattern that is not a regular expression would silently never match.
    if (c.operator === 'textMatchesAny')
      for (const p of Array.isArray(c.value) ? c.value : [c.value])
        if (typeof p !== 'string' || !isPattern(p))
          ctx.addIssue({
            code: 'custom',
            path: ['value'],
            message: `"${String(p)}" is not a pattern (regular expression), e.g. "\\d+栋\\d{3,4}"`,
            params: { zh: `“${String(p)}”不是有效的匹配模式（正则表达式），例如 "\\d+栋\\d{3,4}"` },
          });
  })
  .meta({ id: 'FactCondition' });
export type FactCondition = z.infer<typeof FactCondition>;

function isPattern(source: string): boolean {
  try {
    new RegExp(source, 'iu');
    return source.length > 0;
  } catch {
    return false;
  }
}

/** The name of a shared condition of a ruleset, as a reference names it: `isCleaningRequest`. */
export const ConditionName = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,63}$/, 'letters, digits and _');
export type ConditionName = z.infer<typeof ConditionName>;

/**
 * A reference to one of the ruleset's shared conditions, as json-rules-engine writes it (its
 * `engine.setCondition(name, …)` then `{ condition: name }`): holds when the named condition holds.
 * @example { condition: 'isCleaningRequest' }
 */
export const ConditionReference = z
  .strictObject({ condition: ConditionName })
  .meta({ id: 'ConditionReference' });
export type ConditionReference = z.infer<typeof ConditionReference>;

export type AllCondition = { all: Condition[] };
export type AnyCondition = { any: Condition[] };
export type NotCondition = { not: Condition };
/** A condition tree in json-rules-engine's own JSON form. */
export type Condition = FactCondition | ConditionReference | AllCondition | AnyCondition | NotCondition;
/** json-rules-engine requires a boolean group (or a reference to a shared condition) at the top of a rule. */
export type TopLevelCondition = AllCondition | AnyCondition | NotCondition | ConditionReference;

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
  .lazy(() => z.union([FactCondition, ConditionReference, AllCondition, AnyCondition, NotCondition]))
  .meta({ id: 'Condition' });
export const TopLevelCondition: z.ZodType<TopLevelCondition> = z.union([
  AllCondition,
  AnyCondition,
  NotCondition,
  ConditionReference,
]);

/**
 * The shared conditions a condition tree names, in order of first mention, each once.
 * @example conditionReferences({ all: [{ condition: 'inHome' }, { not: { condition: 'isComplaint' } }] }) // ['inHome', 'isComplaint']
 */
export function conditionReferences(condition: Condition): string[] {
  const names = new Set<string>();
  const walk = (c: Condition): void => {
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('not' in c) walk(c.not);
    else if ('condition' in c) names.add(c.condition);
  };
  walk(condition);
  return [...names];
}
