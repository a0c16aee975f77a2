import { z } from 'zod';
import { JsonValue } from '../schema/primitives.js';

// Facts intake does not ask for because the estate and the ticket history already say them.

/** Why `previousComplaints` counts a ticket: the same customer, unit, area, or phone and room text. */
export const ComplaintMatch = z
  .enum(['customer', 'unit', 'area', 'phone_room'])
  .meta({ id: 'ComplaintMatch' });
export type ComplaintMatch = z.infer<typeof ComplaintMatch>;

/**
 * A fact derived at intake, with where it came from. `given` is what the request said itself
 * (null when it said nothing); `value` is what the rules read.
 */
export const DerivedFact = z
  .discriminatedUnion('name', [
    z.object({
      name: z.literal('previousComplaints'),
      value: z.number().int().nonnegative(),
      given: z.number().nullable(),
      /** The count the history gives: the complaint tickets matched within the window. */
      derived: z.number().int().nonnegative(),
      windowDays: z.number().int().positive(),
      ticketIds: z.array(z.string()),
      matchedBy: z.array(ComplaintMatch),
    }),
    z.object({
      name: z.literal('inHome'),
      value: z.boolean(),
      given: z.boolean().nullable(),
      derived: z.boolean(),
      /** The unit's or area's code that decided it. */
      from: z.object({ kind: z.enum(['unit', 'area']), code: z.string() }),
    }),
    z.object({
      name: z.literal('location'),
      value: z.string(),
      given: z.string().nullable(),
      derived: z.string(),
      from: z.object({ kind: z.enum(['unit', 'area']), code: z.string() }),
    }),
  ])
  .meta({ id: 'DerivedFact' });
export type DerivedFact = z.infer<typeof DerivedFact>;

/** `POST /api/tickets/derived-facts`: the facts intake would derive for a request, and the facts the rules would read. */
export const DerivedFacts = z
  .object({
    derived: z.array(DerivedFact),
    facts: z.record(z.string(), JsonValue),
  })
  .meta({ id: 'DerivedFacts' });
export type DerivedFacts = z.infer<typeof DerivedFacts>;
