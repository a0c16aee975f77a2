// npm run bench:api: the API on SQLite (WAL, every answer after its fsync) driven over HTTP with ticket events
// by autocannon, at saturation and at a fixed 1,000 events/s, twice (the log synced on a thread, the
// default; then FRONTSTAGE_SQLITE_SYNC=full, the fsync inside each COMMIT on the event loop), beside a
// bare Fastify + better-sqlite3 server doing the same durable writes (synchronous=FULL). Beside latency it
// prints the server's CPU time per event (from /proc): on this noisy 2-core machine p99 swings by 2x from
// run to run, CPU per event far less, and at a fixed rate it is what decides how busy the event loop is.
// BENCH_WRITE_IOPS=6000 runs every server on a disk like the reference (see disk-limit.ts).
// A benchmark, not a test: it prints figures and exits.
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { diagLaunch, diagnose, diagnosing } from './diag.js';
import { diskLimit, writeIops } from './disk-limit.js';
import { cpuMs, cycleEvent, freePort, login, openRepairs, PASSWORD, stopped } from './support.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CONNECTIONS = 50;
const DURATION = Number(process.env.BENCH_DURATION ?? 20);
const FIXED_RATE = 1000;
/**
 * Tickets the events are spread over. A ticket's path and history grow with every event, and a
 * real repair sees tens of events, not hundreds: 1,000 tickets keep each near the thirty-odd
 * events it gets in a run, where 100 would have dragged each through some three hundred.
 */
