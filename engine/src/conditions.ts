import { z } from 'zod';
import { applyOperator } from './operators.js';
import { JsonValue } from './schema/primitives.js';
import type { Condition, FactCondition } from './schema/condition.js';

/** Facts as conditions read them: a flat record of named values. */
export type Facts = Readonly<Record<string, unknown>>;

/** A condition compiled once into a closure over its own data (never eval: rules are user input). */
export type CompiledCondition = (facts: Facts) => boolean;

/**
 * Compiles a json-rules-engine condition tree into a closure with the same meaning.
 * @example compileCondition({ all: [{ fact: 'floor', operator: 'greaterThan', value: 3 }] })({ floor: 5 }) === true
 */
export function compileCondition(condition: Condition): CompiledCondition {
  if ('all' in condition) {
    const parts = condition.all.map(compileCondition);
    return (facts) => parts.every((p) => p(facts));
  }
  if ('any' in condition) {
    const parts = condition.any.map(compileCondition);
    // json-rules-engine treats an empty group as true, whatever its operator.
    if (parts.length === 0) return () => true;
    return (facts) => parts.some((p) => p(facts));
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not);
    return (facts) => !inner(facts);
  }
  const { fact, operator, value } = condition;
  return (facts) => applyOperator(operator, ownFact(facts, fact), value);
}

/** One leaf of an explanation: which fact was read, what it held (null when absent), and whether the comparison held. */
export const ConditionTrace = z
  .object({
    fact: z.string(),
    operator: z.string(),
    value: JsonValue,
    factValue: JsonValue,
    result: z.boolean(),
  })
  .meta({ id: 'ConditionTrace' });
export type ConditionTrace = z.infer<typeof ConditionTrace>;

/** Explains a condition tree against facts: the result and every comparison it evaluated. */
export function explainCondition(
  condition: Condition,
  facts: Facts,
): { result: boolean; trace: ConditionTrace[] } {
  const trace: ConditionTrace[] = [];
  const walk = (c: Condition): boolean => {
    if ('all' in c) return c.all.map(walk).every(Boolean);
    if ('any' in c) return c.any.length === 0 || c.any.map(walk).some(Boolean);
    if ('not' in c) return !walk(c.not);
    return leaf(c);
  };
  const leaf = (c: FactCondition): boolean => {
    const factValue = ownFact(facts, c.fact);
    const result = applyOperator(c.operator, factValue, c.value);
    // Facts are JSON (the API parses them from a request body), so what a fact holds is a JSON value.
    trace.push({
      fact: c.fact,
      operator: c.operator,
      value: c.value,
      factValue: (factValue ?? null) as JsonValue,
      result,
    });
    return result;
  };
  return { result: walk(condition), trace };
}

function ownFact(facts: Facts, name: string): unknown {
  return Object.prototype.hasOwnProperty.call(facts, name) ? facts[name] : undefined;
}
