import type { Field, JsonValue } from '@frontstage/engine';

/** One input's text read as the field's type; an empty input is no value at all. */
export function coerce(field: Field, raw: string): JsonValue | undefined {
  if (raw === '') return undefined;
  if (field.type === 'integer' || field.type === 'number') return Number(raw);
  if (field.type === 'boolean') return raw === 'true';
  return raw;
}

/**
 * The data an event carries, from the inputs' text: each field read as its type, empty ones left out.
 * @example dataOf([{ name: 'satisfaction', type: 'integer', … }], { satisfaction: '5' }) // { satisfaction: 5 }
 */
export function dataOf(
  fields: readonly Field[],
  values: Readonly<Record<string, string>>,
): Record<string, JsonValue> {
  const data: Record<string, JsonValue> = {};
  for (const f of fields) {
    const v = coerce(f, values[f.name] ?? '');
    if (v !== undefined) data[f.name] = v;
  }
  return data;
}

/** A whole-number field with a short range (a 1-5 satisfaction score) is picked from buttons. */
export function isScore(field: Field): boolean {
  return (
    field.type === 'integer' &&
    field.min !== undefined &&
    field.max !== undefined &&
    field.max >= field.min &&
    field.max - field.min <= 10
  );
}
