import { z } from 'zod';
import { KeyText } from '../common/cursor.js';
import type { TicketRow } from '../database/entities.js';

/**
 * Where a page of the queue ended, in the total order of its sort (the id breaks every tie):
 * `newest` is created_at DESC, id; `urgency` is urgency_rank, next_breach, created_at, id.
 */
export const TicketSortKey = z.union([
  z.tuple([z.literal('newest'), KeyText, KeyText]),
  z.tuple([z.literal('urgency'), z.number().int().min(0).max(9), KeyText, KeyText, KeyText]),
]);
export type TicketSortKey = z.infer<typeof TicketSortKey>;

/** The sort key of a listed row, for the cursor of the page it ends. */
export function ticketSortKey(row: TicketRow, sort: 'newest' | 'urgency'): TicketSortKey {
  return sort === 'newest'
    ? ['newest', row.createdAt, row.id]
    : ['urgency', row.urgencyRank, row.nextBreach, row.createdAt, row.id];
}
