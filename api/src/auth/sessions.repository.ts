import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { runSql } from '../database/sql.js';

/** Reads go to the reader; writes take the Transactor's manager, as every write of the API does. */

/** A sign-in session as stored: the hash of the browser's cookie, never the cookie itself. */
export interface SessionRow {
  id: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
}

@Injectable()
export class SessionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, row: SessionRow & { tokenHash: string }): Promise<void> {
    await runSql(
      manager,
      `INSERT INTO auth_sessions (id, token_hash, user_id, created_at, last_used_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [row.id, row.tokenHash, row.userId, row.createdAt, row.createdAt, row.expiresAt],
    );
  }

  /** The session a cookie hash names, if it has not expired at `now`. */
  async findLive(tokenHash: string, now: string): Promise<SessionRow | null> {
    const rows = await runSql<{ id: string; user_id: string; created_at: string; expires_at: string }>(
      this.dataSource,
      'SELECT id, user_id, created_at, expires_at FROM auth_sessions WHERE token_hash = $1 AND expires_at > $2',
      [tokenHash, now],
    );
    const row = rows[0];
    return row
      ? { id: row.id, userId: row.user_id, createdAt: row.created_at, expiresAt: row.expires_at }
      : null;
  }

  /** Marks a session used and moves its idle expiry on. */
  async touch(manager: EntityManager, id: string, now: string, expiresAt: string): Promise<void> {
    await runSql(manager, 'UPDATE auth_sessions SET last_used_at = $1, expires_at = $2 WHERE id = $3', [
      now,
      expiresAt,
      id,
    ]);
  }

  async deleteByHash(manager: EntityManager, tokenHash: string): Promise<void> {
    await runSql(manager, 'DELETE FROM auth_sessions WHERE token_hash = $1', [tokenHash]);
  }

  /** Sessions past their expiry, removed when a user signs in, so the table does not grow for ever. */
  async deleteExpired(manager: EntityManager, now: string): Promise<void> {
    await runSql(manager, 'DELETE FROM auth_sessions WHERE expires_at <= $1', [now]);
  }
}
