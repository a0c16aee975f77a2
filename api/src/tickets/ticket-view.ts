import type { AllowedEvent, Ticket } from '@frontstage/engine';
import type { TicketRow } from '../database/entities.js';
import { NO_BREACH } from './queue-order.js';
import type { TicketChange } from '../stream/stream-bus.js';

/** Whether a breach timer of the ticket is past due at `now` (before the scheduler has fired it). */
export function isOverdue(row: TicketRow, now: string): boolean {
  const snapshot = row.snapshot as Ticket;
  return row.overdue || snapshot.timers.some((t) => t.kind === 'breach' && t.due < now);
}

/** The API's shape of a ticket; `allowedEvents` only in the detail view. */
export function ticketView(row: TicketRow, now: string, allowedEvents?: AllowedEvent[]) {
  const snapshot = row.snapshot as Ticket;
  return {
    id: row.id,
    version: row.version,
    blueprint: { key: row.blueprintKey, version: row.blueprintVersion, hash: row.blueprintHash },
    class: row.class,
    priority: row.priority,
    team: row.team,
    state: row.state,
    status: row.status,
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
    ...(allowedEvents ? { allowedEvents, classification: row.classification } : {}),
  };
}

export function changeOf(row: TicketRow, kind: TicketChange['kind'], event?: string): TicketChange {
  return {
    kind,
    ticketId: row.id,
    version: row.version,
    state: row.state,
    status: row.status,
    team: row.team,
    assignedRoles: row.assignedRoles,
    ...(event ? { event } : {}),
    at: row.updatedAt,
  };
}
