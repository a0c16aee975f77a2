import type { CallerEvent, TicketDetail, TicketView } from '@frontstage/engine';
import type { TicketRow } from '../database/entities.js';
import { NO_BREACH } from './queue-order.js';
import type { TicketContext } from './ticket-context.js';

/** Whether a breach timer of the ticket is past due at `now` (before the scheduler has fired it). */
export function isOverdue(row: TicketRow, now: string): boolean {
  return row.overdue || row.snapshot.timers.some((t) => t.kind === 'breach' && t.due < now);
}

/** The API's shape of a ticket in a list. */
export function ticketView(row: TicketRow, now: string): TicketView {
  const snapshot = row.snapshot;
  return {
    id: row.id,
    version: row.version,
    blueprint: { key: row.blueprintKey, version: row.blueprintVersion, hash: row.blueprintHash },
    class: row.class,
    priority: row.priority,
    team: row.team,
    state: row.state,
    status: snapshot.status,
    assignment: snapshot.assignment,
    facts: snapshot.context.facts,
    data: snapshot.context.data,
    path: snapshot.path,
    timers: snapshot.timers,
    escalations: snapshot.escalations,
    atRisk: row.atRisk,
    nextBreach: row.nextBreach === NO_BREACH ? null : row.nextBreach,
    escalatedTo: row.escalatedTo.split(',').filter(Boolean),
    overdue: isOverdue(row, now),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    createdBy: row.createdBy,
    site: row.siteId,
    location:
      row.locationCode !== null ? { unitId: row.unitId, areaId: row.areaId, code: row.locationCode } : null,
    customerId: row.customerId,
  };
}

/** A ticket with the events the caller may send now, its classification and its context. */
export function ticketDetail(
  row: TicketRow,
  now: string,
  allowedEvents: CallerEvent[],
  context: TicketContext,
): TicketDetail {
  return { ...ticketView(row, now), allowedEvents, classification: row.classification, ...context };
}
