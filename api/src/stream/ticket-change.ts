import type { TicketChange } from '@frontstage/engine';
import type { TicketRow } from '../database/entities.js';

/** What consoles hear of a ticket row that a command wrote (or, for a comment, touched at `updatedAt`). */
export function changeOf(row: TicketRow, kind: TicketChange['kind'], event?: string): TicketChange {
  return {
    kind,
    ticketId: row.id,
    version: row.version,
    state: row.state,
    status: row.status,
    team: row.team,
    assignedRoles: row.assignedRoles,
    site: row.siteId,
    ...(event ? { event } : {}),
    at: row.updatedAt,
  };
}
