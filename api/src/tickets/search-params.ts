import { z } from 'zod';

// The search parameters the console queue and the audit search share, validated for shape here
// (what a caller may search a phone by depends on who asks: searchConditions checks that).

const instant = (what: string) =>
  z.iso
    .datetime({ offset: true, message: `an ISO-8601 date and time, e.g. 2026-03-02T00:00:00+08:00` })
    .meta({ description: what });

/** The ticket search fields, to spread into a query schema. */
export const TicketSearchParams = {
  q: z.string().trim().min(1).max(100).optional().meta({
    description:
      'Words of the description, the caller’s name or the place, separated by spaces; all must match. Chinese is matched as typed (漏水, 电梯困人), no word segmentation.',
  }),
  room: z.string().trim().min(1).max(50).optional().meta({
    description:
      'A unit as typed (3栋2单元1101, 3-2-1101, A座1203, or its start 3-2-), a room number (1101, in every building) or a common area by name or code (电梯, GATE)',
  }),
  phone: z.string().trim().min(1).max(20).optional().meta({
    description:
      'The caller’s phone: at least four digits of it for who calls customers (supervisors, the customer-service desk); the last four digits or the whole number for everyone else, who read phones masked',
  }),
};

/** The report-time range of the console queue (the audit search has its own from/to, of entries). */
export const ReportedRange = {
  from: instant('Reported at or after this instant').optional(),
  to: instant('Reported before this instant').optional(),
};
