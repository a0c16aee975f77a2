/**
 * The cookie that keeps a browser signed in across reloads. HttpOnly (no script reads it, so the
 * access token never needs localStorage), SameSite=Strict (no other site's page can send it),
 * sent only to /api/auth (the one place that reads it), and Secure whenever the app is served over TLS.
 */
export const SESSION_COOKIE = 'frontstage_session';
const COOKIE_PATH = '/api/auth';

/** The session token in a Cookie header, if any. */
export function sessionFromCookies(header: string | undefined, name = SESSION_COOKIE): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const value = part.slice(eq + 1).trim();
    return /^[A-Za-z0-9_-]{20,200}$/.test(value) ? value : undefined;
  }
  return undefined;
}

/** A Set-Cookie value that stores `token` for `maxAgeSeconds`, or (with null) removes it. */
export function sessionCookie(
  token: string | null,
  maxAgeSeconds: number,
  secure: boolean,
  cookie: { name: string; path: string } = { name: SESSION_COOKIE, path: COOKIE_PATH },
): string {
  return [
    `${cookie.name}=${token ?? ''}`,
    `Path=${cookie.path}`,
    `Max-Age=${token === null ? 0 : Math.floor(maxAgeSeconds)}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

/** The resident app's session: its own cookie, sent only to the resident sign-in endpoints. */
export const RESIDENT_COOKIE = { name: 'frontstage_resident', path: '/api/residents/auth' };
