// npm run bench:estate: issue #17's goals at a company's scale, on SQLite and on PostgreSQL. 50 sites,
// 100,000 units, 150,000 customers, 1,000,000 tickets (estate-seed.ts); then, as a site's front desk
// and engineer: unit/customer search as you type (p95 <= 50 ms), the site-scoped queue (<= 200 ms),
// the customer's history on the ticket page (<= 50 ms). Prints p50/p95 and the rows each case found
// (the fewest over its runs), and exits 1 naming a case that found none.
// BENCH_DB=sqlite|postgres runs one database; BENCH_TICKETS, BENCH_RUNS shrink it for a quick check.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createApp, createLogger, loadConfig } from '@frontstage/api';
import { seedEstateScale, siteId, uuidOf, type SeedDb } from './estate-seed.js';
import { benchEachDatabase } from './support.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TICKETS = Number(process.env.BENCH_TICKETS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const DATABASES = (process.env.BENCH_DB ?? 'sqlite,postgres').split(',');
const END = new Date('2026-11-01T00:00:00.000Z');
const PASSWORD = 'bench-password';
const SITE = 7;

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

function sqliteDb(file: string): SeedDb & { close(): void } {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF'); // a bulk load for a benchmark: durability is not what is measured
  return {
    kind: 'sqlite',
    run: async (sql, params = []) => void db.prepare(sql).run(...params),
    all: async <T>(sql: string, params: unknown[] = []) => db.prepare(sql).all(...params) as T[],
    close: () => {
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}

async function postgresDb(url: string): Promise<SeedDb & { close(): Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  // A seed that failed is reported by its query; the drop that follows must not crash the run first.
  client.on('error', () => undefined);
  await client.connect();
  return {
    kind: 'postgres',
    run: async (sql, params = []) => void (await client.query(sql, params)),
    all: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
    close: async () => {
      await client.query('ANALYZE');
      await client.end();
    },
  };
}

/** A PostgreSQL database for this run: on FRONTSTAGE_TEST_PG's server, or a throwaway server the tests' setup starts. */
async function postgresUrl(): Promise<{ url: string; drop: () => Promise<void> }> {
  const setup = (await import(pathToFileURL(join(ROOT, 'scripts/test-postgres.mjs')).href)) as {
    default: () => Promise<(() => Promise<void>) | undefined>;
  };
  const teardown = await setup.default();
  const admin = process.env.FRONTSTAGE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `bench_estate_${process.pid}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
      await teardown?.();
    },
  };
}

async function bench(kind: string) {
  const dir = mkdtempSync(join(tmpdir(), 'frontstage-estate-bench-'));
  const pgDb = kind === 'postgres' ? await postgresUrl() : null;
  const env = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    FRONTSTAGE_DB: join(dir, 'bench.db'),
    ...(pgDb ? { DATABASE_URL: pgDb.url } : {}),
    FRONTSTAGE_SECRET: 'bench-secret-bench-secret',
    FRONTSTAGE_DEMO_PASSWORD: PASSWORD,
    FRONTSTAGE_BLUEPRINTS: join(ROOT, 'blueprints'),
    FRONTSTAGE_EDITOR: join(dir, 'none'),
  };
  const config = loadConfig(env, dir);
  try {
    const first = await createApp(config, createLogger('silent'));
    await first.app.close();
    const db = pgDb ? await postgresDb(pgDb.url) : sqliteDb(join(dir, 'bench.db'));
    const seeded = await seedEstateScale(db, { units: 100_000, customers: 150_000, tickets: TICKETS }, END);
    await db.close();
    console.log(
      `\n${kind}: seeded ${seeded.sites} sites, ${seeded.units.toLocaleString('en')} units, ${seeded.customers.toLocaleString('en')} customers, ${seeded.tickets.toLocaleString('en')} tickets in ${seeded.seconds.toFixed(1)} s`,
    );
    const { app } = await createApp(config, createLogger('silent'), { scheduler: { enabled: false } });
    await app.init();
    const fastify = app.getHttpAdapter().getInstance();
    await fastify.ready();
    const call = async (method: 'GET' | 'POST', url: string, token?: string, payload?: unknown) => {
      const res = await fastify.inject({
        method,
        url,
        ...(payload ? { payload: payload as object } : {}),
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      if (res.statusCode >= 300)
        throw new Error(`${method} ${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
      return res.json<Record<string, unknown>>();
    };
    const login = async (username: string) =>
      (await call('POST', '/api/auth/login', undefined, { username, password: PASSWORD })).token as string;
    const admin = await login('admin');
    const site = siteId(SITE);
    for (const [username, jobRole, team] of [
      ['bench.frontdesk', 'frontdesk', 'customer_service'],
      ['bench.engineer', 'engineer', 'engineering'],
    ] as const)
      await call('POST', '/api/users', admin, {
        username,
        password: PASSWORD,
        role: 'staff',
        jobRole,
        team,
        sites: [site],
      });
    const tokens = { frontdesk: await login('bench.frontdesk'), engineer: await login('bench.engineer') };
    // Tickets of the site (ticket m is at unit ((m * 7919) mod 100,000) + 1): found through the API.
    const page = await call('GET', `/api/tickets?site=${site}&limit=50`, tokens.frontdesk);
    const tickets = page.items as { id: string; customerId: string | null }[];
    const ticketIds = tickets.map((t) => t.id);
    const customer = tickets.find((t) => t.customerId)?.customerId ?? uuidOf('c', (SITE - 1) * 2_000 + 1);
    const typing = ['3-', '3-2', '3-2-1', '3-2-10', '3-2-1001', '3栋2单元10', '王', '王伟', '1390001'];
    const cases: {
      name: string;
      goalMs: number;
      as: keyof typeof tokens;
      url: (i: number) => string;
      rows: (body: Record<string, unknown>) => number;
    }[] = [
      {
        name: 'search as you type: units, areas, customers',
        goalMs: 50,
        as: 'frontdesk',
        url: (i) => `/api/sites/${site}/locations?q=${encodeURIComponent(typing[i % typing.length]!)}`,
        rows: (b) => (b.items as unknown[]).length,
      },
      {
        name: 'unit search by code prefix',
        goalMs: 50,
        as: 'frontdesk',
        url: (i) => `/api/sites/${site}/units?q=${1 + (i % 20)}-${1 + (i % 2)}-1&limit=20`,
        rows: (b) => (b.items as unknown[]).length,
      },
      {
        name: 'queue: site engineer, open, by urgency',
        goalMs: 200,
        as: 'engineer',
        url: () => '/api/tickets?status=open&sort=urgency&limit=50',
        rows: (b) => (b.items as unknown[]).length,
      },
      {
        name: 'queue: site front desk, all, page 3',
        goalMs: 200,
        as: 'frontdesk',
        url: () => '/api/tickets?sort=urgency&limit=50&offset=100',
        rows: (b) => (b.items as unknown[]).length,
      },
      {
        name: 'ticket page: customer and history',
        goalMs: 50,
        as: 'frontdesk',
        url: (i) => `/api/tickets/${ticketIds[i % ticketIds.length]}`,
        rows: (b) => (b.customerHistory as unknown[]).length,
      },
      {
        name: "customer's requests",
        goalMs: 50,
        as: 'frontdesk',
        url: () => `/api/customers/${customer}/tickets?limit=20`,
        rows: (b) => (b.items as unknown[]).length,
      },
    ];
    console.log('case                                          p50 ms   p95 ms   goal (p95)        rows');
    const empty: string[] = [];
    for (const c of cases) {
      const times: number[] = [];
      let rows = Infinity;
      let slowest = { ms: 0, url: '' };
      for (let i = 0; i < RUNS; i++) {
        // In-process injection: no network, so this is the server's time from request to reply.
        const began = performance.now();
        const body = await call('GET', c.url(i), tokens[c.as]);
        const ms = performance.now() - began;
        times.push(ms);
        if (ms > slowest.ms) slowest = { ms, url: decodeURIComponent(c.url(i)) };
        rows = Math.min(rows, c.rows(body));
      }
      times.sort((a, b) => a - b);
      const p95 = quantile(times, 0.95);
      if (rows === 0) empty.push(`${kind}: ${c.name}`);
      console.log(
        `${c.name.padEnd(44)} ${quantile(times, 0.5).toFixed(1).padStart(7)} ${p95.toFixed(1).padStart(8)}   <= ${String(c.goalMs).padEnd(6)} ${p95 <= c.goalMs ? 'ok  ' : 'SLOW'}  ${String(rows).padStart(6)}`,
      );
      // Which request a slow case waited on: the one to look at.
      if (p95 > c.goalMs) console.log(`  slowest: ${slowest.url} ${slowest.ms.toFixed(1)} ms`);
    }
    await app.close();
    return empty;
  } finally {
    await pgDb?.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

benchEachDatabase(DATABASES, bench);
