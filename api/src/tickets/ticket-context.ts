import { Injectable } from '@nestjs/common';
import {
  repeatLinks,
  repeatWindow,
  type Customer,
  type RepeatCandidate,
  type TicketDetail,
  type TicketSummary,
} from '@frontstage/engine';
import { DataSource, type EntityManager } from 'typeorm';
import { AttachmentLinks } from '../attachments/attachment-links.js';
import type { CurrentUserData } from '../common/roles.decorator.js';
import type { TicketRow } from '../database/entities.js';
import { runSql } from '../database/sql.js';
import {
  callsCustomers,
  customerView,
  type CustomerRecord,
  type HoldingRecord,
} from '../estate/estate-views.js';
import { scopeSql } from '../estate/site-scope.js';

/** What a ticket's detail shows beside it: who reported it, their other requests, its repeat faults, its photos. */
export type TicketContext = Pick<TicketDetail, 'customer' | 'customerHistory' | 'repeats' | 'attachments'>;

/** The customer's other requests a detail lists. */
const HISTORY = 20;

const NONE: Omit<TicketContext, 'attachments'> = {
  customer: null,
  customerHistory: [],
  repeats: { earlier: [], later: [] },
};

interface SummaryRaw {
  id: string;
  created_at: string;
  state: string;
  status: string;
  blueprint_key: string;
  class: string;
  location_code: string | null;
  unit_id: string | null;
  area_id: string | null;
  snapshot: string;
}

const SUMMARY_COLUMNS =
  't.id, t.created_at, t.state, t.status, t.blueprint_key, t.class, t.location_code, t.unit_id, t.area_id, t.snapshot';

/**
 * Reads a ticket's context: only the tickets and holdings of the caller's sites. A ticket with no
 * customer and no place needs no query, so the event path of anonymous reports costs nothing more.
 */
@Injectable()
export class TicketContexts {
  constructor(
    private readonly dataSource: DataSource,
    private readonly attachments: AttachmentLinks,
  ) {}

  async of(user: CurrentUserData, row: TicketRow, manager?: EntityManager): Promise<TicketContext> {
    const source = manager ?? this.dataSource;
    const attachments = await this.attachments.forTicket(row.id, source);
    if (!row.customerId && !row.unitId && !row.areaId) return { ...NONE, attachments };
    const [customer, customerHistory, repeats] = await Promise.all([
      row.customerId ? this.customer(user, row.customerId, source) : null,
      row.customerId ? this.history(user, row, source) : [],
      this.repeats(user, row, source),
    ]);
    return { customer, customerHistory, repeats, attachments };
  }

  private async customer(
    user: CurrentUserData,
    id: string,
    source: DataSource | EntityManager,
  ): Promise<Customer | null> {
    const [c] = await runSql<CustomerRecord>(
      source,
      'SELECT id, name, phone, importance, member, kind, created_at FROM customers WHERE id = $1',
      [id],
    );
    if (!c) return null;
    // Holdings at sites outside the caller's scope are not theirs to read.
    const scope = scopeSql(user, 'cu.site_id', 2);
    const holdings = await runSql<HoldingRecord>(
      source,
      `SELECT cu.id, cu.customer_id, cu.unit_id, u.code AS unit_code, cu.site_id, cu.role, cu.since, cu.until
       FROM customer_units cu JOIN units u ON u.id = cu.unit_id
       WHERE cu.customer_id = $1${scope.sql} ORDER BY cu.site_id, u.code, cu.role`,
      [id, ...scope.values],
    );
    return customerView(c, holdings, callsCustomers(user));
  }

  /** The customer's other requests, newest first. */
  private async history(
    user: CurrentUserData,
    row: TicketRow,
    source: DataSource | EntityManager,
  ): Promise<TicketSummary[]> {
    const scope = scopeSql(user, 't.site_id', 3);
    const rows = await runSql<SummaryRaw>(
      source,
      `SELECT ${SUMMARY_COLUMNS} FROM tickets t WHERE t.customer_id = $1 AND t.id <> $2${scope.sql}
       ORDER BY t.created_at DESC, t.id LIMIT ${HISTORY}`,
      [row.customerId, row.id, ...scope.values],
    );
    return rows.map(summaryOf);
  }

  /** The engine's repeat rule over the tickets of the same unit or area within its window. */
  private async repeats(
    user: CurrentUserData,
    row: TicketRow,
    source: DataSource | EntityManager,
  ): Promise<TicketContext['repeats']> {
    const place = row.unitId
      ? { column: 't.unit_id', id: row.unitId }
      : row.areaId
        ? { column: 't.area_id', id: row.areaId }
        : null;
    if (!place) return { earlier: [], later: [] };
    const window = repeatWindow(row.createdAt);
    const scope = scopeSql(user, 't.site_id', 5);
    const rows = await runSql<SummaryRaw>(
      source,
      `SELECT ${SUMMARY_COLUMNS} FROM tickets t WHERE ${place.column} = $1 AND t.created_at >= $2 AND t.created_at <= $3 AND t.id <> $4${scope.sql}`,
      [place.id, window.from, window.to, row.id, ...scope.values],
    );
    const summaries = new Map(rows.map((r) => [r.id, summaryOf(r)]));
    const links = repeatLinks(
      candidateOf(
        row.id,
        row.createdAt,
        row.unitId,
        row.areaId,
        row.blueprintKey,
        categoryOf(row.snapshot.context.facts),
      ),
      rows.map((r) => {
        const s = summaries.get(r.id)!;
        return candidateOf(r.id, r.created_at, r.unit_id, r.area_id, r.blueprint_key, s.category);
      }),
    );
    return {
      earlier: links.earlier.map((id) => summaries.get(id)!),
      later: links.later.map((id) => summaries.get(id)!),
    };
  }
}

function candidateOf(
  id: string,
  createdAt: string,
  unitId: string | null,
  areaId: string | null,
  blueprintKey: string,
  category: string | null,
): RepeatCandidate {
  return { id, createdAt, unitId, areaId, blueprintKey, category };
}

/** The request type intake read: `facts.type` when it is text. */
function categoryOf(facts: Record<string, unknown> | undefined): string | null {
  const type = facts?.type;
  return typeof type === 'string' ? type : null;
}

function summaryOf(r: SummaryRaw): TicketSummary {
  const snapshot = JSON.parse(r.snapshot) as { context?: { facts?: Record<string, unknown> } };
  return {
    id: r.id,
    createdAt: r.created_at,
    state: r.state,
    status: r.status as TicketSummary['status'],
    blueprintKey: r.blueprint_key,
    class: r.class as TicketSummary['class'],
    category: categoryOf(snapshot.context?.facts),
    locationCode: r.location_code,
  };
}