const TICKETS = Number(process.env.BENCH_TICKETS ?? 1000);

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(url, { method: 'POST' });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up`);
}

import { fixedRateInChild, type Track } from './fixed-rate.js';

function drive(base: string, tickets: Map<string, Track>, tokens: Record<string, string>) {
  const free = [...tickets.keys()];
  return autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [
      {
        method: 'POST' as const,
        // autocannon may prepare a connection's next request before the last answer arrives, so the
        // ticket travels in the request id that the server echoes, not in the connection's context.
        setupRequest: (req: autocannon.Request): autocannon.Request => {
          const id = free.shift()!;
          const track = tickets.get(id)!;
          const { authorization, body } = cycleEvent(track, tokens);
          return {
            ...req,
            path: `/api/tickets/${id}/events`,
            headers: {
              'content-type': 'application/json',
              authorization,
              'x-request-id': `${id}.${track.step}`,
            },
            body,
          };
        },
        onResponse: (
          status: number,
          body: string,
          _context: object,
          headers: Record<string, string | string[] | undefined> | undefined,
        ): void => {
          const id = String(headers?.['x-request-id']).split('.')[0]!;
          if (status === 200) {
            const track = tickets.get(id)!;
            track.version = (JSON.parse(body) as { version: number }).version;
            track.step += 1;
          }
          free.push(id);
        },
      },
    ],
  });
}

const STEP_OF_STATE: Record<string, number> = { dispatch: 0, fix: 1, callback: 2 };

/** Commands cut off when a run ends may still have been applied: re-read every ticket. */
async function resync(base: string, tickets: Map<string, Track>, token: string) {
  for (const [id, track] of tickets) {
    const res = await fetch(`${base}/api/tickets/${id}`, { headers: { authorization: `Bearer ${token}` } });
    const t = (await res.json()) as { version: number; state: string };
    track.version = t.version;
    track.step = STEP_OF_STATE[t.state] ?? 0;
  }
}

function summary(name: string, r: autocannon.Result, cpu: number) {
  const ok = r['2xx'];
  return {
    name,
    'events/s': Math.round(ok / r.duration),
    'p50 ms': r.latency.p50,
    'p99 ms': r.latency.p99,
    'server CPU ms/event': perEvent(cpu, ok),
    ok,
    'non-2xx': r.non2xx,
    errors: r.errors,
  };
}

/** The server's CPU time (all its threads) per answered event: steadier than latency on a noisy machine. */
const perEvent = (cpu: number, ok: number) => Math.round((cpu / Math.max(1, ok)) * 100) / 100;

/** Runs `phase`, and returns its result and the CPU time (ms) process `pid` used meanwhile. */
async function measured<T>(pid: number, phase: () => Promise<T>): Promise<[T, number]> {
  const before = cpuMs([pid]);
  const result = await phase();
  return [result, cpuMs([pid]) - before];
}

/** With BENCH_DIAG: per API run, what held answers back at the fixed rate (printed after the table). */
const diagnoses: string[] = [];

/** The API with `sync` as FRONTSTAGE_SQLITE_SYNC: `thread` (the default) or `full`. */
async function benchApi(sync: 'thread' | 'full') {
  const label = sync === 'thread' ? 'API' : 'API, sync=full';
  const dir = mkdtempSync(join(tmpdir(), 'frontstage-bench-'));
  const port = await freePort();
  const diag = diagLaunch(join(dir, 'diag.log'));
  const limit = diskLimit(dir);
  const child = spawn(
    ...limit.wrap(process.execPath, [
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
      ...diag.args,
      join(ROOT, 'api/dist/main.js'),
    ]),
    {
      env: {
        ...process.env,
        ...diag.env,
        PORT: String(port),
        FRONTSTAGE_DB: join(dir, 'bench.db'),
        FRONTSTAGE_DEMO_PASSWORD: PASSWORD,
        FRONTSTAGE_BLUEPRINTS: join(ROOT, 'api/test/fixtures/blueprints'),
        FRONTSTAGE_EDITOR: join(dir, 'none'),
        LOG_LEVEL: 'warn',
        FRONTSTAGE_SQLITE_SYNC: sync,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/api/auth/login`, child);
    const tokens = await login(base);
    const ids = await openRepairs(TICKETS, CONNECTIONS, () => base, tokens.frontdesk!);
    const tickets = new Map<string, Track>(ids.map((id) => [id, { version: 2, step: 0 }]));
    const saturated = summary(
      `${label} saturation`,
      ...(await measured(child.pid!, () => drive(base, tickets, tokens))),
    );
    await resync(base, tickets, tokens.dispatcher!);
    const fixedFrom = Date.now();
    const [fixed, cpu] = await measured(child.pid!, () =>
      fixedRateInChild({
        base,
        tickets: [...tickets],
        tokens,
        rate: FIXED_RATE,
        seconds: Math.max(10, Math.round(DURATION / 2)),
        connections: CONNECTIONS,
      }),
    );
    if (diagnosing)
      diagnoses.push(
        `${label} at ${FIXED_RATE}/s: ${diagnose(join(dir, 'diag.log'), fixedFrom, Date.now())}`,
      );
    return [
      saturated,
      { ...fixed, name: `${label} at ${FIXED_RATE}/s`, 'server CPU ms/event': perEvent(cpu, fixed.ok) },
    ];
  } finally {
    await stopped(child);
    limit.remove();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchBare() {
  const dir = mkdtempSync(join(tmpdir(), 'frontstage-bench-bare-'));
  const port = await freePort();
  const limit = diskLimit(dir);
  const child = spawn(
    ...limit.wrap(process.execPath, [
      join(ROOT, 'test/bench/api-bare-server.mjs'),
      String(port),
      join(dir, 'bare.db'),
      String(TICKETS),
    ]),
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/api/tickets/none/events`, child);
    const tickets = new Map(Array.from({ length: TICKETS }, (_, i) => [`t${i}`, { version: 2, step: 0 }]));
    const tokens = { frontdesk: 'x', dispatcher: 'x', engineer: 'x' };
    return [
      summary('bare Fastify + SQLite', ...(await measured(child.pid!, () => drive(base, tickets, tokens)))),
    ];
  } finally {
    await stopped(child);
    limit.remove();
    rmSync(dir, { recursive: true, force: true });
  }
}

const api = await benchApi('thread');
const full = await benchApi('full');
const bare = await benchBare();
const rows = [...api, ...full, ...bare];
console.table(rows);
const ratio = api[0]!['events/s'] / Math.max(1, bare[0]!['events/s']);
console.log(
  `API / bare at saturation: ${(ratio * 100).toFixed(0)} %  (goal >= 50 %); goal >= 2,000 events/s; at ${FIXED_RATE}/s goal p50 <= 10 ms, p99 <= 50 ms; ${CONNECTIONS} connections over ${TICKETS} tickets`,
);
if (writeIops) console.log(`Every server's writes limited to ${writeIops}/s (BENCH_WRITE_IOPS)`);
for (const line of diagnoses) console.log(line);
