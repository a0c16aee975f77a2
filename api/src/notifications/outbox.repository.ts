import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { changedRows, runSql } from '../database/sql.js';
import type {
  ChannelName,
  NotificationBody,
  NotificationKind,
  OutboxItem,
  Recipient,
} from './notification.js';

/** A row to write, in the transaction of the change that caused it. */
export interface OutboxInsert {
  id: string;
  kind: NotificationKind;
  channel: ChannelName;
  ticketId: string | null;
  recipient: Recipient;
  body: NotificationBody;
  createdAt: string;
  availableAt: string;
}

interface Row {
  id: string;
  kind: string;
  channel: string;
  ticket_id: string | null;
  recipient: string;
  payload: string;
  attempts: number | string;
  created_at: string;
}

/** The one owner of the `outbox` and `in_app_messages` tables. */
@Injectable()
export class OutboxRepository {
  async insert(m: EntityManager, rows: readonly OutboxInsert[]): Promise<void> {
    for (const r of rows)
      await runSql(
        m,
        `INSERT INTO outbox (id, kind, channel, ticket_id, recipient, payload, status, attempts, created_at, available_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'pending', 0, $7, $8)`,
        [
          r.id,
          r.kind,
          r.channel,
          r.ticketId,
          JSON.stringify(r.recipient),
          JSON.stringify(r.body),
          r.createdAt,
          r.availableAt,
        ],
      );
  }

  /**
   * Leases up to `limit` rows due at `now` whose lease is free or expired (a worker that died),
   * counting the attempt. PostgreSQL: `FOR UPDATE SKIP LOCKED`, so instances never lease the same
   * row; SQLite: the transaction holds the only write lock.
   */
  async claim(
    m: EntityManager,
    worker: string,
    now: string,
    leaseUntil: string,
    limit: number,
  ): Promise<OutboxItem[]> {
    const lock = m.connection.options.type === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : '';
    const rows = await runSql<Row>(
      m,
      `SELECT id, kind, channel, ticket_id, recipient, payload, attempts, created_at FROM outbox
       WHERE status = 'pending' AND available_at <= $1 AND (lease_until IS NULL OR lease_until <= $2)
       ORDER BY available_at, id LIMIT ${Math.trunc(limit)}${lock}`,
      [now, now],
    );
    for (const r of rows)
      await runSql(
        m,
        'UPDATE outbox SET lease_owner = $1, lease_until = $2, attempts = attempts + 1 WHERE id = $3',
        [worker, leaseUntil, r.id],
      );
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind as NotificationKind,
      channel: r.channel as ChannelName,
      ticketId: r.ticket_id,
      recipient: JSON.parse(r.recipient) as Recipient,
      body: JSON.parse(r.payload) as NotificationBody,
      attempts: Number(r.attempts) + 1,
      createdAt: r.created_at,
    }));
  }

  /** Marks a leased row delivered; false when the lease was lost (another worker took it over). */
  async delivered(m: EntityManager, id: string, worker: string, at: string): Promise<boolean> {
    const n = await changedRows(
      m,
      `UPDATE outbox SET status = 'delivered', delivered_at = $1, lease_owner = NULL, lease_until = NULL, last_error = NULL
       WHERE id = $2 AND lease_owner = $3 AND status = 'pending'`,
      [at, id, worker],
    );
    return n === 1;
  }

  /** A failed attempt: tried again at `retryAt`, or given up (`retryAt` null). */
  async failed(
    m: EntityManager,
    id: string,
    worker: string,
    error: string,
    retryAt: string | null,
  ): Promise<void> {
    await runSql(
      m,
      `UPDATE outbox SET status = $1, available_at = COALESCE($2, available_at), last_error = $3, lease_owner = NULL, lease_until = NULL
       WHERE id = $4 AND lease_owner = $5 AND status = 'pending'`,
      [retryAt === null ? 'failed' : 'pending', retryAt, error.slice(0, 500), id, worker],
    );
  }

  /** Forgets rows delivered or given up before `before`: the in-app store and the receivers keep what was said. */
  async purgeSettled(m: EntityManager, before: string): Promise<void> {
    await runSql(m, "DELETE FROM outbox WHERE status <> 'pending' AND created_at < $1", [before]);
  }

  /** Keeps an in-app message once per notification id. */
  async keepInApp(m: EntityManager, item: OutboxItem, at: string): Promise<void> {
    await runSql(
      m,
      `INSERT INTO in_app_messages (notification_id, ticket_id, audience, kind, body, created_at)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (notification_id) DO NOTHING`,
      [item.id, item.ticketId, item.recipient.audience, item.kind, JSON.stringify(item.body.text), at],
    );
  }

  /** The in-app messages of a ticket for an audience, oldest first (the resident page's). */
  async inApp(m: EntityManager, ticketId: string, audience: string) {
    const rows = await runSql<{ notification_id: string; kind: string; body: string; created_at: string }>(
      m,
      'SELECT notification_id, kind, body, created_at FROM in_app_messages WHERE ticket_id = $1 AND audience = $2 ORDER BY created_at, notification_id',
      [ticketId, audience],
    );
    return rows.map((r) => ({
      id: r.notification_id,
      kind: r.kind,
      text: JSON.parse(r.body) as Record<string, string>,
      at: r.created_at,
    }));
  }
}
