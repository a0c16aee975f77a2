import { z } from 'zod';
import { applyOperator } from './operators.js';
import { JsonValue, Text } from './schema/primitives.js';
import type { Condition, FactCondition } from './schema/condition.js';

/** Facts as conditions read them: a flat record of named values. */
export type Facts = Readonly<Record<string, unknown>>;

/**
 * A condition compiled once into a closure over its own data (never eval: rules are user input).
 * `memo`, when given, holds the shared conditions already evaluated for these facts, so one that
 * many rules name is evaluated once per classification.
 */
export type CompiledCondition = (facts: Facts, memo?: Map<string, boolean>) => boolean;

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
    return (facts, memo) => parts.every((p) => p(facts, memo));
  }
  if ('any' in condition) {
    const parts = condition.any.map(compile);
    // json-rules-engine treats an empty group as true, whatever its operator.
    if (parts.length === 0) return () => true;
    return (facts, memo) => parts.some((p) => p(facts, memo));
  }
  if ('not' in condition) {
    const inner = compile(condition.not);
    return (facts, memo) => !inner(facts, memo);
  }
  if ('condition' in condition) {
    const name = condition.condition;
    return (facts, memo) => {
      const known = memo?.get(name);
      if (known !== undefined) return known;
      const result = shared.get(name)?.holds(facts, memo) ?? false;
      memo?.set(name, result);
      return result;
    };
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
  memo?: Map<string, boolean>,
): { result: boolean; trace: TraceItem[] } {
  const trace: TraceItem[] = [];
  const walk = (c: Condition): boolean => {
    if ('all' in c) return c.all.map(walk).every(Boolean);
    if ('any' in c) return c.any.length === 0 || c.any.map(walk).some(Boolean);
    if ('not' in c) return !walk(c.not);
    if ('condition' in c) {
      const named = shared.get(c.condition);
      let result = memo?.get(c.condition);
      if (result === undefined) {
        result = named?.holds(facts, memo) ?? false;
        memo?.set(c.condition, result);
      }
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
