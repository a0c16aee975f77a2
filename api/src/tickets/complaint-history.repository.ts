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
  snapshot: string | object;
}

/** The complaint tickets a new request's "recent complaints" may count: queries only. */
@Injectable()
export class ComplaintHistoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The tickets of `siteId` on one of `blueprintKeys` created in [from, to], with the phone and
   * room intake typed (for reports without estate links); the engine decides which count.
   */
  async complaints(siteId: string, blueprintKeys: readonly string[], from: string, to: string) {
    if (blueprintKeys.length === 0) return [];
    const keys = blueprintKeys.map((_, i) => `$${i + 4}`).join(', ');
    const rows = await runSql<ComplaintRaw>(
      this.dataSource,
      `SELECT id, created_at, customer_id, unit_id, area_id, snapshot FROM tickets
       WHERE site_id = $1 AND created_at >= $2 AND created_at <= $3 AND blueprint_key IN (${keys})`,
      [siteId, from, to, ...blueprintKeys],
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
    room: text(facts.unit),
  };
}
