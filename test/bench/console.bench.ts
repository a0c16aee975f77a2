// npm run bench:console: the staff queue, the audit search and the blueprint heatmap on a SQLite
// database of 100,000 tickets and about 1,000,000 audit entries (issue 7's performance goals:
// queue and search <= 200 ms server time at p95, a month's heatmap <= 1 s). Prints figures and the
// rows each case found (the fewest over its runs), and exits 1 naming any case that found none.
// BENCH_TICKETS=5000 seeds a smaller database (a quick check); BENCH_RUNS sets the runs per case.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createApp, createLogger, loadConfig } from '@frontstage/api';
import { seedLargeDatabase } from './console-seed.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TICKETS = Number(process.env.BENCH_TICKETS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const END = new Date('2026-11-01T00:00:00.000Z');
const PASSWORD = 'bench-password';

/** What a case's answer found: a page's items, or the tickets a heatmap counted. */
function rowsOf(body: { items?: unknown[]; tickets?: number }): number {
  if (Array.isArray(body.items)) return body.items.length;
  if (typeof body.tickets === 'number') return body.tickets;
  throw new Error(`an answer with neither items nor tickets: ${JSON.stringify(body).slice(0, 200)}`);
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'frontstage-console-bench-'));
  const env = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    FRONTSTAGE_DB: join(dir, 'bench.db'),
    FRONTSTAGE_SECRET: 'bench-secret-bench-secret',
    FRONTSTAGE_DEMO_PASSWORD: PASSWORD,
    FRONTSTAGE_BLUEPRINTS: join(ROOT, 'blueprints'),
    FRONTSTAGE_EDITOR: join(dir, 'none'),
  };
  const config = loadConfig(env, dir);
  try {
    // First start: migrations, shipped blueprints, demo users; then the bulk load beside it.
    const first = await createApp(config, createLogger('silent'));
    await first.app.close();
    const seeded = seedLargeDatabase(
      config.database.kind === 'sqlite' ? config.database.file : '',
      TICKETS,
      END,
    );
    console.log(
      `seeded ${seeded.tickets.toLocaleString('en')} tickets and ${seeded.entries.toLocaleString('en')} audit entries in ${seeded.seconds.toFixed(1)} s`,
    );
    const { app } = await createApp(config, createLogger('silent'), { scheduler: { enabled: false } });
    await app.init();
    const fastify = app.getHttpAdapter().getInstance();
    await fastify.ready();
    const login = async (username: string) =>
      (
        await fastify.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username, password: PASSWORD },
        })
      ).json<{ token: string }>().token;
    const tokens = {
      engineer: await login('engineer'),
      supervisor: await login('supervisor'),
      auditor: await login('auditor'),
    };
    const month = { from: '2026-09-01T00:00:00.000Z', to: '2026-10-01T00:00:00.000Z' };
    const cases: { name: string; goalMs: number; as: keyof typeof tokens; url: (i: number) => string }[] = [
      {
        name: 'queue: engineer, open, by urgency',
        goalMs: 200,
        as: 'engineer',
        url: () => '/api/tickets?status=open&sort=urgency&limit=50',
      },
      {
        name: 'queue: supervisor, open, by urgency, page 3',
        goalMs: 200,
        as: 'supervisor',
        url: () => '/api/tickets?status=open&sort=urgency&limit=50&offset=100',
      },
      {
        name: 'queue: supervisor, overdue emergencies',
        goalMs: 200,
        as: 'supervisor',
        url: () => '/api/tickets?class=emergency&overdue=true&limit=50',
      },
      {
        name: 'audit: a week, refused, by blueprint',
        goalMs: 200,
        as: 'auditor',
        url: (i) =>
          `/api/audit?blueprintKey=shared-repair&outcome=refused&from=2026-0${1 + (i % 9)}-01T00:00:00.000Z&to=2026-0${1 + (i % 9)}-08T00:00:00.000Z&limit=100`,
      },
      {
        name: 'audit: an actor, an event',
        goalMs: 200,
        as: 'auditor',
        // FIXED is the engineer's event in shared-repair (no shipped blueprint has a RESOLVED).
        url: () => '/api/audit?actorId=engineer&eventType=FIXED&limit=100',
      },
      {
        name: 'audit: a team, emergencies',
        goalMs: 200,
        as: 'auditor',
        url: () => '/api/audit?class=emergency&limit=100',
      },
      {
        name: 'heatmap: shared-repair, one month',
        goalMs: 1000,
        as: 'auditor',
        url: () => `/api/reports/heatmap/shared-repair?from=${month.from}&to=${month.to}`,
      },
    ];
    console.log(
      '\ncase                                              p50 ms   p95 ms   goal (p95)        rows',
    );
    const empty: string[] = [];
    for (const c of cases) {
      const times: number[] = [];
      // The fewest rows any run found: a query that finds nothing measures nothing.
      let rows = Infinity;
      const runs = c.goalMs > 200 ? Math.max(5, RUNS / 4) : RUNS;
      for (let i = 0; i < runs; i++) {
        // In-process injection: no network, so this is the server's time from request to reply.
        const began = performance.now();
        const res = await fastify.inject({
          method: 'GET',
          url: c.url(i),
          headers: { authorization: `Bearer ${tokens[c.as]}` },
        });
        times.push(performance.now() - began);
        if (res.statusCode !== 200)
          throw new Error(`${c.url(i)}: ${res.statusCode} ${res.body.slice(0, 300)}`);
        rows = Math.min(rows, rowsOf(res.json()));
      }
      times.sort((a, b) => a - b);
      const p95 = quantile(times, 0.95);
      if (rows === 0) empty.push(c.name);
      console.log(
        `${c.name.padEnd(48)} ${quantile(times, 0.5).toFixed(1).padStart(7)} ${p95.toFixed(1).padStart(8)}   <= ${String(c.goalMs).padEnd(6)} ${p95 <= c.goalMs ? 'ok  ' : 'SLOW'}  ${String(rows).padStart(6)}`,
      );
    }
    if (empty.length) {
      process.exitCode = 1;
      console.error(
        `\n${empty.map((name) => `"${name}"`).join(', ')}: 0 rows on the seeded data; a timing of an empty answer measures nothing (fix the seed or the query)`,
      );
    }
    await app.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
