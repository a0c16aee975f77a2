import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { dropDatabaseWhenClosed } from '../../reliability/support/db.js';

const ADMIN_URL = process.env.FRONTSTAGE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A new, empty PostgreSQL database for one scenario, read directly by the auditor's checks. */
export interface PgDatabase {
  name: string;
  url: string;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function freshPgDatabase(label: string): Promise<PgDatabase> {
  const name = `frontstage_scale_${label}_${randomBytes(5).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
  pool.on('error', () => undefined);
  return {
    name,
    url: url.toString(),
    async query<T>(sql: string, params: unknown[] = []) {
      return (await pool.query(sql, params)).rows as T[];
    },
    async drop() {
      await pool.end();
      await dropDatabaseWhenClosed(name);
    },
  };
}
