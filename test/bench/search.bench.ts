// npm run bench:search: issue #27's goal, finding a ticket by what a caller knows among 1,000,000
// tickets (p95 <= 200 ms), on SQLite and on PostgreSQL. Seeds the estate and tickets of
// estate-seed.ts with Chinese descriptions from phrase pools (search-seed.ts), then times the
// console queue's searches: a two-character word, a longer one, two words, a room as typed, the
// last four digits of a phone, a week and a word, a word no ticket has. Prints p50/p95 over RUNS
// runs and the rows each case found (the total the queue counts, the fewest over its runs); exits 1
// naming a case that should find tickets and found none.
// The seeded databases are kept and reused (SQLite: a file in the temporary folder; PostgreSQL: a
// database on FRONTSTAGE_TEST_PG's server): BENCH_REBUILD=1 seeds them again. BENCH_DB=sqlite|postgres
// runs one database; BENCH_TICKETS and BENCH_RUNS shrink it for a quick check, BENCH_CASES picks cases.
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createApp, createLogger, loadConfig, type SearchIndexRow } from '@frontstage/api';
import { seedEstateScale, siteId, type SeedDb } from './estate-seed.js';
import { seedSearchIndex } from './search-seed.js';
import { benchEachDatabase } from './support.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TICKETS = Number(process.env.BENCH_TICKETS ?? 1_000_000);
const RUNS = Math.max(30, Number(process.env.BENCH_RUNS ?? 40));
const DATABASES = (process.env.BENCH_DB ?? 'sqlite,postgres').split(',');
const REBUILD = process.env.BENCH_REBUILD === '1';
const END = new Date('2026-11-01T00:00:00.000Z');
const PASSWORD = 'bench-password';
const CACHE = join(tmpdir(), 'frontstage-search-bench');
/** Written last by a seed: a database without it was left half-seeded. */
const SEEDED = 'bench_search_seeded';

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

