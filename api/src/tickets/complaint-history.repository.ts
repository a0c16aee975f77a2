import { Injectable } from '@nestjs/common';
import type { ComplaintRecord } from '@frontstage/engine';
import { DataSource } from 'typeorm';
import { runSql } from '../database/sql.js';

interface ComplaintRaw {
  id: string;
  created_at: string;
  customer_id: string | null;
  unit_id: string | null;
  area_id: string | null;
  location_code: string | null;
  snapshot: string | object;
}

/** What ties an earlier complaint to the new request: its customer, unit or area, or its room's unit code. */
export interface ComplaintTies {
  customerId: string | null;
  unitId: string | null;
  areaId: string | null;
  /** The unit code the request's room text reads as (`3-2-1101`), for the phone and room fallback. */
  roomCode: string | null;
}

/** The complaint tickets a new request's "recent complaints" may count: queries only. */
@Injectable()
export class ComplaintHistoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The tickets of `siteId` on `blueprintKey` created in [from, to] that may count for a request
   * with these ties: the same customer, unit or area, the same unit code, or no estate link at all
   * (their typed phone and room are all there is). Only these snapshots are read; the engine
   * decides which count.
   */
  async complaints(
    siteId: string,
    blueprintKey: string,
    from: string,
    to: string,
    ties: ComplaintTies,
  ): Promise<ComplaintRecord[]> {
    const near = [
      't.customer_id = $5',
      't.unit_id = $6',
      't.area_id = $7',
      '(t.unit_id IS NOT NULL AND t.location_code = $8)',
      '(t.unit_id IS NULL AND t.area_id IS NULL AND t.customer_id IS NULL)',
    ].join(' OR ');
    const rows = await runSql<ComplaintRaw>(
      this.dataSource,
      `SELECT t.id, t.created_at, t.customer_id, t.unit_id, t.area_id, t.location_code, t.snapshot FROM tickets t
       WHERE t.site_id = $1 AND t.blueprint_key = $2 AND t.created_at >= $3 AND t.created_at <= $4 AND (${near})`,
      [siteId, blueprintKey, from, to, ties.customerId, ties.unitId, ties.areaId, ties.roomCode],
    );
    return rows.map(recordOf);
  }
}

function recordOf(r: ComplaintRaw): ComplaintRecord {
  const snapshot = (typeof r.snapshot === 'string' ? JSON.parse(r.snapshot) : r.snapshot) as {
    context?: { facts?: Record<string, unknown> };
  };
  const facts = snapshot.context?.facts ?? {};
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    id: r.id,
    createdAt: r.created_at,
    customerId: r.customer_id,
    unitId: r.unit_id,
    areaId: r.area_id,
    phone: text(facts.phone),
    // A picked unit's code stands for the room when intake typed none.
    room: text(facts.unit) ?? (r.unit_id !== null ? r.location_code : null),
  };
}
