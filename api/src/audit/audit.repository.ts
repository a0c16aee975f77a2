import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEntryEntity, AuditHeadEntity, type AuditHeadRow, type AuditRow } from '../database/entities.js';
import { runSql } from '../database/sql.js';
import type { Scoped } from '../estate/site-scope.js';
import { dialectOf, searchConditions, type TicketSearchQuery } from '../tickets/ticket-search.js';

/** Entries per INSERT: 18 parameters each stays far below either database's parameter limit. */
const APPEND_CHUNK = 200;

const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

/** An entry's column values, in the order `append` inserts them. */
const auditValues = (row: AuditRow): unknown[] => [
  row.seq,
  row.at,
  row.ticketId,
  row.actorId,
  row.actorRole,
  row.command,
  row.eventType,
  json(row.data),
  row.fromState,
  row.toState,
  row.blueprintKey,
  row.blueprintVersion,
  row.outcome,
  row.code,
  json(row.trace),
  row.requestId,
  row.prevHash,
  row.hash,
];

/** Filters of the audit search. */
export interface AuditFilter {
  ticketId?: string;
  actorId?: string;
  command?: string;
  outcome?: string;
  from?: string;
  to?: string;
  afterSeq?: number;
  blueprintKey?: string;
  blueprintVersion?: number;
  eventType?: string;
  actorRole?: string;
  /** Of the ticket the entry belongs to. */
  class?: string;
  team?: string;
  limit: number;
  /** The caller's sites: entries of other sites' tickets are never found. */
  scope: Scoped;
  /** A search of the entries' tickets (searchConditions): words, room, caller's phone. */
  tickets?: { query: TicketSearchQuery; showsPhones: boolean };
}

/** Queries the audit log. It inserts entries and moves the head; it never updates or deletes an entry. */
@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The chain head, locked for the rest of the transaction on PostgreSQL so appends take turns. */
  async lockHead(manager: EntityManager): Promise<AuditHeadRow> {
    const lock = manager.connection.options.type === 'postgres' ? ' FOR UPDATE' : '';
    const [head] = await runSql<{ seq: number | string; hash: string }>(
      manager,
      `SELECT seq, hash FROM audit_head WHERE id = 1${lock}`,
    );
    if (!head) throw new Error('audit_head row is missing');
    return { id: 1, seq: Number(head.seq), hash: head.hash };
  }

  /**
   * Inserts chained entries (in seq order, following the head) and moves the head to the last;
   * hand-written SQL, as this runs for every batch of commands.
   */
  async append(manager: EntityManager, rows: AuditRow[]): Promise<void> {
    const last = rows[rows.length - 1]!;
    const head = [last.seq, last.hash, last.prevHash];
    // PostgreSQL moves the head in the last INSERT's statement: a round trip less while the head is locked.
    const oneStatement = manager.connection.options.type === 'postgres';
    for (let at = 0; at < rows.length; at += APPEND_CHUNK) {
      const chunk = rows.slice(at, at + APPEND_CHUNK);
      const moveHead = oneStatement && at + APPEND_CHUNK >= rows.length;
      const first = moveHead ? 4 : 1;
      const values = chunk.map(
        (_, i) => `(${Array.from({ length: 18 }, (_, c) => `$${first + i * 18 + c}`).join(', ')})`,
      );
      await runSql(
        manager,
        `${moveHead ? 'WITH head AS (UPDATE audit_head SET seq = $1, hash = $2, prev_hash = $3 WHERE id = 1) ' : ''}INSERT INTO audit_entries (seq, at, ticket_id, actor_id, actor_role, command, event_type, data, from_state, to_state, blueprint_key, blueprint_version, outcome, code, trace, request_id, prev_hash, hash)
         VALUES ${values.join(', ')}`,
        [...(moveHead ? head : []), ...chunk.flatMap(auditValues)],
      );
    }
    if (!oneStatement)
      await runSql(manager, 'UPDATE audit_head SET seq = $1, hash = $2, prev_hash = $3 WHERE id = 1', head);
  }

  head(): Promise<AuditHeadRow | null> {
    return this.dataSource.getRepository(AuditHeadEntity).findOneBy({ id: 1 });
  }

  forTicket(ticketId: string): Promise<AuditRow[]> {
    return this.dataSource
      .getRepository(AuditEntryEntity)
      .find({ where: { ticketId }, order: { seq: 'ASC' } });
  }

  search(filter: AuditFilter): Promise<AuditRow[]> {
    const qb = this.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('a')
      .orderBy('a.seq', 'ASC')
      .limit(filter.limit);
    if (filter.ticketId) qb.andWhere('a.ticket_id = :ticketId', { ticketId: filter.ticketId });
    if (filter.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.command) qb.andWhere('a.command = :command', { command: filter.command });
    if (filter.outcome) qb.andWhere('a.outcome = :outcome', { outcome: filter.outcome });
    if (filter.from) qb.andWhere('a.at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('a.at < :to', { to: filter.to });
    if (filter.afterSeq !== undefined) qb.andWhere('a.seq > :afterSeq', { afterSeq: filter.afterSeq });
    if (filter.blueprintKey) qb.andWhere('a.blueprint_key = :bp', { bp: filter.blueprintKey });
    if (filter.blueprintVersion !== undefined)
      qb.andWhere('a.blueprint_version = :bv', { bv: filter.blueprintVersion });
    if (filter.eventType) qb.andWhere('a.event_type = :eventType', { eventType: filter.eventType });
    if (filter.actorRole) qb.andWhere('a.actor_role = :actorRole', { actorRole: filter.actorRole });
    // Class and team belong to the ticket: probed by its primary key, so the log is read in seq order and stops at the page.
    if (filter.class)
      qb.andWhere('EXISTS (SELECT 1 FROM tickets t WHERE t.id = a.ticket_id AND t.class = :cls)', {
        cls: filter.class,
      });
    if (filter.team)
      qb.andWhere('EXISTS (SELECT 1 FROM tickets t WHERE t.id = a.ticket_id AND t.team = :team)', {
        team: filter.team,
      });
    // The ticket search's conditions in one subquery: the tickets it finds, whose entries are then read in seq order.
    const found = filter.tickets
      ? searchConditions(
          filter.tickets.query,
          't',
          filter.tickets.showsPhones,
          dialectOf(this.dataSource),
          filter.scope.sites,
        )
      : [];
    if (found.length > 0)
      qb.andWhere(
        `a.ticket_id IN (SELECT t.id FROM tickets t WHERE ${found.map((c) => `(${c.sql})`).join(' AND ')})`,
        Object.assign({}, ...found.map((c) => c.params)) as Record<string, unknown>,
      );
    if (filter.scope.sites !== '*') {
      const sites = filter.scope.sites.length > 0 ? [...filter.scope.sites] : [''];
      // A ticket's entries go with its site; an entry of no ticket (a refused intake, a publication) with its actor's sites.
      qb.andWhere(
        `(EXISTS (SELECT 1 FROM tickets st WHERE st.id = a.ticket_id AND st.site_id IN (:...scopeSites))
          OR (a.ticket_id IS NULL AND EXISTS (SELECT 1 FROM users su JOIN user_sites us ON us.user_id = su.id
            WHERE su.username = a.actor_id AND us.site_id IN (:...scopeSites))))`,
        { scopeSites: sites },
      );
    }
    return qb.getMany();
  }

  /** A page of the chain in order, for verification. */
  page(afterSeq: number, size: number): Promise<AuditRow[]> {
    return this.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('a')
      .where('a.seq > :afterSeq', { afterSeq })
      .orderBy('a.seq', 'ASC')
      .limit(size)
      .getMany();
  }
}
