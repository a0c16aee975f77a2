import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { TicketEntity, type TicketRow } from '../database/entities.js';
import { changedRows, runSql } from '../database/sql.js';
import { scopeCondition, scopeSql, type Scoped } from '../estate/site-scope.js';
import type { TimerChanges } from '../timers/timer-changes.js';
import { TimersRepository } from '../timers/timers.repository.js';
import type { TicketFilter } from './ticket-filter.js';
import { indexTicket } from './ticket-search-index.js';
import { answeredByIndex, indexedPage } from './ticket-search-page.js';
import { dialectOf, searchConditions } from './ticket-search.js';
import { SnapshotCache, ticketFromRaw } from './ticket-rows.js';

/** The columns an accepted event changes. */
export type TicketPatch = Pick<
  TicketRow,
  | 'state'
  | 'status'
  | 'team'
  | 'assignedRoles'
  | 'escalatedTo'
  | 'nextBreach'
  | 'overdue'
  | 'atRisk'
  | 'updatedAt'
  | 'snapshot'
  | 'version'
>;

/**
 * A search counts its tickets up to this many and then says "at least" (totalIsLowerBound): a
 * common word finds tens of thousands of a million tickets, and counting every one of them took
 * seconds while nobody reads past the first pages.
 */
export const SEARCH_COUNT_CAP = 1000;

/** The version-checked ticket update, $1…$13 as `updateValues` lists them; 0 rows means a conflict. */
const VERSION_CHECKED_UPDATE =
  'UPDATE tickets SET state = $1, status = $2, team = $3, assigned_roles = $4, escalated_to = $5, next_breach = $6, overdue = $7, at_risk = $8, updated_at = $9, snapshot = $10, version = $11 WHERE id = $12 AND version = $13';

@Injectable()
export class TicketsRepository {
  private readonly snapshots = new SnapshotCache();

  constructor(
    private readonly dataSource: DataSource,
    private readonly timers: TimersRepository,
  ) {}

  // Hand-written SQL on the per-event path: TypeORM's query building cost more than the query.
  async findById(id: string, manager?: EntityManager): Promise<TicketRow | null> {
    const [raw] = await runSql(manager ?? this.dataSource, 'SELECT * FROM tickets WHERE id = $1', [id]);
    return raw ? ticketFromRaw(raw, this.snapshots) : null;
  }

  async insert(manager: EntityManager, row: TicketRow): Promise<void> {
    await runSql(
      manager,
      `INSERT INTO tickets (id, blueprint_key, blueprint_version, blueprint_hash, class, priority, team, state, status,
         assigned_roles, escalated_to, urgency_rank, next_breach, overdue, at_risk, snapshot, classification, version,
         created_at, updated_at, created_by, site_id, unit_id, area_id, location_code, customer_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21,
         $22, $23, $24, $25, $26)`,
      [
        row.id,
        row.blueprintKey,
        row.blueprintVersion,
        row.blueprintHash,
        row.class,
        row.priority,
        row.team,
        row.state,
        row.status,
        row.assignedRoles,
        row.escalatedTo,
        row.urgencyRank,
        row.nextBreach,
        row.overdue,
        row.atRisk,
        this.snapshots.remember(row.id, row.snapshot),
        JSON.stringify(row.classification),
        row.version,
        row.createdAt,
        row.updatedAt,
        row.createdBy,
        row.siteId,
        row.unitId,
        row.areaId,
        row.locationCode,
        row.customerId,
      ],
    );
    await indexTicket(manager, {
      id: row.id,
      siteId: row.siteId,
      createdAt: row.createdAt,
      facts: row.snapshot.context.facts,
      locationCode: row.locationCode,
      customerId: row.customerId,
      areaId: row.areaId,
    });
  }

  /**
   * Optimistic concurrency: writes the ticket and its timer rows (cancelled, started) only if the
   * row is still at `expected`; returns whether it did, with nothing written on a conflict.
   * PostgreSQL does it in one statement, since a round trip there costs more than the statements.
   */
  async updateWithTimers(
    manager: EntityManager,
    id: string,
    expected: number,
    patch: TicketPatch,
    timers: TimerChanges,
  ): Promise<boolean> {
    if (manager.connection.options.type === 'postgres')
      return this.updateWithTimersInOneStatement(manager, id, expected, patch, timers);
    const changed = await changedRows(
      manager,
      VERSION_CHECKED_UPDATE,
      this.updateValues(id, expected, patch),
    );
    if (changed !== 1) return false;
    await this.timers.apply(manager, id, timers);
    return true;
  }

