import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';

export type DbKind = 'sqlite' | 'postgres';
export const DB_KINDS: DbKind[] = ['sqlite', 'postgres'];
export const ROOT = resolve(import.meta.dirname, '../../..');
export const FIXTURES = join(ROOT, 'api/test/fixtures/blueprints');
export const PASSWORD = 'reliability-demo-password';
const ADMIN_URL = process.env.FRONTSTAGE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh, empty database (a temporary SQLite file or a new PostgreSQL database) and the API environment that selects it. */
export interface FreshDb {
  kind: DbKind;
  /** Temporary directory for the SQLite file, the secret and anything else the API writes. */
  dir: string;
  env: Record<string, string>;
  sqliteFile: string;
  /** Reads with `$1`-style parameters on either database, beside the running API. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** SQLite's `PRAGMA integrity_check` ('ok' when sound); 'ok' on PostgreSQL. */
  integrityCheck(): Promise<string>;
  drop(): Promise<void>;
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Drops a test database once its connections are gone. Ending a pg pool (ours, or TypeORM's at
 * app.close) resolves before its sockets close; a FORCE drop at that moment kills a backend mid
 * goodbye, and its client reports the 57P01 as an unhandled error. FORCE stays, for connections a
 * failed test left open.
 */
export async function dropDatabaseWhenClosed(name: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    for (let wait = 0; wait < 50; wait++) {
      const { rows } = await client.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [name],
      );
      if (rows[0]!.n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

export async function freshDb(kind: DbKind): Promise<FreshDb> {
  const dir = mkdtempSync(join(tmpdir(), 'frontstage-rel-'));
  const sqliteFile = join(dir, 'frontstage.db');
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    FRONTSTAGE_DB: sqliteFile,
    FRONTSTAGE_SECRET: randomBytes(24).toString('hex'),
    FRONTSTAGE_DEMO_PASSWORD: PASSWORD,
    FRONTSTAGE_BLUEPRINTS: FIXTURES,
    FRONTSTAGE_EDITOR: join(dir, 'no-editor'),
  };
  let pool: pg.Pool | null = null;
  let name = '';
  if (kind === 'postgres') {
    name = `frontstage_rel_${randomBytes(6).toString('hex')}`;
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 2 });
  }
  let lite: Database.Database | null = null;
  const sqlite = () => (lite ??= new Database(sqliteFile, { readonly: true, fileMustExist: true }));
  return {
    kind,
    dir,
    env,
    sqliteFile,
    async query<T>(sql: string, params: unknown[] = []) {
      if (pool) return (await pool.query(sql, params)).rows as T[];
      return sqlite()
        .prepare(sql.replace(/\$\d+/g, '?'))
        .all(...params) as T[];
    },
    async integrityCheck() {
      if (kind === 'postgres') return 'ok';
      lite?.close();
      lite = null;
      const db = new Database(sqliteFile, { fileMustExist: true });
      try {
        const rows = db.pragma('integrity_check') as { integrity_check: string }[];
        return rows.map((r) => r.integrity_check).join('; ');
      } finally {
        db.close();
      }
    },
    async drop() {
      lite?.close();
      lite = null;
      await pool?.end();
      if (name) await dropDatabaseWhenClosed(name);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
