import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, FIXTURES, startApi, type Api } from '../support/harness.js';
import {
  ALL,
  ESTATE_ENDPOINTS,
  estateIds,
  type ApiRole,
  type Endpoint,
  type MatrixIds,
} from '../support/matrix-estate.js';
import { addSite, addUser } from '../support/site-fixture.js';

/** One demo user per API role. */
const USERS: Record<ApiRole, string> = {
  designer: 'designer',
  staff: 'frontdesk',
  supervisor: 'supervisor',
  auditor: 'auditor',
  admin: 'admin',
};

// A PDF is text, so it travels in a multipart body written by hand; the photo is linked to the ticket.
const BOUNDARY = 'matrix-boundary';
const pdfUpload = () =>
  [
    `--${BOUNDARY}`,
    'Content-Disposition: form-data; name="file"; filename="note.pdf"',
    'Content-Type: application/pdf',
    '',
    '%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n',
    `--${BOUNDARY}--`,
    '',
  ].join('\r\n');
let photoHash = '';

const repair = () => JSON.parse(readFileSync(join(FIXTURES, 'repair.json'), 'utf8')) as object;
const ruleset = () => JSON.parse(readFileSync(join(FIXTURES, 'ruleset.json'), 'utf8')) as object;

const ENDPOINTS: Endpoint[] = [
  { method: 'post', route: '/api/tickets/:id/tracking-link', allowed: ['staff', 'supervisor'] },
  // Resident endpoints: no staff role reaches them (a resident's token reaches nothing else: residents.e2e.test.ts).
  { method: 'get', route: '/api/residents/options', allowed: [] },
  { method: 'get', route: '/api/residents/tickets', allowed: [] },
  { method: 'post', route: '/api/residents/tickets', body: () => ({}), allowed: [] },
  { method: 'get', route: '/api/residents/tickets/:id', allowed: [] },
  { method: 'post', route: '/api/residents/tickets/:id/rating', body: () => ({}), allowed: [] },
  { method: 'post', route: '/api/residents/tickets/:id/answer', body: () => ({}), allowed: [] },
  { method: 'post', route: '/api/residents/tickets/:id/payment', body: () => ({}), allowed: [] },
  { method: 'get', route: '/api/auth/me', allowed: ALL },
  { method: 'get', route: '/api/blueprints', allowed: ALL },
  {
    method: 'get',
    route: '/api/blueprints/:key/draft',
    allowed: ['designer', 'supervisor', 'auditor', 'admin'],
  },
  { method: 'put', route: '/api/blueprints/:key/draft', body: repair, allowed: ['designer', 'admin'] },
  { method: 'post', route: '/api/blueprints/validate', body: repair, allowed: ['designer', 'admin'] },
  { method: 'post', route: '/api/blueprints/:key/publish', allowed: ['designer', 'admin'] },
  {
    method: 'get',
    route: '/api/blueprints/:key/versions',
    allowed: ['designer', 'supervisor', 'auditor', 'admin'],
  },
  { method: 'get', route: '/api/blueprints/:key/versions/:version', allowed: ALL },
  { method: 'get', route: '/api/rules', allowed: ALL },
  { method: 'get', route: '/api/vocabulary', allowed: ALL },
  { method: 'put', route: '/api/rules', body: ruleset, allowed: ['designer', 'admin'] },
  {
    method: 'post',
    route: '/api/rules/publish',
    body: () => ({ ruleset: ruleset(), note: 'role matrix' }),
    allowed: ['designer', 'admin'],
  },
  { method: 'get', route: '/api/rules/versions', allowed: ['designer', 'supervisor', 'auditor', 'admin'] },
  {
    method: 'get',
    route: '/api/rules/versions/:version',
    allowed: ['designer', 'supervisor', 'auditor', 'admin'],
  },
  { method: 'post', route: '/api/rules/validate', body: ruleset, allowed: ['designer', 'admin'] },
  {
    method: 'post',
    route: '/api/rules/evaluate',
    body: () => ({ facts: { description: 'lamp' } }),
    allowed: ALL,
  },
  {
    method: 'post',
    route: '/api/tickets',
    // The demo company has two sites: a company-level caller (admin) names the site.
    body: () => ({ facts: { description: 'lamp' }, site: 'cuihu' }),
    allowed: ['staff', 'supervisor', 'admin'],
  },
  {
    method: 'post',
    route: '/api/tickets/derived-facts',
    body: () => ({ facts: { description: 'lamp' }, site: 'cuihu' }),
    allowed: ['staff', 'supervisor', 'admin'],
  },
  { method: 'get', route: '/api/tickets', allowed: ['staff', 'supervisor', 'auditor', 'admin'] },
  { method: 'get', route: '/api/tickets/:id', allowed: ['staff', 'supervisor', 'auditor', 'admin'] },
  { method: 'get', route: '/api/tickets/:id/history', allowed: ['staff', 'supervisor', 'auditor', 'admin'] },
  {
    method: 'post',
    route: '/api/tickets/:id/events',
    body: () => ({ type: 'RECORDED', data: { location: 'x' }, expectedVersion: 999 }),
    allowed: ['staff', 'supervisor', 'admin'],
  },
  { method: 'get', route: '/api/audit', allowed: ['supervisor', 'auditor', 'admin'] },
  { method: 'get', route: '/api/audit/verify', allowed: ['auditor', 'supervisor', 'admin'] },
  { method: 'get', route: '/api/audit/replay', allowed: ['auditor', 'supervisor', 'admin'] },
  { method: 'get', route: '/api/audit/replay/:id', allowed: ['auditor', 'supervisor', 'admin'] },
  { method: 'get', route: '/api/site/calendar', allowed: ALL },
  { method: 'get', route: '/api/metrics', allowed: ['supervisor', 'auditor', 'admin'] },
  { method: 'get', route: '/api/reports/callbacks', allowed: ['supervisor', 'auditor', 'admin'] },
  { method: 'get', route: '/api/reports/heatmap/:key', allowed: ['supervisor', 'auditor', 'admin'] },
  { method: 'get', route: '/api/reports/workload', allowed: ['supervisor', 'auditor', 'admin'] },
  { method: 'get', route: '/api/audit/export', allowed: ['supervisor', 'auditor', 'admin'] },
  {
    method: 'post',
    route: '/api/tickets/:id/reassign',
    body: () => ({ team: 'security', expectedVersion: 999 }),
    allowed: ['supervisor', 'admin'],
  },
  { method: 'get', route: '/api/tickets/:id/comments', allowed: ['staff', 'supervisor', 'auditor', 'admin'] },
  {
    method: 'post',
    route: '/api/tickets/:id/comments',
    body: () => ({ body: 'called the customer' }),
    allowed: ['staff', 'supervisor', 'admin'],
  },
  {
    method: 'post',
    route: '/api/attachments',
    contentType: `multipart/form-data; boundary=${BOUNDARY}`,
    body: pdfUpload,
    allowed: ['staff', 'supervisor', 'admin'],
  },
  {
    method: 'get',
    route: '/api/attachments/:hash',
    path: () => `/api/attachments/${photoHash}`,
    allowed: ['staff', 'supervisor', 'auditor', 'admin'],
  },
  {
    method: 'get',
    route: '/api/attachments/:hash/thumbnail',
    path: () => `/api/attachments/${photoHash}/thumbnail`,
    allowed: ['staff', 'supervisor', 'auditor', 'admin'],
  },
  {
    method: 'post',
    route: '/api/tickets/:id/attachments',
    body: () => ({ hashes: [photoHash] }),
    allowed: ['staff', 'supervisor', 'admin'],
  },
  { method: 'get', route: '/api/users', allowed: ['admin'] },
  { method: 'get', route: '/api/roles', allowed: ['designer', 'admin'] },
  {
    method: 'post',
    route: '/api/users',
    body: () => ({ username: 'matrix.user', password: 'a-long-enough-password', role: 'auditor' }),
    allowed: ['admin'],
  },
  ...ESTATE_ENDPOINTS,
];

