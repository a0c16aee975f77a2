import { checkRequiredData } from './required-data.js';
import type { Field, Prefill } from './schema/blueprint.js';
import type { JsonValue } from './schema/primitives.js';

/**
 * What a ticket already knows when a form is shown: the facts intake recorded, the data earlier
 * steps collected, who reported it, where, and when. A field's `prefill` names one of these, so
 * nobody types again what the caller already said (phone, room, description…).
 */
export interface PrefillContext {
  facts: Readonly<Record<string, JsonValue>>;
  data: Readonly<Record<string, JsonValue>>;
  customer?: { name?: string | null; phone?: string | null } | null;
  /** The unit or common area the ticket is about, as its code (3-1-1201, lobby). */
  place?: string | null;
  /** The unit's code when the ticket is about a unit (not a common area). */
  unit?: string | null;
  /** When the request was received (an ISO instant). */
  reportedAt?: string | null;
}

/** The kind of value each fixed source gives, for checking a blueprint's fields against it. */
export const PREFILL_SOURCE_TYPES: Record<string, readonly Field['type'][]> = {
  'customer.name': ['string', 'text'],
  'customer.phone': ['phone', 'string'],
  place: ['string', 'text'],
  unit: ['string', 'text'],
  reportedAt: ['date'],
};

function read(source: Prefill, ctx: PrefillContext): JsonValue | undefined {
  const dot = source.indexOf('.');
  const scope = dot < 0 ? source : source.slice(0, dot);
  const name = source.slice(dot + 1);
  switch (scope) {
    case 'fact':
      return Object.hasOwn(ctx.facts, name) ? ctx.facts[name] : undefined;
    case 'data':
      return Object.hasOwn(ctx.data, name) ? ctx.data[name] : undefined;
    case 'customer':
      return (name === 'name' ? ctx.customer?.name : ctx.customer?.phone) ?? undefined;
    case 'place':
      return ctx.place ?? undefined;
    case 'unit':
      return ctx.unit ?? undefined;
    case 'reportedAt':
      return ctx.reportedAt ?? undefined;
    default:
      return undefined;
  }
}

/**
 * The first value of a field from what the ticket knows, or undefined when its source is empty or
 * holds a value the field would refuse (a fact of another type, a choice not offered): a prefill
 * never puts a wrong value in front of the user.
 * @example prefillValue({ name: 'phone', type: 'phone', prefill: 'customer.phone', label }, { facts: {}, data: {}, customer: { phone: '13800000000' } }) // '13800000000'
 */
export function prefillValue(field: Field, ctx: PrefillContext): JsonValue | undefined {
  if (!field.prefill) return undefined;
  const value = read(field.prefill, ctx);
  if (value === undefined || value === null || value === '') return undefined;
  const issues = checkRequiredData([field], { [field.name]: value });
  return issues.length === 0 ? value : undefined;
}

/** The prefilled values of a form, by field name; fields with nothing to offer are left out. */
export function prefilled(fields: readonly Field[], ctx: PrefillContext): Record<string, JsonValue> {
  const values: Record<string, JsonValue> = {};
  for (const field of fields) {
    const value = prefillValue(field, ctx);
    if (value !== undefined) values[field.name] = value;
  }
  return values;
}