  private async updateWithTimersInOneStatement(
    manager: EntityManager,
    id: string,
    expected: number,
    patch: TicketPatch,
    timers: TimerChanges,
  ): Promise<boolean> {
    const timerPart = this.timers.applyAfter(14, timers);
    const [row] = await runSql<{ n: number }>(
      manager,
      `WITH t AS (${VERSION_CHECKED_UPDATE} RETURNING id), ${timerPart.sql} SELECT COUNT(*)::int AS n FROM t`,
      [...this.updateValues(id, expected, patch), ...timerPart.values],
    );
    return Number(row?.n ?? 0) === 1;
  }

  /** $1…$13 of the version-checked UPDATE: the patch, then the id and the version it must be at. */
  private updateValues(id: string, expected: number, patch: TicketPatch): unknown[] {
    return [
      patch.state,
      patch.status,
      patch.team,
      patch.assignedRoles,
      patch.escalatedTo,
      patch.nextBreach,
      patch.overdue,
      patch.atRisk,
      patch.updatedAt,
      this.snapshots.remember(id, patch.snapshot),
      patch.version,
      id,
      expected,
    ];
  }

  /**
   * Tickets of the caller's sites oldest first (created_at, id), a page at a time: by offset, or
   * after the ticket a page ended on.
   */
  async ids(
    scope: Scoped,
    limit: number,
    offset: number,
    after?: { createdAt: string; id: string },
  ): Promise<{ id: string; createdAt: string }[]> {
    const sites = scopeSql(scope, 'site_id', after ? 3 : 1);
    const where = after
      ? `WHERE (created_at, id) > ($1, $2)${sites.sql}`
      : sites.sql
        ? `WHERE 1 = 1${sites.sql}`
        : '';
    const rows = await runSql<{ id: string; created_at: string }>(
      this.dataSource,
      `SELECT id, created_at FROM tickets ${where} ORDER BY created_at, id LIMIT ${Math.trunc(limit)} OFFSET ${Math.trunc(offset)}`,
      [...(after ? [after.createdAt, after.id] : []), ...sites.values],
    );
    return rows.map((r) => ({ id: r.id, createdAt: r.created_at }));
  }

