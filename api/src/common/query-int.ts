import { z } from 'zod';

/**
 * An integer from a query string or a path: digits only. `z.coerce.number()` would take " " or ""
 * for 0 and "1e3" for 1000; a malformed number must be a 400 naming its field, not a guess.
 * @example QueryInt.pipe(z.number().min(1)).parse('12') // 12
 */
export const QueryInt = z
  .string()
  .regex(/^\d{1,15}$/, 'digits only')
  .transform(Number);

/** Integers that travel as text, with their bounds, for the OpenAPI document (see openapi-schema.ts). */
export const textIntegers = z.registry<{ minimum: number; maximum: number }>();

/** A bounded integer parameter. */
export const queryInt = (min: number, max = Number.MAX_SAFE_INTEGER) => {
  const schema = QueryInt.pipe(z.number().int().min(min).max(max));
  textIntegers.add(schema, { minimum: min, maximum: max });
  return schema;
};
