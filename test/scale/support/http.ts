import { PASSWORD, sleep } from './instance.js';

export interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  replayed: boolean;
}

/** One attempt; throws on a connection error or timeout. `key` goes out as Idempotency-Key and x-request-id. */
export async function call(
  base: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; key?: string; timeoutMs?: number } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.key) {
    headers['idempotency-key'] = options.key;
    headers['x-request-id'] = options.key;
  }
  const res = await fetch(base + path, {
    method,
    headers,
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    signal: AbortSignal.timeout(options.timeoutMs ?? 20_000),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, body, replayed: res.headers.get('idempotent-replayed') === 'true' };
}

/** A GET that must succeed: retried through connection errors, fails on any other status. */
export async function read(base: string, path: string, token: string): Promise<Answer['body']> {
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await call(base, 'GET', path, { token, timeoutMs: 60_000 });
      if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    } catch (error) {
      if (attempt >= 20 || (error as Error).message.startsWith('GET ')) throw error;
      await sleep(100);
    }
  }
}

export async function login(base: string, username: string): Promise<string> {
  const res = await call(base, 'POST', '/api/auth/login', { body: { username, password: PASSWORD } });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.token as string;
}

export async function tokens(base: string, usernames: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const u of usernames) out[u] = await login(base, u);
  return out;
}
