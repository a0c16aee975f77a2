// npm run bench:scale: ticket events per second and their latency with 1, 2 and 3 API instances on
// one PostgreSQL database, beside a single instance on SQLite, in one run. Each phase starts fresh
// instances (child processes) on a fresh database, opens tickets, then keeps CONNECTIONS
// connections busy for DURATION seconds, spread round-robin over the instances as a load balancer
// would. A benchmark, not a test: it prints figures and exits.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { openStream, type Heard } from '../scale/support/sse.js';
import { cpuMs, freePort, login, openRepairs, PASSWORD, post, sendCycleEvent, stopped } from './support.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 48);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
/** Tickets each connection cycles through: a ticket's history grows with each event, and a real one sees tens, not hundreds. */
const PER_CONNECTION = 20;
const ADMIN_URL = process.env.FRONTSTAGE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));
async function admin(sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  return (await client.query(sql, params).finally(() => client.end())).rows;
}

/** Transactions committed so far in one database (the statistics collector lags by up to a second). */
async function commits(db: string): Promise<number> {
  await sleep(1_000);
  const [row] = await admin('SELECT xact_commit FROM pg_stat_database WHERE datname = $1', [db]);
  return Number(row?.xact_commit ?? 0);
}

async function startInstance(env: Record<string, string>): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const profile = process.env.BENCH_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
    : [];
  const child = spawn(process.execPath, [...profile, join(ROOT, 'api/dist/main.js')], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`instance exited with ${child.exitCode}`);
    const up = await fetch(`${base}/api/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (up) return { base, child };
    await sleep(100);
  }
  throw new Error(`${base} did not come up`);
}

interface Ticket {
  id: string;
  version: number;
  step: number;
}

/**
 * CONNECTIONS closed loops, each owning PER_CONNECTION tickets (so no two requests race for one ticket) and
 * talking to one instance; latency is measured per request, over all instances together.
 */
async function drive(bases: string[], tickets: Ticket[], tokens: Record<string, string>) {
  const agents = bases.map(() => new Agent({ keepAlive: true, maxSockets: CONNECTIONS }));
  const latencies: number[] = [];
  let ok = 0;
  let failed = 0;
  const started = performance.now();
  const end = started + DURATION * 1000;
  const urls = bases.map((b) => new URL(b));
  const send = async (c: number, t: Ticket) => {
    const began = performance.now();
    const status = await sendCycleEvent(agents[c % bases.length]!, urls[c % bases.length]!, t.id, t, tokens);
    latencies.push(performance.now() - began);
    if (status === 200) ok++;
    else failed++;
  };
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, c) => {
      for (let i = 0; performance.now() < end; i++)
        await send(c, tickets[c * PER_CONNECTION + (i % PER_CONNECTION)]!);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  for (const a of agents) a.destroy();
  latencies.sort((x, y) => x - y);
  const pct = (p: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]! * 10) / 10;
  return { 'events/s': Math.round(ok / seconds), 'p50 ms': pct(0.5), 'p99 ms': pct(0.99), ok, failed };
}

/** The PostgreSQL server's processes on this machine (its backends come and go with connections). */
function postgresPids(): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
      } catch {
        return false;
      }
    });
}

/**
 * Live-update latency: ten tickets opened through the last instance, each timed from its request
 * until the first instance's stream hears it (what test/scale asserts only arrives). Max, in ms.
 */
async function liveUpdateMs(bases: string[], frontdesk: string): Promise<number> {
  const { token } = await post(bases[0]!, '/api/auth/login', { username: 'supervisor', password: PASSWORD });
  const stream = await openStream(`${bases[0]}/api/stream?access_token=${String(token)}`);
  let max = 0;
  try {
    for (let i = 0; i < 10; i++) {
      const at = performance.now();
      const { id } = await post(
        bases.at(-1)!,
        '/api/tickets',
        { facts: { description: `live ${i}` } },
        frontdesk,
      );
      const heard = (h: Heard[]) => h.find((e) => e.data.ticketId === id);
      if (!(await stream.until((h) => heard(h) !== undefined, 30_000)))
        throw new Error('live update not heard');
      max = Math.max(max, heard(stream.heard)!.at - at);
    }
  } finally {
    await stream.close();
  }
  return Math.round(max);
}

/** One phase: `count` fresh instances on a fresh database, tickets opened, then driven. */
async function phase(name: string, kind: 'sqlite' | 'postgres', count: number) {
  const dir = mkdtempSync(join(tmpdir(), 'frontstage-bench-scale-'));
  const db = `frontstage_bench_${randomBytes(5).toString('hex')}`;
  const env: Record<string, string> = {
    FRONTSTAGE_SECRET: randomBytes(24).toString('hex'),
    FRONTSTAGE_DEMO_PASSWORD: PASSWORD,
    FRONTSTAGE_BLUEPRINTS: join(ROOT, 'api/test/fixtures/blueprints'),
    FRONTSTAGE_EDITOR: join(dir, 'none'),
    LOG_LEVEL: 'warn',
  };
  if (kind === 'postgres') {
    await admin(`CREATE DATABASE ${db}`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${db}`;
    env.DATABASE_URL = url.toString();
  } else env.FRONTSTAGE_DB = join(dir, 'bench.db');
  const instances: { base: string; child: ChildProcess }[] = [];
  try {
    // The first seeds; the others find it done.
    instances.push(await startInstance(env));
    instances.push(...(await Promise.all(Array.from({ length: count - 1 }, () => startInstance(env)))));
    const bases = instances.map((i) => i.base);
    const tokens = await login(bases[0]!);
    const ids = await openRepairs(
      CONNECTIONS * PER_CONNECTION,
      CONNECTIONS,
      (i) => bases[i % bases.length]!,
      tokens.frontdesk!,
    );
    const tickets: Ticket[] = ids.map((id) => ({ id, version: 2, step: 0 }));
    const pids = instances.map((i) => i.child.pid!);
    const committedBefore = kind === 'postgres' ? await commits(db) : 0;
    const before = { api: cpuMs(pids), db: cpuMs(postgresPids()) };
    const driven = await drive(bases, tickets, tokens);
    // Backends of this phase outlive it only as long as its instances, which are still up here.
    const after = { api: cpuMs(pids), db: cpuMs(postgresPids()) };
    const committed = kind === 'postgres' ? (await commits(db)) - committedBefore : 0;
    const live = await liveUpdateMs(bases, tokens.frontdesk!);
    const perEvent = (ms: number) => Math.round((ms / Math.max(1, driven.ok)) * 1000);
    return {
      name,
      instances: count,
      ...driven,
      'API CPU µs/event': perEvent(after.api - before.api),
      'PostgreSQL CPU µs/event': kind === 'postgres' ? perEvent(after.db - before.db) : 0,
      // Reads commit too (one each); what group commit saves shows as fewer than two per event.
      'commits/event': kind === 'postgres' ? Math.round((committed / Math.max(1, driven.ok)) * 100) / 100 : 0,
      'live update max ms': live,
    };
  } finally {
    await Promise.all(instances.map((i) => stopped(i.child)));
    if (kind === 'postgres') await admin(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    rmSync(dir, { recursive: true, force: true });
  }
}

const load = loadavg()[0]!.toFixed(1);
const rows = [
  await phase('SQLite', 'sqlite', 1),
  await phase('PostgreSQL', 'postgres', 1),
  await phase('PostgreSQL', 'postgres', 2),
  await phase('PostgreSQL', 'postgres', 3),
];
console.table(rows);
console.log(
  `${CONNECTIONS} connections, ${DURATION} s per phase, ${cpus().length} cores (load average ${load} at the start): instances, database and this driver share them.`,
);