/**
 * The foreign-site column: staff and a supervisor of another site, each with every role a site
 * user can have, against the matrix's ticket (of the demo site): none of them succeeds anywhere.
 */
const FOREIGN = ['elsewhere.desk', 'elsewhere.engineer', 'elsewhere.boss'];

/**
 * Routes whose access is tested elsewhere: open ones (the session routes in session.e2e.test.ts,
 * where only a session cookie gets anything), and the stream.
 */
const TESTED_APART = [
  'POST /api/auth/login',
  'POST /api/auth/refresh',
  'POST /api/auth/logout',
  'GET /api/health',
  'GET /api/stream',
  'POST /api/residents/auth/code',
  'POST /api/residents/auth/sign-in',
  'POST /api/residents/auth/track',
  'POST /api/residents/auth/refresh',
  'POST /api/residents/auth/logout',
  'GET /api/residents/stream',
];

describe.each(DB_KINDS)('endpoint × role on %s', (kind) => {
  let api: Api;
  const ids: MatrixIds = { ticket: '', units: [], customer: '', csv: '' };

  beforeAll(async () => {
    api = await startApi(kind);
    const token = await api.token('frontdesk');
    ids.ticket = (
      await api.http
        .post('/api/tickets')
        .set('authorization', `Bearer ${token}`)
        .send({ facts: { description: 'matrix' } })
        .expect(201)
    ).body.id;
    const photo = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#abcdef' } })
      .png()
      .toBuffer();
    photoHash = (
      await api.http
        .post('/api/attachments')
        .set('authorization', `Bearer ${token}`)
        .attach('file', photo, 'photo.png')
        .expect(201)
    ).body.hash;
    await api.http
      .post(`/api/tickets/${ids.ticket}/attachments`)
      .set('authorization', `Bearer ${token}`)
      .send({ hashes: [photoHash] })
      .expect(200);
    await addSite(api.dataSource, 'elsewhere', ['1-1-101']);
    const desk = { role: 'staff', jobRole: 'frontdesk', team: 'customer_service', sites: ['elsewhere'] };
    await addUser(api, { username: 'elsewhere.desk', ...desk });
    await addUser(api, { ...desk, username: 'elsewhere.engineer', jobRole: 'engineer', team: 'engineering' });
    await addUser(api, { username: 'elsewhere.boss', role: 'supervisor', sites: ['elsewhere'] });
    Object.assign(ids, await estateIds(api));
  });
  afterAll(async () => {
    await api?.close();
  });

  const pathOf = async (e: Endpoint) =>
    e.path
      ? e.path(ids, api)
      : e.route.replace(':key', 'repair').replace(':version', '1').replace(':id', ids.ticket);
  const call = async (e: Endpoint, token?: string) => {
    const req = api.http[e.method](await pathOf(e));
    if (token) req.set('authorization', `Bearer ${token}`);
    if (e.contentType) req.set('content-type', e.contentType);
    return e.body ? req.send(e.body(ids)) : req;
  };

  for (const e of ENDPOINTS) {
    const name = `${e.method.toUpperCase()} ${e.route}`;
    it(`${name}: 401 without a token, 403 for ${ALL.filter((r) => !e.allowed.includes(r)).join(', ') || 'no role'}`, async () => {
      expect((await call(e)).status).toBe(401);
      expect((await call(e, 'not.a.token')).status).toBe(401);
      for (const role of ALL) {
        const res = await call(e, await api.token(USERS[role]));
        if (e.allowed.includes(role))
          expect(res.status, `${role} on ${name}: ${JSON.stringify(res.body)}`).toBeLessThan(
            e.method === 'post' && /\/(events|reassign)$/.test(name) ? 410 : 300,
          );
        else
          expect({ role, status: res.status, error: res.body.error }).toEqual({
            role,
            status: 403,
            error: 'forbidden',
          });
      }
    });
  }

  it('gives users of another site 0 successes on the ticket: 404 as if it did not exist, absent from every list', async () => {
    const successes: string[] = [];
    for (const user of FOREIGN) {
      const token = await api.token(user);
      // Everything of one ticket, one site or one customer of the demo site.
      for (const e of ENDPOINTS.filter((x) => /:(id|site)\b/.test(x.route))) {
        const res = await call(e, token);
        if (res.status < 300) successes.push(`${user} ${e.method} ${e.route}: ${res.status}`);
        expect([403, 404]).toContain(res.status);
      }
      for (const path of [
        '/api/tickets?limit=200',
        '/api/audit?limit=1000',
        '/api/audit/export?format=json',
      ]) {
        const res = await api.http.get(path).set('authorization', `Bearer ${token}`);
        if (res.status >= 300) continue;
        const items = (Array.isArray(res.body) ? res.body : res.body.items) as {
          id?: string;
          ticketId?: string;
        }[];
        if (items.some((i) => i.id === ids.ticket || i.ticketId === ids.ticket))
          successes.push(`${user} GET ${path} lists the ticket`);
      }
    }
    expect(successes).toEqual([]);
  });

  it("lets the service centre and the ticket's creator see it wherever it goes", async () => {
    const list = await api.http
      .get('/api/tickets')
      .set('authorization', `Bearer ${await api.token('dispatcher')}`)
      .expect(200);
    expect(list.body.items.map((t: { id: string }) => t.id)).toContain(ids.ticket);
    const engineer = await api.token('engineer');
    const own = (
      await api.http
        .post('/api/tickets')
        .set('authorization', `Bearer ${engineer}`)
        .send({ facts: { description: 'seen on my round' } })
        .expect(201)
    ).body;
    await api.http.get(`/api/tickets/${own.id}`).set('authorization', `Bearer ${engineer}`).expect(200);
    const mine = await api.http.get('/api/tickets').set('authorization', `Bearer ${engineer}`).expect(200);
    expect(mine.body.items.map((t: { id: string }) => t.id)).toContain(own.id);
  });

  it('hides a ticket from staff of another team not assigned to it', async () => {
    const security = { authorization: `Bearer ${await api.token('security')}` };
    await api.http.get(`/api/tickets/${ids.ticket}`).set(security).expect(404);
    await api.http.get(`/api/tickets/${ids.ticket}/history`).set(security).expect(404);
    await api.http
      .post(`/api/tickets/${ids.ticket}/events`)
      .set(security)
      .send({ type: 'RECORDED', data: { location: 'x' }, expectedVersion: 1 })
      .expect(404);
    const list = await api.http.get('/api/tickets').set(security).expect(200);
    expect(list.body.items.map((t: { id: string }) => t.id)).not.toContain(ids.ticket);
    const own = await api.http
      .get(`/api/tickets/${ids.ticket}`)
      .set({ authorization: `Bearer ${await api.token('dispatcher')}` });
    expect(own.status).toBe(200);
  });

  it('lists every route of the OpenAPI document, so no endpoint escapes the matrix', async () => {
    const doc = await api.http.get('/api/docs-json').expect(200);
    const routes = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const covered = new Set([
      ...ENDPOINTS.map((e) => `${e.method.toUpperCase()} ${e.route}`),
      ...TESTED_APART,
    ]);
    expect(routes.filter((r) => !covered.has(r))).toEqual([]);
  });

  it('keeps the docs and health open and everything else closed', async () => {
    await api.http.get('/api/health').expect(200);
    await api.http.get('/api/docs-json').expect(200);
    await api.http.get('/api/stream').expect(401);
  });
});