function sqliteDb(file: string) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF'); // a bulk load for a benchmark: durability is not what is measured
  const seedDb: SeedDb = {
    kind: 'sqlite',
    run: async (sql, params = []) => void db.prepare(sql).run(...params),
    all: async <T>(sql: string, params: unknown[] = []) => db.prepare(sql).all(...params) as T[],
  };
  // As the API writes them: the ticket's row in ticket_search_rows gives the FTS5 row its rowid.
  const insertRow = db.prepare(
    'INSERT INTO ticket_search_rows (ticket_id, site_id, created_at) VALUES (?, ?, ?)',
  );
  const insertText = db.prepare('INSERT INTO ticket_search (rowid, body, pairs) VALUES (?, ?, ?)');
  const insertAll = db.transaction((rows: SearchIndexRow[]) => {
    for (const r of rows)
      insertText.run(insertRow.run(r.ticketId, r.siteId, r.createdAt).lastInsertRowid, r.body, r.pairs);
  });
  return {
    db: seedDb,
    insert: async (rows: SearchIndexRow[]) => insertAll(rows),
    close: async () => {
      db.exec('ANALYZE');
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}

async function postgresDb(url: string) {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  const db: SeedDb = {
    kind: 'postgres',
    run: async (sql, params = []) => void (await client.query(sql, params)),
    all: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
  };
  return {
    db,
    insert: async (rows: SearchIndexRow[]) => {
      for (let at = 0; at < rows.length; at += 1000) {
        const slice = rows.slice(at, at + 1000);
        await client.query(
          `INSERT INTO ticket_search (ticket_id, site_id, created_at, body, pairs)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])`,
          (['ticketId', 'siteId', 'createdAt', 'body', 'pairs'] as const).map((k) => slice.map((r) => r[k])),
        );
      }
    },
    close: async () => {
      await client.query('VACUUM ANALYZE');
      await client.end();
    },
  };
}

/** Whether a database holds a finished seed of this size. */
async function seeded(db: SeedDb): Promise<boolean> {
  try {
    const [row] = await db.all<{ tickets: number | string }>(`SELECT tickets FROM ${SEEDED}`);
    return Number(row?.tickets) === TICKETS;
  } catch {
    return false;
  }
}

/** The kept PostgreSQL database of this size (made when missing), on FRONTSTAGE_TEST_PG's server or a throwaway one. */
async function postgresUrl(): Promise<{ url: string; fresh: boolean; stop: () => Promise<void> }> {
  const setup = (await import(pathToFileURL(join(ROOT, 'scripts/test-postgres.mjs')).href)) as {
    default: () => Promise<(() => Promise<void>) | undefined>;
  };
  const teardown = await setup.default();
  const admin = process.env.FRONTSTAGE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `bench_search_${TICKETS}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  const exists = (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
  if (exists && REBUILD) await client.query(`DROP DATABASE ${name} WITH (FORCE)`);
  if (!exists || REBUILD) await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { url: url.toString(), fresh: !exists || REBUILD, stop: async () => void (await teardown?.()) };
}

async function bench(kind: string): Promise<string[]> {
  mkdirSync(CACHE, { recursive: true });
  const file = join(CACHE, `search-${TICKETS}.db`);
  if (kind === 'sqlite' && REBUILD)
    for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  const pgDb = kind === 'postgres' ? await postgresUrl() : null;
  const env = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    FRONTSTAGE_DB: file,
    ...(pgDb ? { DATABASE_URL: pgDb.url } : {}),
    FRONTSTAGE_SECRET: 'bench-secret-bench-secret',
    FRONTSTAGE_DEMO_PASSWORD: PASSWORD,
    FRONTSTAGE_BLUEPRINTS: join(ROOT, 'blueprints'),
    FRONTSTAGE_EDITOR: join(CACHE, 'none'),
  };
  const config = loadConfig(env, CACHE);
  try {
    // Opening applies pending migrations: on a database seeded before one, this times the upgrade.
    const opening = performance.now();
    const first = await createApp(config, createLogger('silent'));
    await first.app.close();
    console.log(
      `\n${kind}: opened (pending migrations applied) in ${((performance.now() - opening) / 1000).toFixed(1)} s`,
    );
    const store = pgDb ? await postgresDb(pgDb.url) : sqliteDb(file);
    if (await seeded(store.db))
      console.log(`\n${kind}: reusing the seeded database (BENCH_REBUILD=1 seeds it again)`);
    else {
      const estate = await seedEstateScale(
        store.db,
        { units: 100_000, customers: 150_000, tickets: TICKETS },
        END,
      ).catch((error: unknown) => {
        throw new Error(
          `seeding failed (a half-seeded database is rebuilt by BENCH_REBUILD=1): ${String(error)}`,
        );
      });
      const index = await seedSearchIndex(store.db, store.insert);
      await store.db.run(`CREATE TABLE ${SEEDED} (tickets integer)`);
      await store.db.run(`INSERT INTO ${SEEDED} VALUES (${TICKETS})`);
      console.log(
        `\n${kind}: seeded ${estate.tickets.toLocaleString('en')} tickets in ${estate.seconds.toFixed(1)} s, indexed them in ${index.seconds.toFixed(1)} s`,
      );
    }
    await store.close();
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
      return { status: res.statusCode, body: res.json<Record<string, unknown>>() };
    };
    const ok = async (url: string, token: string) => {
      const res = await call('GET', url, token);
      if (res.status !== 200)
        throw new Error(`GET ${url}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
      return res.body;
    };
    const login = async (username: string) =>
      (await call('POST', '/api/auth/login', undefined, { username, password: PASSWORD })).body
        .token as string;
    const site = siteId(7);
    // 201 on a fresh database, 409 on a kept one.
    await call('POST', '/api/users', await login('admin'), {
      username: 'bench.frontdesk',
      password: PASSWORD,
      role: 'staff',
      jobRole: 'frontdesk',
      team: 'customer_service',
      sites: [site],
    });
    // The auditor sees all 1,000,000 tickets (and reads phones masked); the front desk its site's 20,000.
    const tokens = { auditor: await login('auditor'), frontdesk: await login('bench.frontdesk') };
    // As the seed spells its rooms: floors below 10 without a leading zero (7-1-301).
    const rooms = ['3栋2单元1101', '3-2-1101', '5号楼1单元802室', '12-2-2502', '7栋1单元301'];
    const week = `from=${encodeURIComponent(new Date(END.getTime() - 7 * 86_400_000).toISOString())}&to=${encodeURIComponent(END.toISOString())}`;
    const q = (text: string) => `q=${encodeURIComponent(text)}`;
    const cases: { name: string; as: keyof typeof tokens; finds: boolean; url: (i: number) => string }[] = [
      { name: 'two-character word (漏水)', as: 'auditor', finds: true, url: () => q('漏水') },
      { name: 'longer word (天花板渗水)', as: 'auditor', finds: true, url: () => q('天花板渗水') },
      { name: 'two words (电梯 困人)', as: 'auditor', finds: true, url: () => q('电梯 困人') },
      { name: 'two words (卫生间 漏水)', as: 'auditor', finds: true, url: () => q('卫生间 漏水') },
      {
        name: 'room as typed',
        as: 'auditor',
        finds: true,
        url: (i) => `room=${encodeURIComponent(rooms[i % rooms.length]!)}`,
      },
      {
        name: 'phone: last four digits',
        as: 'auditor',
        finds: true,
        url: (i) => `phone=${String(1 + ((i * 37) % 9999)).padStart(4, '0')}`,
      },
      { name: 'a week and a word (漏水)', as: 'auditor', finds: true, url: () => `${week}&${q('漏水')}` },
      { name: 'a word no ticket has (火星人)', as: 'auditor', finds: false, url: () => q('火星人') },
      { name: 'site front desk: word (漏水)', as: 'frontdesk', finds: true, url: () => q('漏水') },
      {
        name: 'site front desk: room and word',
        as: 'frontdesk',
        finds: true,
        url: () => `room=3-2-&${q('漏水')}`,
      },
    ];
    // BENCH_CASES=room,phone times only the cases whose names contain one of these.
    const only = process.env.BENCH_CASES?.split(',');
    const chosen = only ? cases.filter((c) => only.some((o) => c.name.includes(o))) : cases;
    console.log(`${kind}: ${RUNS} runs per case, GET /api/tickets?…&limit=50 (newest first)`);
    // cpu: this process's CPU time per request (p50), which other work on the machine does not
    // inflate; on SQLite it includes the queries, on PostgreSQL only the API's side.
    console.log('case                                   p50 ms   p95 ms   goal (p95)      rows   cpu ms');
    const empty: string[] = [];
    for (const c of chosen) {
      const times: number[] = [];
      const cpu: number[] = [];
      let rows = Infinity;
      let slowest = { ms: 0, url: '' };
      for (let i = 0; i < RUNS; i++) {
        const url = `/api/tickets?${c.url(i)}&limit=50`;
        // In-process injection: no network, so this is the server's time from request to reply.
        const began = performance.now();
        const used = process.cpuUsage();
        const body = await ok(url, tokens[c.as]);
        const ms = performance.now() - began;
        const { user, system } = process.cpuUsage(used);
        times.push(ms);
        cpu.push((user + system) / 1000);
        if (ms > slowest.ms) slowest = { ms, url: decodeURIComponent(url) };
        rows = Math.min(rows, Number(body.total));
      }
      times.sort((a, b) => a - b);
      cpu.sort((a, b) => a - b);
      const p95 = quantile(times, 0.95);
      if (c.finds && rows === 0) empty.push(`${kind}: ${c.name}`);
      console.log(
        `${c.name.padEnd(36)} ${quantile(times, 0.5).toFixed(1).padStart(7)} ${p95.toFixed(1).padStart(8)}   <= 200 ${p95 <= 200 ? 'ok  ' : 'SLOW'}  ${String(rows).padStart(8)} ${quantile(cpu, 0.5).toFixed(1).padStart(8)}`,
      );
      if (p95 > 200) console.log(`  slowest: ${slowest.url} ${slowest.ms.toFixed(1)} ms`);
    }
    await app.close();
    return empty;
  } finally {
    await pgDb?.stop();
  }
}

benchEachDatabase(DATABASES, bench);
