import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import request from 'supertest';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApp, type AppOptions } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { WRITE_SOURCE } from '../../src/database/database.module.js';
import { createLogger } from '../../src/logger.js';

export type DbKind = 'sqlite' | 'postgres';
// FRONTSTAGE_TEST_DB=sqlite narrows the suites run on both databases to SQLite (the mutation run).
export const DB_KINDS: DbKind[] =
  process.env.FRONTSTAGE_TEST_DB === 'sqlite' ? ['sqlite'] : ['sqlite', 'postgres'];
export const PASSWORD = 'demo-password-for-tests';
export const FIXTURES = resolve(import.meta.dirname, '../fixtures/blueprints');
export const SITE_CALENDAR = resolve(import.meta.dirname, '../../../blueprints/calendar/site.json');
const ADMIN_URL = process.env.FRONTSTAGE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A real API on a fresh database (temporary SQLite file, or a new PostgreSQL database), spoken to over HTTP. */
export interface Api {
  app: NestFastifyApplication;
  http: ReturnType<typeof request>;
  dataSource: DataSource;
  kind: DbKind;
  token(username: string): Promise<string>;
  /** Stops the app and starts a new one on the same database, as a restart of the process would. */
  restart(app?: AppOptions): Promise<void>;
  close(): Promise<void>;
}

export async function startApi(
  kind: DbKind,
  options: {
    editorDir?: string;
    production?: boolean;
    app?: AppOptions;
    calendarDir?: boolean;
    env?: NodeJS.ProcessEnv;
  } = {},
): Promise<Api> {
  const dir = mkdtempSync(join(tmpdir(), 'frontstage-api-'));
  let dropDatabase = async () => {};
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: options.production ? 'production' : 'test',
    LOG_LEVEL: 'silent',
    FRONTSTAGE_DB: join(dir, 'frontstage.db'),
    FRONTSTAGE_SECRET: randomBytes(24).toString('hex'),
    FRONTSTAGE_DEMO_PASSWORD: PASSWORD,
    FRONTSTAGE_BLUEPRINTS: FIXTURES,
    FRONTSTAGE_EDITOR: options.editorDir ?? join(dir, 'no-editor'),
    // The shipped site calendar, for tests of working-hours time standards.
    ...(options.calendarDir ? { FRONTSTAGE_CALENDAR: SITE_CALENDAR } : {}),
    ...options.env,
  };
  if (kind === 'postgres') {
    const name = `frontstage_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    dropDatabase = () => dropDatabaseWhenClosed(name);
  }
  const config = loadConfig(env, dir);
  const boot = async (appOptions?: AppOptions) => {
    const { app } = await createApp(
      config,
      createLogger(process.env.FRONTSTAGE_TEST_LOG ?? 'silent'),
      appOptions,
    );
    await app.getHttpAdapter().getInstance().ready();
    return app;
  };
  const tokens = new Map<string, string>();
  const api: Api = {
    app: await boot(options.app),
    http: undefined as unknown as Api['http'],
    dataSource: undefined as unknown as DataSource,
    kind,
    async token(username) {
      const cached = tokens.get(username);
      if (cached) return cached;
      const res = await api.http.post('/api/auth/login').send({ username, password: PASSWORD }).expect(200);
      tokens.set(username, res.body.token as string);
      return res.body.token as string;
    },
    async restart(appOptions) {
      await api.app.close();
      api.app = await boot(appOptions ?? options.app);
      attach();
    },
    async close() {
      await api.app.close();
      await dropDatabase();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  const attach = () => {
    api.http = request(api.app.getHttpServer());
    // The writer: tests that tamper with rows (to prove the audit chain and replay notice) must write.
    api.dataSource = api.app.get<DataSource>(WRITE_SOURCE);
  };
  attach();
  return api;
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

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Row counts of every table, to prove that refused input saved nothing. */
export async function tableCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [
    'users',
    'blueprint_drafts',
    'blueprint_versions',
    'ruleset_versions',
    'tickets',
    'timers',
    'timer_firings',
    'idempotency_keys',
    'ticket_comments',
    'attachments',
    'attachment_uploads',
    'ticket_attachments',
    'audit_entries',
    'sites',
    'user_sites',
    'buildings',
    'units',
    'common_areas',
    'customers',
    'customer_units',
  ]) {
    const [row] = (await dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`)) as { n: number | string }[];
    counts[table] = Number(row?.n ?? 0);
  }
  const [head] = (await dataSource.query('SELECT seq, hash FROM audit_head')) as {
    seq: number;
    hash: string;
  }[];
  counts.audit_head_seq = Number(head?.seq);
  return counts;
}
