import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { runSql } from '../database/sql.js';

/** A pending timer whose due time has come. */
export interface DueTimer {
  ticketId: string;
  timerId: string;
  due: string;
}

@Injectable()
export class TimersRepository {
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
