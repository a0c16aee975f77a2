import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { changedRows, runSql } from '../database/sql.js';

/** A one-time code as stored: an HMAC of the code, never the code. */
export interface CodeRow {
  id: string;
  phone: string;
  codeHash: string;
  expiresAt: string;
  attempts: number;
}

/** A resident session: bound to a customer (phone sign-in) or to one ticket (tracking link). */
export interface ResidentSessionRow {
  id: string;
  customerId: string | null;
  ticketId: string | null;
  createdAt: string;
}

/** A resident's customer record and the homes they hold now. */
export interface ResidentRecord {
  id: string;
  name: string;
  phone: string;
}

/** The residents' tables (migration 1765100000000-residents); reads on the reader, writes in the caller's transaction. */
@Injectable()
export class ResidentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Codes asked for a phone since `since` (known phone or not: the rate limit must not tell them apart). */
  async codesSince(phone: string, since: string): Promise<number> {
    const rows = await runSql<{ n: number | string }>(
      this.dataSource,
      'SELECT COUNT(*) AS n FROM resident_codes WHERE phone = $1 AND created_at > $2',
      [phone, since],
    );
    return Number(rows[0]?.n ?? 0);
  }

  async insertCode(
    manager: EntityManager,
    row: Omit<CodeRow, 'attempts'> & { createdAt: string },
  ): Promise<void> {
    await runSql(
      manager,
      'INSERT INTO resident_codes (id, phone, code_hash, created_at, expires_at, attempts) VALUES ($1, $2, $3, $4, $5, 0)',
      [row.id, row.phone, row.codeHash, row.createdAt, row.expiresAt],
    );
  }

  /** The phone's newest unused, unexpired code. */
  async liveCode(phone: string, now: string): Promise<CodeRow | null> {
    const rows = await runSql<{
      id: string;
      phone: string;
      code_hash: string;
      expires_at: string;
      attempts: number;
    }>(
      this.dataSource,
      `SELECT id, phone, code_hash, expires_at, attempts FROM resident_codes
       WHERE phone = $1 AND used_at IS NULL AND expires_at > $2 ORDER BY created_at DESC LIMIT 1`,
      [phone, now],
    );
    const r = rows[0];
    return r
      ? {
          id: r.id,
          phone: r.phone,
          codeHash: r.code_hash,
          expiresAt: r.expires_at,
          attempts: Number(r.attempts),
        }
      : null;
  }

  /**
   * Takes one of a code's tries, in the statement that checks there is one left: tries sent at the
   * same moment cannot each read "4 used" and all be compared. False when none is left (or it was used).
   */
  async takeAttempt(manager: EntityManager, id: string, limit: number): Promise<boolean> {
    const changed = await changedRows(
      manager,
      'UPDATE resident_codes SET attempts = attempts + 1 WHERE id = $1 AND attempts < $2 AND used_at IS NULL',
      [id, limit],
    );
    return changed === 1;
  }

  /** Marks a code used; false when another sign-in used it first, so one code opens one session. */
  async useCode(manager: EntityManager, id: string, now: string): Promise<boolean> {
    const changed = await changedRows(
      manager,
      'UPDATE resident_codes SET used_at = $1 WHERE id = $2 AND used_at IS NULL',
      [now, id],
    );
    return changed === 1;
  }

  /** Codes long past use: removed when another is asked for, so the table stays small. */
  async deleteOldCodes(manager: EntityManager, before: string): Promise<void> {
    await runSql(manager, 'DELETE FROM resident_codes WHERE created_at < $1', [before]);
  }

  async customerByPhone(phone: string): Promise<ResidentRecord | null> {
    const rows = await runSql<ResidentRecord>(
      this.dataSource,
      'SELECT id, name, phone FROM customers WHERE phone = $1',
      [phone],
    );
    return rows[0] ?? null;
  }

  async customerById(id: string): Promise<ResidentRecord | null> {
    const rows = await runSql<ResidentRecord>(
      this.dataSource,
      'SELECT id, name, phone FROM customers WHERE id = $1',
      [id],
    );
    return rows[0] ?? null;
  }

  /** The units a customer holds now (no `until` in the past), with their site and code. */
  async unitsOf(
    customerId: string,
    today: string,
  ): Promise<{ id: string; site: string; code: string; siteName: string }[]> {
    return runSql(
      this.dataSource,
      `SELECT u.id AS id, u.site_id AS site, u.code AS code, s.name AS "siteName"
       FROM customer_units cu JOIN units u ON u.id = cu.unit_id JOIN sites s ON s.id = u.site_id
       WHERE cu.customer_id = $1 AND (cu.until IS NULL OR cu.until >= $2) ORDER BY u.code`,
      [customerId, today],
    );
  }

  /** The common areas of some sites. */
  async areasOf(sites: string[]): Promise<{ id: string; site: string; name: string }[]> {
    if (sites.length === 0) return [];
    const marks = sites.map((_, i) => `$${i + 1}`).join(', ');
    return runSql(
      this.dataSource,
      `SELECT id, site_id AS site, name FROM common_areas WHERE site_id IN (${marks}) ORDER BY name`,
      sites,
    );
  }

  async insertSession(
    manager: EntityManager,
    row: ResidentSessionRow & { tokenHash: string; expiresAt: string },
  ): Promise<void> {
    await runSql(
      manager,
      `INSERT INTO resident_sessions (id, token_hash, customer_id, ticket_id, created_at, last_used_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [row.id, row.tokenHash, row.customerId, row.ticketId, row.createdAt, row.createdAt, row.expiresAt],
    );
  }

  async liveSession(tokenHash: string, now: string): Promise<ResidentSessionRow | null> {
    const rows = await runSql<{
      id: string;
      customer_id: string | null;
      ticket_id: string | null;
      created_at: string;
    }>(
      this.dataSource,
      'SELECT id, customer_id, ticket_id, created_at FROM resident_sessions WHERE token_hash = $1 AND expires_at > $2',
      [tokenHash, now],
    );
    const r = rows[0];
    return r ? { id: r.id, customerId: r.customer_id, ticketId: r.ticket_id, createdAt: r.created_at } : null;
  }

  async touchSession(manager: EntityManager, id: string, now: string, expiresAt: string): Promise<void> {
    await runSql(manager, 'UPDATE resident_sessions SET last_used_at = $1, expires_at = $2 WHERE id = $3', [
      now,
      expiresAt,
      id,
    ]);
  }

  async deleteSession(manager: EntityManager, tokenHash: string): Promise<void> {
    await runSql(manager, 'DELETE FROM resident_sessions WHERE token_hash = $1', [tokenHash]);
  }

  async deleteExpiredSessions(manager: EntityManager, now: string): Promise<void> {
    await runSql(manager, 'DELETE FROM resident_sessions WHERE expires_at <= $1', [now]);
  }

  /** Replaces a ticket's tracking link: the old token stops working. */
  async putTrackingLink(
    manager: EntityManager,
    row: { ticketId: string; tokenHash: string; createdAt: string; createdBy: string },
  ): Promise<void> {
    await runSql(manager, 'DELETE FROM tracking_links WHERE ticket_id = $1', [row.ticketId]);
    await runSql(
      manager,
      'INSERT INTO tracking_links (ticket_id, token_hash, created_at, created_by) VALUES ($1, $2, $3, $4)',
      [row.ticketId, row.tokenHash, row.createdAt, row.createdBy],
    );
  }

  async ticketOfLink(tokenHash: string): Promise<string | null> {
    const rows = await runSql<{ ticket_id: string }>(
      this.dataSource,
      'SELECT ticket_id FROM tracking_links WHERE token_hash = $1',
      [tokenHash],
    );
    return rows[0]?.ticket_id ?? null;
  }

  async insertPayment(
    manager: EntityManager,
    row: {
      id: string;
      ticketId: string;
      customerId: string | null;
      amount: number;
      provider: string;
      status: string;
      consentedAt: string;
    },
  ): Promise<void> {
    await runSql(
      manager,
      `INSERT INTO resident_payments (id, ticket_id, customer_id, amount, currency, provider, status, consented_at)
       VALUES ($1, $2, $3, $4, 'CNY', $5, $6, $7)`,
      [row.id, row.ticketId, row.customerId, row.amount, row.provider, row.status, row.consentedAt],
    );
  }

  async paymentsOf(
    ticketId: string,
  ): Promise<{ id: string; amount: number; provider: string; status: string }[]> {
    const rows = await runSql<{ id: string; amount: string | number; provider: string; status: string }>(
      this.dataSource,
      'SELECT id, amount, provider, status FROM resident_payments WHERE ticket_id = $1 ORDER BY consented_at',
      [ticketId],
    );
    return rows.map((r) => ({ ...r, amount: Number(r.amount) }));
  }
}