  /**
   * A page of the filtered queue in a total order (the id breaks ties), and whether rows follow it;
   * `total` counts the whole filtered queue, wherever the page starts (a search's up to
   * SEARCH_COUNT_CAP, and then `totalIsLowerBound`).
   */
  async list(
    filter: TicketFilter,
  ): Promise<{ items: TicketRow[]; total: number; totalIsLowerBound: boolean; more: boolean }> {
    if (answeredByIndex(filter)) {
      const { rows, found } = await indexedPage(this.dataSource, filter, SEARCH_COUNT_CAP);
      return this.paged(rows, found, true, filter.limit);
    }
    const qb = this.dataSource.getRepository(TicketEntity).createQueryBuilder('t');
    const scope = scopeCondition(filter.scope, 't.site_id');
    if (scope) qb.andWhere(scope.sql, scope.params);
    if (filter.site) qb.andWhere('t.site_id = :site', { site: filter.site });
    if (filter.unit) qb.andWhere('t.unit_id = :unit', { unit: filter.unit });
    if (filter.area) qb.andWhere('t.area_id = :area', { area: filter.area });
    if (filter.customer) qb.andWhere('t.customer_id = :customer', { customer: filter.customer });
    if (filter.state) qb.andWhere('t.state = :state', { state: filter.state });
    if (filter.class) qb.andWhere('t.class = :class', { class: filter.class });
    if (filter.team) qb.andWhere('t.team = :team', { team: filter.team });
    if (filter.status) qb.andWhere('t.status = :status', { status: filter.status });
    if (filter.assignee)
      qb.andWhere('t.assigned_roles LIKE :assignee', { assignee: `%,${filter.assignee},%` });
    const late = `(t.overdue = :yes OR EXISTS (SELECT 1 FROM timers tm WHERE tm.ticket_id = t.id AND tm.kind = 'breach' AND tm.status = 'pending' AND tm.due < :now))`;
    if (filter.overdue === true) qb.andWhere(late, { yes: true, now: filter.now });
    if (filter.overdue === false) qb.andWhere(`NOT ${late}`, { yes: true, now: filter.now });
    if (filter.escalatedTo)
      qb.andWhere("t.escalated_to LIKE :escalatedTo AND t.status = 'open'", {
        escalatedTo: `%,${filter.escalatedTo},%`,
      });
    const searched = filter.search
      ? searchConditions(
          filter.search.query,
          't',
          filter.search.showsPhones,
          dialectOf(this.dataSource),
          filter.scope.sites,
        )
      : [];
    for (const c of searched) qb.andWhere(c.sql, c.params);
    if (filter.atRisk !== undefined) qb.andWhere('t.at_risk = :atRisk', { atRisk: filter.atRisk });
    const myRole = filter.visibleTo && `%,${filter.visibleTo.jobRole},%`;
    if (filter.visibleTo?.team)
      qb.andWhere('(t.team = :myTeam OR t.assigned_roles LIKE :myRole OR t.created_by = :me)', {
        myTeam: filter.visibleTo.team,
        myRole,
        me: filter.visibleTo.username,
      });
    else if (filter.visibleTo)
      qb.andWhere('(t.assigned_roles LIKE :myRole OR t.created_by = :me)', {
        myRole,
        me: filter.visibleTo.username,
      });
    const counted = qb.clone();
    const after = filter.after;
    // The same comparison as the ORDER BY below, so a page starts exactly after the row the last one ended on.
    if (after?.[0] === 'newest')
      qb.andWhere('(t.created_at < :afterCreated OR (t.created_at = :afterCreated AND t.id > :afterId))', {
        afterCreated: after[1],
        afterId: after[2],
      });
    else if (after)
      qb.andWhere(
        '(t.urgency_rank, t.next_breach, t.created_at, t.id) > (:afterRank, :afterBreach, :afterCreated, :afterId)',
        { afterRank: after[1], afterBreach: after[2], afterCreated: after[3], afterId: after[4] },
      );
    if (filter.sort === 'urgency')
      qb.orderBy('t.urgency_rank', 'ASC')
        .addOrderBy('t.next_breach', 'ASC')
        .addOrderBy('t.created_at', 'ASC');
    else qb.orderBy('t.created_at', 'DESC');
    // One row more than the page says whether another page follows.
    const page = () =>
      qb
        .addOrderBy('t.id', 'ASC')
        .skip(filter.offset)
        .take(filter.limit + 1)
        .getMany();
    const count = () =>
      searched.length > 0 ? this.countUpTo(counted, SEARCH_COUNT_CAP) : counted.getCount();
    let rows: TicketRow[];
    let found: number;
    if (dialectOf(this.dataSource) === 'postgres') [rows, found] = await Promise.all([page(), count()]);
    else {
      // SQLite answers one query at a time, so the count waits for the page anyway: a first page
      // that holds every row (no row after it) is its own count, and the count is not run.
      rows = await page();
      found = filter.offset === 0 && !after && rows.length <= filter.limit ? rows.length : await count();
    }
    return this.paged(rows, found, searched.length > 0, filter.limit);
  }

  /** A page (with one row more, if there is one) and its total: a search's capped at SEARCH_COUNT_CAP. */
  private paged(rows: TicketRow[], found: number, searched: boolean, limit: number) {
    return {
      items: rows.slice(0, limit),
      total: searched ? Math.min(found, SEARCH_COUNT_CAP) : found,
      totalIsLowerBound: searched && found > SEARCH_COUNT_CAP,
      more: rows.length > limit,
    };
  }

  /** How many rows the query finds, counting no further than one past `cap`. */
  private async countUpTo(query: SelectQueryBuilder<TicketRow>, cap: number): Promise<number> {
    const found = query
      .select('t.id')
      .orderBy()
      .limit(cap + 1);
    const [row] = (await this.dataSource
      .createQueryBuilder()
      .select('COUNT(*)', 'n')
      .from(`(${found.getQuery()})`, 'found')
      .setParameters(found.getParameters())
      .getRawMany()) as { n: number | string }[];
    return Number(row?.n ?? 0);
  }
}
