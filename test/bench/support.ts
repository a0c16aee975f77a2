// What the HTTP benchmarks (api.bench.ts, scale.bench.ts) share: ports, JSON posts, logins and the
// repair tickets they drive.
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
