import type { ResidentSession } from '@frontstage/engine';

/** An API answer that was not 2xx: its status and the body's error code and field. */
export class ResidentApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly field?: string,
  ) {
    super(`${status} ${code}`);
  }
}

// The access token lives in memory only; a reload gets a new one from the HttpOnly session cookie.
let token: string | null = null;

export const setToken = (next: string | null): void => {
  token = next;
};
export const currentToken = (): string | null => token;

async function send(method: string, path: string, body?: unknown | FormData): Promise<Response> {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  const form = typeof FormData !== 'undefined' && body instanceof FormData;
  if (body !== undefined && !form) headers['content-type'] = 'application/json';
  return fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body === undefined ? {} : { body: form ? (body as FormData) : JSON.stringify(body) }),
  });
}

/** Calls the API; a 401 with a session cookie is retried once with a refreshed token. */
export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  let res = await send(method, path, body);
  if (res.status === 401 && token && !path.startsWith('/api/residents/auth/')) {
    if (await refresh()) res = await send(method, path, body);
  }
  if (!res.ok) {
    const err = (await res.json().catch(() => ({}))) as { error?: string; details?: { field?: string } };
    throw new ResidentApiError(res.status, err.error ?? 'error', err.details?.field);
  }
  return (res.status === 204 ? undefined : await res.json()) as T;
}

/** A token from the session cookie, if the browser has one. */
export async function refresh(): Promise<ResidentSession | null> {
  const res = await fetch('/api/residents/auth/refresh', { method: 'POST', credentials: 'same-origin' });
  if (!res.ok) {
    token = null;
    return null;
  }
  const session = (await res.json()) as ResidentSession;
  token = session.token;
  return session;
}

/** A photo's thumbnail as an object URL (an <img> cannot send the bearer token itself). */
export async function thumbnailUrl(hash: string): Promise<string | null> {
  const res = await send('GET', `/api/attachments/${hash}/thumbnail`);
  if (!res.ok) return null;
  return URL.createObjectURL(await res.blob());
}

/**
 * Live changes of the resident's requests: EventSource where the browser has it, else a poll
 * every 10 s (older in-app browsers). Returns the stop function.
 */
export function watchChanges(onChange: (ticketId: string) => void, poll: () => void): () => void {
  if (typeof EventSource !== 'undefined' && token) {
    const source = new EventSource(`/api/residents/stream?access_token=${encodeURIComponent(token)}`);
    source.addEventListener('ticket.changed', (e) => {
      try {
        onChange((JSON.parse((e as MessageEvent<string>).data) as { ticketId: string }).ticketId);
      } catch {
        poll();
      }
    });
    return () => source.close();
  }
  const timer = setInterval(poll, 10_000);
  return () => clearInterval(timer);
}
