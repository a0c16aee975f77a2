import type { Operator } from './schema/condition.js';

/** An operator compares a fact's value with a condition's value; validators guard the fact's type. */
export interface OperatorDefinition {
  name: Operator;
  evaluate: (factValue: unknown, value: unknown) => boolean;
  factValueValidator?: (factValue: unknown) => boolean;
}

// These mirror json-rules-engine's default operators expression for expression, so that the
// compiled closures and the reference engine agree on every input (a differential test holds them to it).
const isNumberLike = (v: unknown) => Number.parseFloat(v as string).toString() !== 'NaN';
const indexOf = (haystack: unknown, needle: unknown) =>
  (haystack as { indexOf(x: unknown): number }).indexOf(needle);

/** Frontstage's own operator: does the text contain any of the keywords (case-insensitive)? */
function textContainsAny(factValue: unknown, value: unknown): boolean {
  if (typeof factValue !== 'string') return false;
  const text = factValue.toLowerCase();
  const keywords = Array.isArray(value) ? value : [value];
  return keywords.some((k) => typeof k === 'string' && k.length > 0 && text.includes(k.toLowerCase()));
}

const patterns = new Map<string, RegExp | null>();
/** A keyword pattern compiled once, case-insensitive; null when it is not a regular expression. */
export function keywordPattern(source: string): RegExp | null {
  let re = patterns.get(source);
  if (re === undefined) {
    try {
      re = new RegExp(source, 'iu');
    } catch {
      re = null;
    }
    patterns.set(source, re);
  }
  return re;
}

/**
 * Frontstage's own operator: does the text match any of the patterns (regular expressions,
 * case-insensitive)? For what keywords cannot say, such as a room number (`3栋1202`).
 */
function textMatchesAny(factValue: unknown, value: unknown): boolean {
  if (typeof factValue !== 'string') return false;
  const sources = Array.isArray(value) ? value : [value];
  return sources.some((s) => typeof s === 'string' && s.length > 0 && !!keywordPattern(s)?.test(factValue));
}

/** The operator registry: data, not a switch. */
export const OPERATOR_DEFINITIONS: readonly OperatorDefinition[] = [
  { name: 'equal', evaluate: (a, b) => a === b },
  { name: 'notEqual', evaluate: (a, b) => a !== b },
  { name: 'in', evaluate: (a, b) => indexOf(b, a) > -1 },
  { name: 'notIn', evaluate: (a, b) => indexOf(b, a) === -1 },
  { name: 'contains', evaluate: (a, b) => indexOf(a, b) > -1, factValueValidator: Array.isArray },
  { name: 'doesNotContain', evaluate: (a, b) => indexOf(a, b) === -1, factValueValidator: Array.isArray },
  { name: 'lessThan', evaluate: (a, b) => (a as number) < (b as number), factValueValidator: isNumberLike },
  {
    name: 'lessThanInclusive',
    evaluate: (a, b) => (a as number) <= (b as number),
    factValueValidator: isNumberLike,
  },
  {
    name: 'greaterThan',
    evaluate: (a, b) => (a as number) > (b as number),
    factValueValidator: isNumberLike,
  },
  {
    name: 'greaterThanInclusive',
    evaluate: (a, b) => (a as number) >= (b as number),
    factValueValidator: isNumberLike,
  },
  { name: 'textContainsAny', evaluate: textContainsAny },
  { name: 'textMatchesAny', evaluate: textMatchesAny },
];

/** Operators json-rules-engine does not have built in and that must be added to a reference engine. */
export const CUSTOM_OPERATORS = OPERATOR_DEFINITIONS.filter(
  (o) => o.name === 'textContainsAny' || o.name === 'textMatchesAny',
);

const BY_NAME = new Map(OPERATOR_DEFINITIONS.map((o) => [o.name, o]));

/** Applies an operator as json-rules-engine would: the validator first, then the comparison. */
export function applyOperator(name: Operator, factValue: unknown, value: unknown): boolean {
  const op = BY_NAME.get(name)!;
  try {
    if (op.factValueValidator && !op.factValueValidator(factValue)) return false;
    return op.evaluate(factValue, value);
  } catch {
    // A value of the wrong shape (e.g. `in` against a number, or a fact like { "toString": false }
    // that JavaScript cannot turn into a primitive) does not hold rather than crash.
    return false;
  }
}
