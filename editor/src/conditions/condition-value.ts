import type { FactCondition, Operator } from '@frontstage/engine';

const LIST_OPERATORS: ReadonlySet<Operator> = new Set(['in', 'notIn', 'textContainsAny']);

type Value = FactCondition['value'];
type Scalar = string | number | boolean | null;

function scalar(raw: string): Scalar {
  const v = raw.trim();
  if (v === 'true') return true;
  if (v === 'false') return false;
  if (v === 'null') return null;
  if (v !== '' && !Number.isNaN(Number(v))) return Number(v);
  return v;
}

/**
 * Reads what a designer typed as a condition value: lists (comma-separated) for in / notIn /
 * textContainsAny, otherwise one number, boolean or text.
 * @example parseValue('in', 'main_gate, lobby') // ['main_gate', 'lobby']
 */
export function parseValue(operator: Operator, raw: string): Value {
  // A pattern is text as typed: it may hold commas (`\d{3,4}`) and digits only.
  if (operator === 'textMatchesAny') return raw.trim();
  if (LIST_OPERATORS.has(operator))
    return raw
      .split(/[,，]/)
      .map((s) => s.trim())
      .filter(Boolean)
      .map(scalar);
  return scalar(raw);
}

/** Shows a condition value as the designer would type it. */
export function formatValue(value: Value): string {
  return Array.isArray(value) ? value.map(String).join(', ') : String(value);
}
