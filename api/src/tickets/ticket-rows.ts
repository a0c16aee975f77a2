import type { Ticket } from '@frontstage/engine';
import type { TicketRow } from '../database/entities.js';
import { bool } from '../database/sql.js';
import { NO_BREACH } from './queue-order.js';

// How a ticket row is read back from hand-written SQL: its columns, and its snapshot parsed once.

/** Snapshots remembered; a full cache is emptied (cheaper than keeping LRU order). */
const SNAPSHOTS_KEPT = 5_000;

/**
 * The engine's tickets by the exact JSON written for them. A row read back with the same bytes
 * yields the very object the engine returned, which the engine trusts without re-validating it:
 * parsing and checking a ticket cost more than the rest of reading it. Keyed by content, so a row
 * changed by anything else (or a write rolled back) simply misses and is parsed.
 */
export class SnapshotCache {
  private readonly byId = new Map<string, { json: string; snapshot: Ticket }>();

  /** The JSON to store for `snapshot`, remembered. */
  remember(id: string, snapshot: Ticket): string {
    const json = JSON.stringify(snapshot);
    if (this.byId.size >= SNAPSHOTS_KEPT) this.byId.clear();
    this.byId.set(id, { json, snapshot });
    return json;
  }

  read(id: string, json: string): Ticket {
    const known = this.byId.get(id);
    // The row was written from an engine ticket: the one place its JSON becomes a Ticket again.
    return known && known.json === json ? known.snapshot : (JSON.parse(json) as Ticket);
  }
}

/** A ticket row from the raw columns of `SELECT * FROM tickets`. */
export function ticketFromRaw(r: Record<string, unknown>, snapshots: SnapshotCache): TicketRow {
  return {
    id: r.id as string,
    blueprintKey: r.blueprint_key as string,
    blueprintVersion: Number(r.blueprint_version),
    blueprintHash: r.blueprint_hash as string,
    class: r.class as TicketRow['class'],
    priority: r.priority as string,
    team: (r.team as string | null) ?? null,
    state: r.state as string,
    status: r.status as string,
    assignedRoles: r.assigned_roles as string,
    escalatedTo: (r.escalated_to as string | null) ?? ',',
    urgencyRank: Number(r.urgency_rank ?? 2),
    nextBreach: (r.next_breach as string | null) ?? NO_BREACH,
    overdue: bool(r.overdue),
    atRisk: bool(r.at_risk),
    snapshot: snapshots.read(r.id as string, r.snapshot as string),
    classification: JSON.parse(r.classification as string) as TicketRow['classification'],
    version: Number(r.version),
    createdAt: r.created_at as string,
    updatedAt: r.updated_at as string,
    createdBy: r.created_by as string,
    siteId: r.site_id as string,
    unitId: (r.unit_id as string | null) ?? null,
    areaId: (r.area_id as string | null) ?? null,
    locationCode: (r.location_code as string | null) ?? null,
    customerId: (r.customer_id as string | null) ?? null,
  };
}
