import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../../src/common/clock.js';
import { DB_KINDS, PASSWORD, startApi, tableCounts, type Api } from '../support/harness.js';

// The conventions an integrator meets on every list and command: cursor pages in a stable order,
// Idempotency-Key on every creating or changing POST, ETag / If-Match, Retry-After.

const LEAK = { description: 'pipe', waterFlowing: true };
const LAMP = { description: 'lamp out' };

describe.each(DB_KINDS)('the API’s conventions on %s', (kind) => {
  let api: Api;
  const clock = new FakeClock(new Date('2026-11-24T02:00:00.000Z'));
  const auth = async (user: string) => ({ authorization: `Bearer ${await api.token(user)}` });
  const count = async (table: string) =>
    Number(((await api.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`)) as { n: string }[])[0]!.n);
  const intake = async (facts: Record<string, unknown>) =>
    (
      await api.http
        .post('/api/tickets')
        .set(await auth('frontdesk'))
        .send({ facts })
        .expect(201)
    ).body as { id: string; version: number };
  /** Every ticket id in the order `sort` gives, in one page. */
  const listed = async (sort: string) =>
    (
      await api.http
        .get(`/api/tickets?sort=${sort}&limit=200`)
        .set(await auth('supervisor'))
        .expect(200)
    ).body.items.map((t: { id: string }) => t.id) as string[];

  beforeAll(async () => {
    api = await startApi(kind, { app: { clock, scheduler: { enabled: false } } });
    // Runs of four alike at the same instant (emergencies, general requests, emergencies a second
    // later): ties that only the id breaks, straddling every page of three.
    for (let i = 0; i < 12; i++) {
      await intake(Math.floor(i / 4) === 1 ? LAMP : LEAK);
      if (i === 7) clock.advance(1000);
    }
  });
  afterAll(async () => {
    await api?.close();
  });

  describe('cursor pages', () => {
    for (const sort of ['newest', 'urgency'])
      it(`give every ticket once, in the ${sort} order, while tickets are added between pages`, async () => {
        const before = await listed(sort);
        const seen: string[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const query: string = `/api/tickets?sort=${sort}&limit=3${cursor ? `&cursor=${cursor}` : ''}`;
          const { body: page } = await api.http
            .get(query)
            .set(await auth('supervisor'))
            .expect(200);
          seen.push(...page.items.map((t: { id: string }) => t.id));
          expect(page.total).toBe(await count('tickets'));
          cursor = page.nextCursor;
          pages += 1;
          // A new ticket between pages, at an instant already paged past, and one later still.
          await intake(pages % 2 ? LEAK : LAMP);
          if (pages % 2) clock.advance(10);
        } while (cursor !== null && pages < 50);
        expect(cursor).toBeNull();
        expect(new Set(seen).size).toBe(seen.length);
        expect(seen).toEqual(expect.arrayContaining(before));
        // In the list's order: the pages read as one list, tickets added since left out.
        const now = await listed(sort);
        expect(seen).toEqual(now.filter((id) => seen.includes(id)));
      });

    it('refuse a malformed cursor with a 400 naming it, on every paged list', async () => {
      const forged = Buffer.from('{"x":1}').toString('base64url');
      for (const path of ['/api/tickets', '/api/audit', '/api/users', '/api/audit/replay'])
        for (const cursor of ['not a cursor!', forged, Buffer.from('[').toString('base64url')]) {
          const res = await api.http
            .get(`${path}?cursor=${encodeURIComponent(cursor)}`)
            .set(await auth('admin'));
          expect({ path, cursor, status: res.status, body: res.body }).toMatchObject({
            status: 400,
            body: { error: 'validation_failed', details: { field: 'query.cursor' } },
          });
        }
    });

    it('belong to their sort, and to no offset', async () => {
      const { body: newest } = await api.http
        .get('/api/tickets?sort=newest&limit=2')
        .set(await auth('supervisor'))
        .expect(200);
      const other = await api.http
        .get(`/api/tickets?sort=urgency&cursor=${newest.nextCursor}`)
        .set(await auth('supervisor'));
      expect([other.status, other.body.details?.field]).toEqual([400, 'query.cursor']);
      const both = await api.http
        .get(`/api/tickets?offset=2&cursor=${newest.nextCursor}`)
        .set(await auth('supervisor'));
      expect([both.status, both.body.details?.field]).toEqual([400, 'query.offset']);
    });

    it('page the audit log as afterSeq does, ending with null', async () => {
      const { body: first } = await api.http
        .get('/api/audit?limit=4')
        .set(await auth('auditor'))
        .expect(200);
      expect(first.nextAfterSeq).toBe(first.items[3].seq);
      const byCursor = await api.http
        .get(`/api/audit?limit=4&cursor=${first.nextCursor}`)
        .set(await auth('auditor'))
        .expect(200);
      const bySeq = await api.http
        .get(`/api/audit?limit=4&afterSeq=${first.nextAfterSeq}`)
        .set(await auth('auditor'))
        .expect(200);
      expect(byCursor.text).toBe(bySeq.text);
      const disagreeing = await api.http
        .get(`/api/audit?afterSeq=1&cursor=${first.nextCursor}`)
        .set(await auth('auditor'));
      expect([disagreeing.status, disagreeing.body.details?.field]).toEqual([400, 'query.cursor']);
      const { body: last } = await api.http
        .get(`/api/audit?limit=1000`)
        .set(await auth('auditor'))
        .expect(200);
      expect([last.nextAfterSeq, last.nextCursor]).toEqual([null, null]);
    });

    it('page the accounts by username, and still list them all as an array without limit or cursor', async () => {
      const { body: all } = await api.http
        .get('/api/users')
        .set(await auth('admin'))
        .expect(200);
      expect(Array.isArray(all)).toBe(true);
      const names: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `/api/users?limit=5${cursor ? `&cursor=${cursor}` : ''}`;
        const { body: page } = await api.http
          .get(query)
          .set(await auth('admin'))
          .expect(200);
        names.push(...page.items.map((u: { username: string }) => u.username));
        cursor = page.nextCursor;
      } while (cursor !== null);
      expect(names).toEqual(all.map((u: { username: string }) => u.username));
      expect(names).toEqual([...names].sort());
    });

    it('replay every ticket once, page by page', async () => {
      let checked = 0;
      let cursor: string | null = null;
      do {
        const query: string = `/api/audit/replay?limit=4${cursor ? `&cursor=${cursor}` : ''}`;
        const { body: page } = await api.http
          .get(query)
          .set(await auth('auditor'))
          .expect(200);
        expect(page.ok).toBe(true);
        checked += page.checked;
        cursor = page.nextCursor;
      } while (cursor !== null);
      expect(checked).toBe(await count('tickets'));
    });
  });

  describe('Idempotency-Key', () => {
    it('replays a reassignment byte for byte and refuses the key with another body', async () => {
      const t = await intake(LAMP);
      const send = async (team: string) =>
        api.http
          .post(`/api/tickets/${t.id}/reassign`)
          .set(await auth('supervisor'))
          .set('idempotency-key', `move-${t.id}`)
          .send({ team, expectedVersion: 1 });
      const first = await send('security');
      const retry = await send('security');
      expect([first.status, retry.status]).toEqual([200, 200]);
      expect(retry.text).toBe(first.text);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.headers.etag).toBe('"2"');
      const other = await send('cleaning');
      expect([other.status, other.body.error]).toEqual([422, 'idempotency_key_reused']);
      const { body: now } = await api.http
        .get(`/api/tickets/${t.id}`)
        .set(await auth('supervisor'))
        .expect(200);
      expect(now).toMatchObject({ version: 2, team: 'security' });
    });

    it('keeps one comment for a retried one, and answers duplicates in flight with 409 and Retry-After', async () => {
      const t = await intake(LAMP);
      const comments = await count('ticket_comments');
      const headers = { ...(await auth('frontdesk')), 'idempotency-key': `note-${t.id}` };
      const results = await Promise.all(
        [0, 1, 2].map(() =>
          api.http.post(`/api/tickets/${t.id}/comments`).set(headers).send({ body: 'called back' }),
        ),
      );
      const done = results.filter((r) => r.status === 201);
      expect(done.length).toBeGreaterThan(0);
      for (const r of done) expect(r.text).toBe(done[0]!.text);
      for (const r of results.filter((x) => x.status !== 201)) {
        expect([r.status, r.body.error]).toEqual([409, 'idempotency_in_flight']);
        expect(r.headers['retry-after']).toBe('1');
      }
      const retry = await api.http
        .post(`/api/tickets/${t.id}/comments`)
        .set(headers)
        .send({ body: 'called back' })
        .expect(201);
      expect(retry.text).toBe(done[0]!.text);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      const other = await api.http
        .post(`/api/tickets/${t.id}/comments`)
        .set(headers)
        .send({ body: 'called twice' });
      expect([other.status, other.body.error]).toEqual([422, 'idempotency_key_reused']);
      expect(await count('ticket_comments')).toBe(comments + 1);
    });

    it('publishes a version once for a retried publish, and refuses the key on another blueprint', async () => {
      const { body: draft } = await api.http
        .get('/api/blueprints/repair/draft')
        .set(await auth('designer'))
        .expect(200);
      await api.http
        .put('/api/blueprints/repair/draft')
        .set(await auth('designer'))
        .send({ ...draft.blueprint, name: { 'zh-CN': '报修', en: 'Repair (idempotent)' } })
        .expect(200);
      const versions = await count('blueprint_versions');
      const publish = async (key: string) =>
        api.http
          .post(`/api/blueprints/${key}/publish`)
          .set(await auth('designer'))
          .set('idempotency-key', 'publish-repair');
      const first = await publish('repair');
      const retry = await publish('repair');
      expect([first.status, retry.status]).toEqual([200, 200]);
      expect(first.body.created).toBe(true);
      expect(retry.text).toBe(first.text);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(await count('blueprint_versions')).toBe(versions + 1);
      const other = await publish('water-leak');
      expect([other.status, other.body.error]).toEqual([422, 'idempotency_key_reused']);
    });

    it('creates one account for a retried creation, and refuses the key with another body', async () => {
      const users = await count('users');
      const create = async (username: string) =>
        api.http
          .post('/api/users')
          .set(await auth('admin'))
          .set('idempotency-key', 'new-auditor')
          .send({ username, password: 'a-long-password-1', role: 'auditor' });
      const first = await create('auditor2');
      const retry = await create('auditor2');
      expect([first.status, retry.status]).toEqual([201, 201]);
      expect(retry.text).toBe(first.text);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(await count('users')).toBe(users + 1);
      const other = await create('auditor3');
      expect([other.status, other.body.error]).toEqual([422, 'idempotency_key_reused']);
      // The key's fingerprint does not hold the password in a form a guess could be checked against.
      const [kept] = (await api.dataSource.query(
        "SELECT fingerprint FROM idempotency_keys WHERE key = 'new-auditor'",
      )) as { fingerprint: string }[];
      expect(kept!.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    });
  });

  describe('ETag and If-Match', () => {
    it('tags a ticket with its version and takes If-Match instead of expectedVersion', async () => {
      const t = await intake(LAMP);
      const got = await api.http
        .get(`/api/tickets/${t.id}`)
        .set(await auth('frontdesk'))
        .expect(200);
      expect(got.headers.etag).toBe('"1"');
      const sent = await api.http
        .post(`/api/tickets/${t.id}/events`)
        .set(await auth('frontdesk'))
        .set('if-match', got.headers.etag!)
        .send({ type: 'RECORDED', data: { location: 'lobby' } })
        .expect(200);
      expect(sent.headers.etag).toBe('"2"');
      expect(sent.body.version).toBe(2);
    });

    it('refuses a stale If-Match with 412 and changes nothing', async () => {
      const t = await intake(LAMP);
      await api.http
        .post(`/api/tickets/${t.id}/events`)
        .set(await auth('frontdesk'))
        .send({ type: 'RECORDED', data: { location: 'lobby' }, expectedVersion: 1 })
        .expect(200);
      const before = await api.http
        .get(`/api/tickets/${t.id}`)
        .set(await auth('supervisor'))
        .expect(200);
      const stale = await api.http
        .post(`/api/tickets/${t.id}/reassign`)
        .set(await auth('supervisor'))
        .set('if-match', '"1"')
        .send({ team: 'security' });
      expect(stale.status).toBe(412);
      expect(stale.body).toMatchObject({
        error: 'precondition_failed',
        details: { field: 'If-Match', currentVersion: 2 },
      });
      const after = await api.http
        .get(`/api/tickets/${t.id}`)
        .set(await auth('supervisor'))
        .expect(200);
      expect(after.text).toBe(before.text);
      expect(after.headers.etag).toBe('"2"');
    });

    it('names the field when the version is missing, malformed, or said twice differently', async () => {
      const t = await intake(LAMP);
      const send = async (ifMatch: string | null, body: Record<string, unknown>) => {
        let req = api.http.post(`/api/tickets/${t.id}/events`).set(await auth('frontdesk'));
        if (ifMatch !== null) req = req.set('if-match', ifMatch);
        const res = await req.send({ type: 'RECORDED', data: { location: 'lobby' }, ...body });
        return [res.status, res.body.details?.field];
      };
      const audit = await count('audit_entries');
      expect(await send(null, {})).toEqual([400, 'expectedVersion']);
      expect(await send('"1"', { expectedVersion: 2 })).toEqual([400, 'expectedVersion']);
      expect(await send('1', {})).toEqual([400, 'If-Match']);
      expect(await send('*', {})).toEqual([400, 'If-Match']);
      expect(await count('audit_entries')).toBe(audit);
    });

    it('tags a draft, saves over the tag it names, and refuses a stale tag with nothing saved', async () => {
      const designer = await auth('designer');
      const read = () => api.http.get('/api/blueprints/water-leak/draft').set(designer).expect(200);
      const first = await read();
      const tag = first.headers.etag!;
      expect(tag).toMatch(/^"[0-9a-f]{32}"$/);
      expect((await read()).headers.etag).toBe(tag);
      const renamed = { ...first.body.blueprint, name: { 'zh-CN': '跑水', en: 'Water (renamed)' } };
      clock.advance(1);
      const saved = await api.http
        .put('/api/blueprints/water-leak/draft')
        .set(designer)
        .set('if-match', tag)
        .send(renamed)
        .expect(200);
      expect(saved.headers.etag).not.toBe(tag);
      const second = await read();
      expect(second.headers.etag).toBe(saved.headers.etag);
      const counts = await tableCounts(api.dataSource);
      const stale = await api.http
        .put('/api/blueprints/water-leak/draft')
        .set(designer)
        .set('if-match', tag)
        .send(first.body.blueprint);
      expect([stale.status, stale.body.error, stale.body.details?.field]).toEqual([
        412,
        'precondition_failed',
        'If-Match',
      ]);
      expect((await read()).text).toBe(second.text);
      expect(await tableCounts(api.dataSource)).toEqual(counts);
      const missing = await api.http
        .put('/api/blueprints/brand-new/draft')
        .set(designer)
        .set('if-match', '*')
        .send({ ...first.body.blueprint, key: 'brand-new' });
      expect(missing.status).toBe(412);
    });
  });
});

describe.each(DB_KINDS)('shutting down on %s', (kind) => {
  it('answers a request arriving during shutdown with a 503 ErrorBody and Retry-After', async () => {
    const api = await startApi(kind);
    let socket: Socket | undefined;
    try {
      await api.app.listen(0, '127.0.0.1');
      const { port } = api.app.getHttpServer().address() as AddressInfo;
      const body = JSON.stringify({ username: 'frontdesk', password: PASSWORD });
      socket = connect(port, '127.0.0.1');
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString('utf8')));
      const ended = new Promise<void>((done) => socket!.on('close', () => done()));
      // A login whose body is still on its way holds the connection open while the server shuts down.
      socket.write(
        `POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 5)}`,
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      const closed = api.close();
      await until(async () => !(await accepts(port)));
      // The rest of the login, and another request behind it on the same connection.
      socket.write(`${body.slice(5)}GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n`);
      await ended;
      await closed;
      const [login, late] = received.split(/(?=HTTP\/1\.1 )/);
      expect(login).toMatch(/^HTTP\/1\.1 200/);
      expect(late).toMatch(/^HTTP\/1\.1 503/);
      expect(late).toMatch(/\r\nretry-after: 1\r\n/i);
      expect(JSON.parse(late!.slice(late!.indexOf('\r\n\r\n') + 4))).toMatchObject({
        statusCode: 503,
        error: 'unavailable',
      });
    } finally {
      socket?.destroy();
    }
  });
});

/** Whether a new connection to the port is accepted. */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = connect(port, '127.0.0.1');
    probe.once('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.once('error', () => resolve(false));
  });
}

async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
