import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { canonicalJson } from '@frontstage/engine';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEntry, AuditHead, type AuditHeadRow, type AuditRow } from '../database/entities.js';
import { runSql } from '../database/sql.js';
import { contentOf, type AuditContent } from './audit-chain.js';

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

  /** Inserts the entry and moves the head; hand-written SQL, as this runs for every command. */
  async append(manager: EntityManager, row: AuditRow): Promise<void> {
    const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
    await runSql(
      manager,
      `INSERT INTO audit_entries (seq, at, ticket_id, actor_id, actor_role, command, event_type, data, from_state, to_state, blueprint_key, blueprint_version, outcome, code, trace, request_id, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
      [
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
      ],
    );
    await runSql(manager, 'UPDATE audit_head SET seq = $1, hash = $2 WHERE id = 1', [row.seq, row.hash]);
  }

  /**
   * PostgreSQL: moves the head and inserts the entry in one statement, the hash computed by the
   * server over the same bytes `entryHash` hashes (previous hash, then the canonical JSON with the
   * new seq spliced in). The head's row lock is then held only from this statement to the commit,
   * instead of across several round trips: with several instances, that lock is what every
   * command queues on.
   */
  async appendInOneStatement(manager: EntityManager, content: Omit<AuditContent, 'seq'>): Promise<AuditRow> {
    const marker = `\u0000${randomUUID()}`;
    const [prefix, suffix, extra] = canonicalJson(
      contentOf({ ...content, seq: marker as unknown as number }),
    ).split(JSON.stringify(marker));
    if (prefix === undefined || suffix === undefined || extra !== undefined)
      throw new Error('audit entry: the seq marker is not where it should be');
    const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
    const [row] = await runSql<{ seq: number | string; prev_hash: string; hash: string }>(
      manager,
      `WITH head AS (
         UPDATE audit_head SET prev_hash = hash, seq = seq + 1, hash = encode(sha256(convert_to(hash || $1 || (seq + 1)::text || $2, 'UTF8')), 'hex')
         WHERE id = 1 RETURNING seq, prev_hash, hash)
       INSERT INTO audit_entries (seq, at, ticket_id, actor_id, actor_role, command, event_type, data, from_state, to_state, blueprint_key, blueprint_version, outcome, code, trace, request_id, prev_hash, hash)
       SELECT head.seq, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, head.prev_hash, head.hash FROM head
       RETURNING seq, prev_hash, hash`,
      [
        prefix,
        suffix,
        content.at,
        content.ticketId,
        content.actorId,
        content.actorRole,
        content.command,
        content.eventType,
        json(content.data),
        content.fromState,
        content.toState,
        content.blueprintKey,
        content.blueprintVersion,
        content.outcome,
        content.code,
        json(content.trace),
        content.requestId,
      ],
    );
    if (!row) throw new Error('audit_head row is missing');
    return { ...content, seq: Number(row.seq), prevHash: row.prev_hash, hash: row.hash } as AuditRow;
  }

  head(): Promise<AuditHeadRow | null> {
    return this.dataSource.getRepository(AuditHead).findOneBy({ id: 1 });
  }

  forTicket(ticketId: string): Promise<AuditRow[]> {
    return this.dataSource.getRepository(AuditEntry).find({ where: { ticketId }, order: { seq: 'ASC' } });
  }

  search(filter: AuditFilter): Promise<AuditRow[]> {
    const qb = this.dataSource
      .getRepository(AuditEntry)
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
    return qb.getMany();
  }

  /** A page of the chain in order, for verification. */
  page(afterSeq: number, size: number): Promise<AuditRow[]> {
    return this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('a')
      .where('a.seq > :afterSeq', { afterSeq })
      .orderBy('a.seq', 'ASC')
      .limit(size)
      .getMany();
  }
}
