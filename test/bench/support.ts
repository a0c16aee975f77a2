// What the benchmarks share: for the HTTP ones (api.bench.ts, scale.bench.ts) ports, JSON posts,
// logins, the repair tickets they drive and stopping their servers; for the per-database ones
// (search.bench.ts, estate.bench.ts) running each database and failing on empty answers.
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request, type Agent } from 'node:http';
import { createServer } from 'node:net';

export const PASSWORD = 'bench-password';

/** The repair cycle that never ends: dispatch → fix → callback (unsatisfied) → dispatch… */
export const CYCLE = [
  { type: 'DISPATCHED', as: 'dispatcher' },
  { type: 'RESOLVED', as: 'engineer' },
  { type: 'CALLBACK_DONE', as: 'frontdesk', data: { satisfaction: 1 } },
] as const;

export const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });

export async function post(base: string, path: string, body: unknown, token?: string) {
  const res = await fetch(base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const parsed = (await res.json()) as Record<string, unknown>;
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(parsed)}`);
  return parsed;
}

/** Bearer tokens of the demo users the cycle needs. */
export async function login(base: string): Promise<Record<string, string>> {
  const tokens: Record<string, string> = {};
  for (const u of ['frontdesk', 'dispatcher', 'engineer'])
    tokens[u] = (await post(base, '/api/auth/login', { username: u, password: PASSWORD })).token as string;
  return tokens;
}

/**
 * Opens `count` repair tickets and records each (version 2, waiting for dispatch), `parallel` at a
 * time; ticket i goes through `baseOf(i)`. Returns their ids in order.
 */
export async function openRepairs(
  count: number,
  parallel: number,
  baseOf: (i: number) => string,
  frontdesk: string,
): Promise<string[]> {
  const ids: string[] = [];
  const open = async (i: number) => {
    const base = baseOf(i);
    const t = await post(base, '/api/tickets', { facts: { description: `bench ${i}` } }, frontdesk);
    await post(
      base,
      `/api/tickets/${t.id}/events`,
      { type: 'RECORDED', data: { location: 'bench' }, expectedVersion: 1 },
      frontdesk,
    );
    ids[i] = t.id as string;
  };
  for (let i = 0; i < count; i += parallel)
    await Promise.all(Array.from({ length: Math.min(parallel, count - i) }, (_, j) => open(i + j)));
  return ids;
}

/** Where a ticket is in the cycle: its version and how many events it has been through. */
export interface CyclePosition {
  version: number;
  step: number;
}

/** The ticket's next event of the cycle: its JSON body and the authorization of the role that sends it. */
export function cycleEvent(at: CyclePosition, tokens: Record<string, string>) {
  const e = CYCLE[at.step % CYCLE.length]!;
  const body = JSON.stringify({
    type: e.type,
    ...('data' in e ? { data: e.data } : {}),
    expectedVersion: at.version,
  });
  return { authorization: `Bearer ${tokens[e.as]}`, body };
}

/**
 * POSTs the ticket's next event of the cycle over `agent` (raw node:http, lighter than fetch under
 * load) and resolves with the status, after moving `at` on if it was accepted; 0 on a network error.
 */
export function sendCycleEvent(
  agent: Agent,
  base: URL,
  id: string,
  at: CyclePosition,
  tokens: Record<string, string>,
): Promise<number> {
  const { authorization, body } = cycleEvent(at, tokens);
  return new Promise((done) => {
    const req = request(
      {
        host: base.hostname,
        port: base.port,
        method: 'POST',
        path: `/api/tickets/${id}/events`,
        agent,
        headers: {
          'content-type': 'application/json',
          authorization,
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          if (res.statusCode === 200) {
            at.version = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { version: number }).version;
            at.step += 1;
          }
          done(res.statusCode ?? 0);
        });
      },
    );
    req.on('error', () => done(0));
    req.end(body);
  });
}

/** CPU time (user + system, ms) used so far by these processes; Linux's /proc, gone processes count 0. */
export function cpuMs(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // exited
    }
  }
  return ticks * 10;
}

/** Stops a server and waits for it; one that already exited (it failed to start) is not waited for. */
export async function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/**
 * Runs `bench` on each database in turn; each run returns the cases that found nothing where they
 * should. Exits 1 naming them (a timing of an empty answer measures nothing), or on an error.
 * @example benchEachDatabase(['sqlite', 'postgres'], async (kind) => { …; return empty; })
 */
export function benchEachDatabase(
  databases: readonly string[],
  bench: (kind: string) => Promise<string[]>,
): void {
  const main = async () => {
    const empty: string[] = [];
    for (const kind of databases) empty.push(...(await bench(kind)));
    if (empty.length) {
      process.exitCode = 1;
      console.error(
        `\n${empty.map((name) => `"${name}"`).join(', ')}: 0 rows; a timing of an empty answer measures nothing`,
      );
    }
  };
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
