import { z } from 'zod';
import { applyOperator } from './operators.js';
import { JsonValue, Text } from './schema/primitives.js';
import type { Condition, FactCondition } from './schema/condition.js';

/** Facts as conditions read them: a flat record of named values. */
export type Facts = Readonly<Record<string, unknown>>;

/** A condition compiled once into a closure over its own data (never eval: rules are user input). */
export type CompiledCondition = (facts: Facts) => boolean;

/** A ruleset's shared conditions, compiled, by name: what `{ condition: name }` refers to. */
export type SharedConditionMap = ReadonlyMap<string, { label: Text; holds: CompiledCondition }>;

const NONE: SharedConditionMap = new Map();

/**
 * Compiles a json-rules-engine condition tree into a closure with the same meaning. A reference to a
 * shared condition is looked up in `shared` when evaluated (so the map may be filled after), and
 * does not hold when there is none, as json-rules-engine's `allowUndefinedConditions` has it.
 * @example compileCondition({ all: [{ fact: 'floor', operator: 'greaterThan', value: 3 }] })({ floor: 5 }) === true
 */
export function compileCondition(condition: Condition, shared: SharedConditionMap = NONE): CompiledCondition {
  const compile = (c: Condition) => compileCondition(c, shared);
  if ('all' in condition) {
    const parts = condition.all.map(compile);
    return (facts) => parts.every((p) => p(facts));
  }
  if ('any' in condition) {
    const parts = condition.any.map(compile);
    // json-rules-engine treats an empty group as true, whatever its operator.
    if (parts.length === 0) return () => true;
    return (facts) => parts.some((p) => p(facts));
  }
  if ('not' in condition) {
    const inner = compile(condition.not);
    return (facts) => !inner(facts);
  }
  if ('condition' in condition) {
    const name = condition.condition;
    return (facts) => shared.get(name)?.holds(facts) ?? false;
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

/** A shared condition as a rule's explanation names it: once, by its label, with its result. */
export const ReferenceTrace = z
  .object({ condition: z.string(), label: Text, result: z.boolean() })
  .meta({ id: 'ReferenceTrace' });
export type ReferenceTrace = z.infer<typeof ReferenceTrace>;

/** One line of an explanation: a comparison, or a shared condition explained on its own. */
export const TraceItem = z.union([ConditionTrace, ReferenceTrace]).meta({ id: 'TraceItem' });
export type TraceItem = z.infer<typeof TraceItem>;

/** Whether a line of an explanation is a comparison of a fact (not a shared condition). */
export const isFactTrace = (t: TraceItem): t is ConditionTrace => 'fact' in t;

/**
 * Explains a condition tree against facts: the result and every comparison it evaluated. A shared
 * condition is one line (its name, label and result), not its comparisons: those are explained once
 * for the whole classification.
 */
export function explainCondition(
  condition: Condition,
  facts: Facts,
  shared: SharedConditionMap = NONE,
): { result: boolean; trace: TraceItem[] } {
  const trace: TraceItem[] = [];
  const walk = (c: Condition): boolean => {
    if ('all' in c) return c.all.map(walk).every(Boolean);
    if ('any' in c) return c.any.length === 0 || c.any.map(walk).some(Boolean);
    if ('not' in c) return !walk(c.not);
    if ('condition' in c) {
      const named = shared.get(c.condition);
      const result = named?.holds(facts) ?? false;
      trace.push({
        condition: c.condition,
        label: named?.label ?? { 'zh-CN': c.condition, en: c.condition },
        result,
      });
      return result;
    }
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
