import { PASSWORD } from './db.js';
import { sleep } from './server.js';

/** One HTTP answer: status, parsed JSON body (or text), whether it was an idempotent replay. */
export interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  replayed: boolean;
}

export interface RequestOptions {
  token?: string;
  body?: unknown;
  /** Sent as `Idempotency-Key` and as `x-request-id`, so the audit entry names the command. */
  key?: string;
  timeoutMs?: number;
}

/** One attempt; throws on a connection error or timeout. */
export async function request(
  base: string,
  method: string,
  path: string,
  options: RequestOptions = {},
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
    signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body, replayed: res.headers.get('idempotent-replayed') === 'true' };
}

/** Retries through connection errors (the API is down or restarting) until it answers; any status is returned. */
export async function persist(
  base: () => string,
  method: string,
  path: string,
  options: RequestOptions = {},
  deadline = Date.now() + 300_000,
): Promise<Answer> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await request(base(), method, path, options);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(Math.min(20 + attempt * 10, 200));
    }
  }
}

export async function login(base: () => string, username: string): Promise<string> {
  const res = await persist(base, 'POST', '/api/auth/login', { body: { username, password: PASSWORD } });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.token as string;
}

export async function tokens(base: () => string, usernames: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const u of usernames) out[u] = await login(base, u);
  return out;
}
