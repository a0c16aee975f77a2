import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../../src/common/clock.js';
import { runSql } from '../../src/database/sql.js';
import { DB_KINDS, PASSWORD, startApi, type Api } from '../support/harness.js';

const DAY = 24 * 60 * 60 * 1000;

/** The session cookie a sign-in set, as `name=value`, and its attributes. */
function cookieOf(res: { headers: Record<string, unknown> }): { pair: string; attributes: string[] } {
  const header = res.headers['set-cookie'] as string[] | undefined;
  expect(header).toHaveLength(1);
  const [pair, ...attributes] = header![0]!.split('; ');
  return { pair: pair!, attributes };
}

describe.each(DB_KINDS)('sessions that survive a reload (%s)', (kind) => {
  let api: Api;
  const clock = new FakeClock(new Date('2026-12-01T08:00:00Z'));

  beforeAll(async () => {
    api = await startApi(kind, { app: { clock } });
  });
  afterAll(async () => {
    await api?.close();
  });

  const login = (username = 'frontdesk') =>
    api.http.post('/api/auth/login').send({ username, password: PASSWORD }).expect(200);
  const refresh = (cookie?: string) => {
    const call = api.http.post('/api/auth/refresh');
    return cookie ? call.set('cookie', cookie) : call;
  };

  it('sets an HttpOnly, SameSite=Strict cookie for /api/auth only, and keeps only its hash', async () => {
    const res = await login();
    const { pair, attributes } = cookieOf(res);
    expect(pair).toMatch(/^frontstage_session=[A-Za-z0-9_-]{43}$/);
    expect(attributes).toEqual(
      expect.arrayContaining(['Path=/api/auth', 'HttpOnly', 'SameSite=Strict', `Max-Age=${30 * 24 * 3600}`]),
    );
    // Served over plain HTTP at an http:// address: a Secure cookie would never come back.
    expect(attributes).not.toContain('Secure');
    const value = pair.split('=')[1]!;
    const rows = await runSql<{ token_hash: string }>(api.dataSource, 'SELECT token_hash FROM auth_sessions');
    expect(rows.map((r) => r.token_hash)).not.toContain(value);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });

  it('gives a reloaded page a working token for the same user, with no password', async () => {
    const { pair } = cookieOf(await login('engineer'));
    const res = await refresh(`theme=dark; ${pair}`).expect(200);
    expect(res.body.user).toMatchObject({ username: 'engineer', role: 'staff', jobRole: 'engineer' });
    const me = await api.http
      .get('/api/auth/me')
      .set('authorization', `Bearer ${res.body.token}`)
      .expect(200);
    expect(me.body.username).toBe('engineer');
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a refresh without a session, naming the cookie', async () => {
    for (const cookie of [
      undefined,
      'frontstage_session=',
      'frontstage_session=not-a-session-token-at-all-0000',
    ]) {
      const res = await refresh(cookie).expect(401);
      expect(res.body).toMatchObject({ error: 'unauthorized', details: { field: 'cookie' } });
    }
  });

  it('ends the session on the server at sign-out, so a kept cookie signs nobody in', async () => {
    const { pair } = cookieOf(await login());
    const out = await api.http.post('/api/auth/logout').set('cookie', pair).expect(204);
    const cleared = cookieOf(out);
    expect(cleared.pair).toBe('frontstage_session=');
    expect(cleared.attributes).toContain('Max-Age=0');
    await refresh(pair).expect(401);
    // Signing out twice, or with no session, is not an error.
    await api.http.post('/api/auth/logout').set('cookie', pair).expect(204);
    await api.http.post('/api/auth/logout').expect(204);
  });

  it('ends a session unused for 7 days, and any session 30 days after sign-in', async () => {
    const idle = cookieOf(await login()).pair;
    clock.set(new Date(clock.now().getTime() + 6 * DAY));
    await refresh(idle).expect(200);
    // Used on day 6: its idle week starts again.
    clock.set(new Date(clock.now().getTime() + 6 * DAY));
    await refresh(idle).expect(200);
    clock.set(new Date(clock.now().getTime() + 7 * DAY + 1000));
    await refresh(idle).expect(401);

    const daily = cookieOf(await login()).pair;
    for (let day = 1; day < 30; day++) {
      clock.set(new Date(clock.now().getTime() + DAY));
      await refresh(daily).expect(200);
    }
    clock.set(new Date(clock.now().getTime() + DAY));
    await refresh(daily).expect(401);
  });

  it('reads the user again at each refresh: a removed account is out at once', async () => {
    const { pair } = cookieOf(await login('cleaner'));
    await refresh(pair).expect(200);
    await runSql(
      api.dataSource,
      "DELETE FROM user_sites WHERE user_id = (SELECT id FROM users WHERE username = 'cleaner')",
    );
    await runSql(api.dataSource, "DELETE FROM users WHERE username = 'cleaner'");
    await refresh(pair).expect(401);
  });
});

describe('the session cookie behind TLS', () => {
  let api: Api;

  beforeAll(async () => {
    api = await startApi('sqlite', { env: { FRONTSTAGE_PUBLIC_URL: 'https://service.example.com' } });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('is Secure when users reach the app over https', async () => {
    const res = await api.http
      .post('/api/auth/login')
      .send({ username: 'auditor', password: PASSWORD })
      .expect(200);
    expect(cookieOf(res).attributes).toContain('Secure');
  });
});
