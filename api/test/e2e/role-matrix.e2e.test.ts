import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, FIXTURES, startApi, type Api } from '../support/harness.js';

type ApiRole = 'designer' | 'staff' | 'supervisor' | 'auditor' | 'admin';
/** One demo user per API role. */
const USERS: Record<ApiRole, string> = { designer: 'designer', staff: 'frontdesk', supervisor: 'supervisor', auditor: 'auditor', admin: 'admin' };
const ALL: ApiRole[] = ['designer', 'staff', 'supervisor', 'auditor', 'admin'];

interface Endpoint {
  method: 'get' | 'post' | 'put';
  path: (ids: { ticket: string }) => string;
  body?: () => object;
  allowed: ApiRole[];
}

const repair = () => JSON.parse(readFileSync(join(FIXTURES, 'repair.json'), 'utf8')) as object;
const ruleset = () => JSON.parse(readFileSync(join(FIXTURES, 'ruleset.json'), 'utf8')) as object;

const ENDPOINTS: Endpoint[] = [
  { method: 'get', path: () => '/api/auth/me', allowed: ALL },
  { method: 'get', path: () => '/api/blueprints', allowed: ALL },
  { method: 'get', path: () => '/api/blueprints/repair/draft', allowed: ['designer', 'supervisor', 'auditor', 'admin'] },
  { method: 'put', path: () => '/api/blueprints/repair/draft', body: repair, allowed: ['designer', 'admin'] },
  { method: 'post', path: () => '/api/blueprints/validate', body: repair, allowed: ['designer', 'admin'] },
  { method: 'post', path: () => '/api/blueprints/repair/publish', allowed: ['designer', 'admin'] },
  { method: 'get', path: () => '/api/blueprints/repair/versions/1', allowed: ALL },
  { method: 'get', path: () => '/api/rules', allowed: ALL },
  { method: 'put', path: () => '/api/rules', body: ruleset, allowed: ['designer', 'admin'] },
  { method: 'post', path: () => '/api/rules/evaluate', body: () => ({ facts: { description: 'lamp' } }), allowed: ALL },
  { method: 'post', path: () => '/api/tickets', body: () => ({ facts: { description: 'lamp' } }), allowed: ['staff', 'supervisor', 'admin'] },
  { method: 'get', path: () => '/api/tickets', allowed: ['staff', 'supervisor', 'auditor', 'admin'] },
  { method: 'get', path: ({ ticket }) => `/api/tickets/${ticket}`, allowed: ['staff', 'supervisor', 'auditor', 'admin'] },
  { method: 'get', path: ({ ticket }) => `/api/tickets/${ticket}/history`, allowed: ['staff', 'supervisor', 'auditor', 'admin'] },
  { method: 'post', path: ({ ticket }) => `/api/tickets/${ticket}/events`, body: () => ({ type: 'RECORDED', data: { location: 'x' }, expectedVersion: 999 }), allowed: ['staff', 'supervisor', 'admin'] },
  { method: 'get', path: () => '/api/audit', allowed: ['supervisor', 'auditor', 'admin'] },
  { method: 'get', path: () => '/api/audit/verify', allowed: ['auditor', 'admin'] },
  { method: 'get', path: () => '/api/metrics', allowed: ['supervisor', 'auditor', 'admin'] },
];

describe.each(DB_KINDS)('endpoint × role on %s', (kind) => {
  let api: Api;
  const ids = { ticket: '' };

  beforeAll(async () => {
    api = await startApi(kind);
    const token = await api.token('frontdesk');
    ids.ticket = (await api.http.post('/api/tickets').set('authorization', `Bearer ${token}`).send({ facts: { description: 'matrix' } }).expect(201)).body.id;
  });
  afterAll(async () => {
    await api?.close();
  });

  const call = (e: Endpoint, token?: string) => {
    const req = api.http[e.method](e.path(ids));
    if (token) req.set('authorization', `Bearer ${token}`);
    return e.body ? req.send(e.body()) : req;
  };

  for (const e of ENDPOINTS) {
    const name = `${e.method.toUpperCase()} ${e.path({ ticket: ':id' })}`;
    it(`${name}: 401 without a token, 403 for ${ALL.filter((r) => !e.allowed.includes(r)).join(', ') || 'no role'}`, async () => {
      expect((await call(e)).status).toBe(401);
      expect((await call(e, 'not.a.token')).status).toBe(401);
      for (const role of ALL) {
        const res = await call(e, await api.token(USERS[role]));
        if (e.allowed.includes(role)) expect(res.status, `${role} on ${name}: ${JSON.stringify(res.body)}`).toBeLessThan(e.method === 'post' && name.endsWith('/events') ? 410 : 300);
        else expect({ role, status: res.status, error: res.body.error }).toEqual({ role, status: 403, error: 'forbidden' });
      }
    });
  }

  it('hides a ticket from staff of another team not assigned to it', async () => {
    const security = { authorization: `Bearer ${await api.token('security')}` };
    await api.http.get(`/api/tickets/${ids.ticket}`).set(security).expect(404);
    await api.http.get(`/api/tickets/${ids.ticket}/history`).set(security).expect(404);
    await api.http.post(`/api/tickets/${ids.ticket}/events`).set(security).send({ type: 'RECORDED', data: { location: 'x' }, expectedVersion: 1 }).expect(404);
    const list = await api.http.get('/api/tickets').set(security).expect(200);
    expect(list.body.items.map((t: { id: string }) => t.id)).not.toContain(ids.ticket);
    const own = await api.http.get(`/api/tickets/${ids.ticket}`).set({ authorization: `Bearer ${await api.token('dispatcher')}` });
    expect(own.status).toBe(200);
  });

  it('keeps the docs and health open and everything else closed', async () => {
    await api.http.get('/api/health').expect(200);
    await api.http.get('/api/docs-json').expect(200);
    await api.http.get('/api/stream').expect(401);
  });
});
