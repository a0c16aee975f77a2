import { randomUUID } from 'node:crypto';
import createClient, { type Client } from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { paths } from '../../openapi/schema.js';
import { DB_KINDS, PASSWORD, startApi, type Api } from '../support/harness.js';

/** The body of a success answer; a failure names the status and the error the API gave. */
async function body<T, E>(call: Promise<{ data?: T; error?: E; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (data === undefined) throw new Error(`${response.status}: ${JSON.stringify(error)}`);
  return data;
}

// As an integrator meets the API: a client generated from api/openapi/schema.d.ts, used unchanged
// (no casts), over a real port.
describe.each(DB_KINDS)('a client generated from the OpenAPI document, on %s', (kind) => {
  let api: Api;
  let baseUrl: string;
  const as = async (username: string): Promise<Client<paths>> => {
    const anonymous = createClient<paths>({ baseUrl });
    const { token } = await body(
      anonymous.POST('/api/auth/login', { body: { username, password: PASSWORD } }),
    );
    return createClient<paths>({ baseUrl, headers: { authorization: `Bearer ${token}` } });
  };

  beforeAll(async () => {
    api = await startApi(kind, { app: { scheduler: { enabled: false } } });
    await api.app.listen(0, '127.0.0.1');
    baseUrl = await api.app.getUrl();
  });
  afterAll(async () => {
    await api?.close();
  });

  it('takes a repair ticket from intake to a satisfied callback, and the audit chain holds', async () => {
    const frontdesk = await as('frontdesk');
    const created = await body(
      frontdesk.POST('/api/tickets', {
        params: { header: { 'Idempotency-Key': randomUUID() } },
        body: { facts: { description: 'corridor light broken', floor: 3 } },
      }),
    );
    expect(created).toMatchObject({ state: 'record', version: 1, blueprint: { key: 'repair' } });
    expect(created.allowedEvents.map((e) => e.type)).toEqual(['RECORDED']);
    const path = { id: created.id };

    const recorded = await body(
      frontdesk.POST('/api/tickets/{id}/events', {
        params: { path },
        body: { type: 'RECORDED', data: { location: 'B2 corridor' }, expectedVersion: created.version },
      }),
    );
    const dispatcher = await as('dispatcher');
    const dispatched = await body(
      dispatcher.POST('/api/tickets/{id}/events', {
        params: { path },
        body: { type: 'DISPATCHED', expectedVersion: recorded.version },
      }),
    );
    expect(dispatched.state).toBe('fix');

    const stale = await dispatcher.POST('/api/tickets/{id}/events', {
      params: { path },
      body: { type: 'DISPATCHED', expectedVersion: recorded.version },
    });
    expect(stale.response.status).toBe(409);
    expect(stale.error?.error).toBe('version_conflict');

    const engineer = await as('engineer');
    const seen = await body(engineer.GET('/api/tickets/{id}', { params: { path } }));
    expect(seen.allowedEvents.filter((e) => e.mine).map((e) => e.type)).toEqual(['RESOLVED']);
    const resolved = await body(
      engineer.POST('/api/tickets/{id}/events', {
        params: { path },
        body: { type: 'RESOLVED', expectedVersion: seen.version },
      }),
    );
    expect(resolved.state).toBe('callback');
    const closed = await body(
      frontdesk.POST('/api/tickets/{id}/events', {
        params: { path },
        body: { type: 'CALLBACK_DONE', data: { satisfaction: 5 }, expectedVersion: resolved.version },
      }),
    );
    expect(closed).toMatchObject({ state: 'closed', status: 'closed' });
    expect(closed.data.satisfaction).toBe(5);

    const auditor = await as('auditor');
    const history = await body(auditor.GET('/api/tickets/{id}/history', { params: { path } }));
    expect(history.map((e) => `${e.eventType} ${e.outcome}`)).toEqual([
      'INTAKE accepted',
      'RECORDED accepted',
      'DISPATCHED accepted',
      'DISPATCHED refused',
      'RESOLVED accepted',
      'CALLBACK_DONE accepted',
    ]);
    expect(history.find((e) => e.outcome === 'refused')?.code).toBe('version_conflict');
    const chain = await body(auditor.GET('/api/audit/verify'));
    expect(chain).toMatchObject({ ok: true });
    expect(chain.firstBroken).toBeUndefined();
  });
});
