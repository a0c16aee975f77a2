import { z } from 'zod';

/**
 * Bilingual text: every label a user reads exists in zh-CN and en.
 * @example const label: Text = { 'zh-CN': '派工', en: 'Dispatch' };
 */
export const Text = z
  .strictObject({
    'zh-CN': z.string().min(1),
    en: z.string().min(1),
  })
  .meta({ id: 'Text' });
export type Text = z.infer<typeof Text>;

/** Locales the product speaks. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Step, flow, field and rule identifiers: short, stable, readable in URLs and logs. */
export const Identifier = z.string().regex(/^[a-z][a-z0-9_-]{0,63}$/, 'lower-case letters, digits, - and _');
export type Identifier = z.infer<typeof Identifier>;

/** Blueprint and ruleset keys: lower-case words joined by `-`, as in `shared-repair`. */
export const BlueprintKey = z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, 'lower-case letters, digits and -');
export type BlueprintKey = z.infer<typeof BlueprintKey>;

/** A role names who may act: `frontdesk`, `engineer`, `customer`, `system`… */
export const Role = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'lower-case letters, digits and _');
export type Role = z.infer<typeof Role>;

/** Events move tickets and are written in upper case: `DISPATCHED`, `CALLBACK_DONE`. */
export const EventName = z.string().regex(/^[A-Z][A-Z0-9_]{0,63}$/, 'upper-case letters, digits and _');
export type EventName = z.infer<typeof EventName>;

/** Fact and data-field names as they appear in conditions and forms. */
export const FactName = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,63}$/, 'letters, digits and _');
export type FactName = z.infer<typeof FactName>;

/**
 * ISO-8601 duration with fixed-length units only (weeks, days, hours, minutes, seconds):
 * months and years have no fixed length, so a time standard never uses them.
 * @example 'PT15M', 'P3D', 'P1DT12H'
 */
export const Duration = z
  .string()
  .regex(
    /^P(?!$)(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/,
    'an ISO-8601 duration such as PT15M or P3D',
  );
export type Duration = z.infer<typeof Duration>;

/** A JSON scalar, the values facts and form fields hold. */
export const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type Scalar = z.infer<typeof Scalar>;

/** Any JSON value (facts may be nested). */
export type JsonValue = Scalar | JsonValue[] | { [key: string]: JsonValue };
export const JsonValue: z.ZodType<JsonValue> = z
  .lazy(() => z.union([Scalar, z.array(JsonValue), z.record(z.string(), JsonValue)]))
  .meta({ id: 'JsonValue' });
