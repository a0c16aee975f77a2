import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TimerRow } from '../database/entities.js';
import { runSql } from '../database/sql.js';
import type { TimerChanges } from './timer-changes.js';

/** A pending timer whose due time has come. */
export interface DueTimer {
  ticketId: string;
  timerId: string;
  due: string;
}

/**
 * The one owner of the `timers` and `timer_firings` tables: time standards as durable rows,
 * started and cancelled with the command that changed the ticket, claimed and fired by the scheduler.
 */
@Injectable()
export class TimersRepository {
  /** Applies a command's timer changes, in the command's transaction. */
  async apply(m: EntityManager, ticketId: string, changes: TimerChanges): Promise<void> {
    for (const timerId of changes.cancelled)
      await runSql(
        m,
        "UPDATE timers SET status = 'cancelled', settled_at = $1 WHERE ticket_id = $2 AND timer_id = $3 AND status = 'pending'",
        [changes.at, ticketId, timerId],
      );
    for (const t of changes.started)
      await runSql(
        m,
        'INSERT INTO timers (ticket_id, timer_id, step_id, kind, due, status, escalate_to, created_at, settled_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
        [t.ticketId, t.timerId, t.stepId, t.kind, t.due, t.status, t.escalateTo, t.createdAt, t.settledAt],
      );
  }

  /**
   * The same changes as common table expressions of a PostgreSQL statement whose CTE `t` returns
   * the id of the ticket it updated (nothing on a version conflict, and then no timer changes),
   * with parameters numbered from `$first`: one round trip for the ticket and its timers.
   */
  applyAfter(first: number, changes: TimerChanges): { sql: string; values: unknown[] } {
    const $ = (i: number) => `$${first + i}`;
    const started: TimerRow[] = changes.started;
    return {
      sql: `c AS (
         UPDATE timers SET status = 'cancelled', settled_at = ${$(0)}
         WHERE ticket_id IN (SELECT id FROM t) AND timer_id = ANY(${$(1)}::text[]) AND status = 'pending'),
       i AS (
         INSERT INTO timers (ticket_id, timer_id, step_id, kind, due, status, escalate_to, created_at, settled_at)
         SELECT t.id, s.timer_id, s.step_id, s.kind, s.due, s.status, s.escalate_to, s.created_at, NULL
         FROM t CROSS JOIN unnest(${[2, 3, 4, 5, 6, 7, 8].map((i) => `${$(i)}::text[]`).join(', ')})
           AS s(timer_id, step_id, kind, due, status, escalate_to, created_at))`,
      values: [
        changes.at,
        changes.cancelled,
        started.map((t) => t.timerId),
        started.map((t) => t.stepId),
        started.map((t) => t.kind),
        started.map((t) => t.due),
        started.map((t) => t.status),
        started.map((t) => t.escalateTo),
        started.map((t) => t.createdAt),
      ],
    };
  }

  /**
   * Claims due timers inside the caller's transaction. PostgreSQL: `FOR UPDATE SKIP LOCKED`, so
   * instances never claim the same row; SQLite: the transaction itself holds the only write lock.
   */
  async claimDue(m: EntityManager, now: string, limit: number): Promise<DueTimer[]> {
    const lock = m.connection.options.type === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : '';
    const rows = await runSql<{ ticket_id: string; timer_id: string; due: string }>(
      m,
      `SELECT ticket_id, timer_id, due FROM timers WHERE status = 'pending' AND due <= $1 ORDER BY due, ticket_id, timer_id LIMIT ${Math.trunc(limit)}${lock}`,
      [now],
    );
    return rows.map((r) => ({ ticketId: r.ticket_id, timerId: r.timer_id, due: r.due }));
  }

  /** Locks the ticket for firing; on PostgreSQL a ticket busy with a person's command is left for the next tick. */
  async lockTicket(m: EntityManager, ticketId: string): Promise<boolean> {
    if (m.connection.options.type !== 'postgres') return true;
    const rows = await runSql(m, 'SELECT id FROM tickets WHERE id = $1 FOR UPDATE SKIP LOCKED', [ticketId]);
    return rows.length === 1;
  }

  /** The at-most-once guarantee: the primary key of timer_firings refuses a second firing. */
  async recordFiring(
    m: EntityManager,
    timer: DueTimer,
    at: string,
    outcome: 'fired' | 'void',
  ): Promise<void> {
    await runSql(
      m,
      'INSERT INTO timer_firings (ticket_id, timer_id, fired_at, outcome) VALUES ($1, $2, $3, $4)',
      [timer.ticketId, timer.timerId, at, outcome],
    );
    await runSql(
      m,
      "UPDATE timers SET status = $1, settled_at = $2 WHERE ticket_id = $3 AND timer_id = $4 AND status = 'pending'",
      [outcome, at, timer.ticketId, timer.timerId],
    );
  }

  async countPendingDue(m: EntityManager, now: string): Promise<number> {
    const [row] = await runSql<{ n: number | string }>(
      m,
      "SELECT COUNT(*) AS n FROM timers WHERE status = 'pending' AND due <= $1",
      [now],
    );
    return Number(row?.n ?? 0);
  }
}
