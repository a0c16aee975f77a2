import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { runSql } from '../database/sql.js';

/** A command's first answer, kept under its key. */
export interface StoredResponse {
  fingerprint: string;
  statusCode: number;
  body: string;
}

@Injectable()
export class IdempotencyRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(actorId: string, key: string): Promise<StoredResponse | null> {
    const [row] = await runSql<{ fingerprint: string; status_code: number | string; body: string }>(
      this.dataSource,
      'SELECT fingerprint, status_code, body FROM idempotency_keys WHERE actor_id = $1 AND key = $2',
      [actorId, key],
    );
    return row ? { fingerprint: row.fingerprint, statusCode: Number(row.status_code), body: row.body } : null;
  }

  /** Inside the command's own transaction: a second insert of the same key fails on the primary key. */
  async insert(
    m: EntityManager,
    actorId: string,
    key: string,
    response: StoredResponse,
    at: string,
  ): Promise<void> {
    await runSql(
      m,
      'INSERT INTO idempotency_keys (actor_id, key, fingerprint, status_code, body, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
      [actorId, key, response.fingerprint, response.statusCode, response.body, at],
    );
  }

  async purgeBefore(m: EntityManager, before: string): Promise<void> {
    await runSql(m, 'DELETE FROM idempotency_keys WHERE created_at < $1', [before]);
  }
}
