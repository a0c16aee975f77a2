// npm run bench:estate: imports an estate file of 100,000 units (one owner each, a tenant in one
// unit of five: about 120,000 holdings) into a new site through the API, as a site office would,
// and prints rows/s and the total time against issue 17's goal (<= 60 s); then times the unit
// search as you type on that site (goal p95 <= 50 ms). Exits 1 when the import misses its goal.
// BENCH_UNITS sets the number of units; BENCH_DB=postgres runs on a new database at
// FRONTSTAGE_TEST_PG (default postgres://postgres@127.0.0.1:5432/test) instead of SQLite.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { createApp, createLogger, loadConfig } from '@frontstage/api';

const ROOT = resolve(import.meta.dirname, '../..');
const UNITS = Number(process.env.BENCH_UNITS ?? 100_000);
const GOAL_S = 60;
const PASSWORD = 'bench-password';
const ADMIN_URL = process.env.FRONTSTAGE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚'];

/** The estate file: buildings of 2 entrances × 25 floors × 10 homes, each with an owner. */
function estateCsv(units: number): Buffer {
  const lines = ['楼栋,单元,房号,建筑面积,客户姓名,身份,电话,客户类别,入住日期'];
  for (let i = 0; i < units; i++) {
    const building = 101 + Math.floor(i / 500);
    const entrance = 1 + (Math.floor(i / 250) % 2);
    const room = `${1 + (Math.floor(i / 10) % 25)}${String(1 + (i % 10)).padStart(2, '0')}`;
    const name = `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / 20) % GIVEN.length]}${i % 7 ? '' : '华'}`;
    const unit = `${building},${entrance},${room},${80 + (i % 60)}`;
    lines.push(
      `${unit},${name},业主,135${String(i).padStart(8, '0')},${i % 17 ? '普通' : '重要;会员'},2020-01-01`,
    );
    if (i % 5 === 0) lines.push(`${unit},租户${i},租户,136${String(i).padStart(8, '0')},,2025-03-01`);
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
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

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'frontstage-estate-bench-'));
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    FRONTSTAGE_DB: join(dir, 'bench.db'),
    FRONTSTAGE_SECRET: 'bench-secret-bench-secret',
    FRONTSTAGE_DEMO_PASSWORD: PASSWORD,
    FRONTSTAGE_BLUEPRINTS: join(ROOT, 'blueprints'),
    FRONTSTAGE_EDITOR: join(dir, 'none'),
  };
  let drop = async () => {};
  if (process.env.BENCH_DB === 'postgres') {
    const name = `frontstage_bench_${randomBytes(4).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    drop = () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  const { app } = await createApp(loadConfig(env, dir), createLogger('silent'), {
    scheduler: { enabled: false },
  });
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.ready();
  try {
    const login = await fastify.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: PASSWORD },
    });
    const headers = { authorization: `Bearer ${login.json<{ token: string }>().token}` };
    const site = await fastify.inject({
      method: 'POST',
      url: '/api/sites',
      headers,
      payload: { id: 'bench', name: '基准测试苑' },
    });
    if (site.statusCode !== 201) throw new Error(`POST /api/sites: ${site.statusCode} ${site.body}`);
    const file = estateCsv(UNITS);
    const rows = file.toString('utf8').split('\r\n').length - 2;
    console.log(
      `estate file: ${UNITS.toLocaleString('en')} units, ${rows.toLocaleString('en')} rows, ${(file.length / 1e6).toFixed(1)} MB (${env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`,
    );
    const began = performance.now();
    const res = await fastify.inject({
      method: 'POST',
      url: '/api/sites/bench/estate/import',
      headers: { ...headers, 'content-type': 'text/csv', accept: 'application/x-ndjson' },
      payload: file,
    });
    const seconds = (performance.now() - began) / 1000;
    const lines = res.body.trim().split('\n');
    const last = JSON.parse(lines.at(-1)!) as { report?: Record<string, unknown>; error?: unknown };
    if (res.statusCode !== 200 || !last.report) throw new Error(`import: ${res.statusCode} ${lines.at(-1)}`);
    console.log(`report: ${JSON.stringify(last.report)}`);
    console.log(`progress lines: ${lines.length - 1}`);
    console.log(
      `import: ${seconds.toFixed(1)} s, ${Math.round(rows / seconds).toLocaleString('en')} rows/s (goal <= ${GOAL_S} s)`,
    );
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const q = encodeURIComponent(`${101 + (i % 200)}-${1 + (i % 2)}-${1 + (i % 25)}`);
      const t = performance.now();
      const page = await fastify.inject({ method: 'GET', url: `/api/sites/bench/locations?q=${q}`, headers });
      times.push(performance.now() - t);
      if (page.statusCode !== 200) throw new Error(`locations: ${page.statusCode} ${page.body}`);
    }
    times.sort((a, b) => a - b);
    const p = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!.toFixed(1);
    console.log(
      `unit search as you type (locations, 10 hits with occupants): p50 ${p(0.5)} ms, p95 ${p(0.95)} ms (goal <= 50 ms)`,
    );
    if (seconds > GOAL_S) {
      console.error(`the import took ${seconds.toFixed(1)} s, over the goal of ${GOAL_S} s`);
      process.exitCode = 1;
    }
  } finally {
    await app.close();
    await drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
