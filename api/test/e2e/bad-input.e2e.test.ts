import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ListQuery } from '../../src/tickets/ticket-requests.js';
import { DB_KINDS, startApi, tableCounts, type Api } from '../support/harness.js';

/** A request that must be refused: method, path, and a body that is JSON text or a value to encode. */
interface BadRequest {
  method: 'get' | 'post' | 'put';
  path: string;
  raw?: string;
  body?: unknown;
}

const ticketPlaceholder = '{ticket}';
const junkKey = fc.string({ minLength: 1, maxLength: 12 });
const notObject = fc.oneof(
  fc.integer(),
  fc.string(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
);
const injected = fc.constantFrom(
  'state',
  'version',
  'role',
  'hash',
  'status',
  'id',
  'blueprint',
  'actor',
  'seq',
  '__proto__x',
);

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const malformedJson: fc.Arbitrary<BadRequest> = fc
  .record({
    target: fc.constantFrom(
      '/api/tickets',
      `/api/tickets/${ticketPlaceholder}/events`,
      '/api/rules/evaluate',
      '/api/auth/login',
      '/api/blueprints/validate',
    ),
    text: fc.oneof(
      // Only text that really is malformed: '{' + '}' is an empty object, which /validate rightly answers.
      fc
        .string({ maxLength: 40 })
        .map((s) => `{${s}`)
        .filter((text) => !parsesAsJson(text)),
      fc.constantFrom('{"a":', '[1,2', '{"facts": {}}}', "{'a':1}", 'nul', '{"__proto__": {"x": 1}}'),
    ),
  })
  .map(({ target, text }) => ({ method: 'post', path: target, raw: text }));

const wrongTicketBody: fc.Arbitrary<BadRequest> = fc.oneof(
  notObject.map((body) => ({ method: 'post' as const, path: '/api/tickets', body })),
  notObject.map((facts) => ({ method: 'post' as const, path: '/api/tickets', body: { facts } })),
  fc.record({ key: injected, value: fc.jsonValue() }).map(({ key, value }) => ({
    method: 'post' as const,
    path: '/api/tickets',
    body: { facts: { description: 'x' }, [key]: value },
  })),
  fc
    .string({ maxLength: 8 })
    .filter((k) => !/^[a-zA-Z][a-zA-Z0-9_]{0,63}$/.test(k))
    .map((k) => ({ method: 'post' as const, path: '/api/tickets', body: { facts: { [k]: 1 } } })),
);

const wrongEventBody: fc.Arbitrary<BadRequest> = fc
  .oneof(
    fc.record({
      type: fc.oneof(
        fc.integer(),
        fc.string().filter((s) => !/^[A-Z][A-Z0-9_]{0,63}$/.test(s)),
      ),
      expectedVersion: fc.integer({ min: 1, max: 3 }),
    }),
    fc.record({
      type: fc.constant('RECORDED'),
      expectedVersion: fc.oneof(fc.string(), fc.double(), fc.integer({ max: 0 }), fc.constant(null)),
    }),
    fc.record({
      type: fc.constant('RECORDED'),
      data: notObject.filter((d) => d !== null || true),
      expectedVersion: fc.constant(1),
    }),
    fc.record({ key: injected, value: fc.jsonValue() }).map(({ key, value }) => ({
      type: 'RECORDED',
      data: { location: 'x' },
      expectedVersion: 1,
      [key]: value,
    })),
    notObject,
  )
  .map((body) => ({ method: 'post' as const, path: `/api/tickets/${ticketPlaceholder}/events`, body }));

const unknownIds: fc.Arbitrary<BadRequest> = fc.oneof(
  fc.uuid().map((id) => ({ method: 'get' as const, path: `/api/tickets/${id}` })),
  fc.uuid().map((id) => ({
    method: 'post' as const,
    path: `/api/tickets/${id}/events`,
    body: { type: 'RECORDED', expectedVersion: 1 },
  })),
  fc
    .stringMatching(/^[a-z0-9-]{1,20}$/)
    .filter((s) => !/^[0-9a-f]{8}-/.test(s))
    .map((id) => ({ method: 'get' as const, path: `/api/tickets/${id}/history` })),
  fc
    .stringMatching(/^[a-z]{3,10}$/)
    .map((key) => ({ method: 'get' as const, path: `/api/blueprints/zz${key}/draft` })),
  fc
    .integer({ min: 2, max: 1000 })
    .map((v) => ({ method: 'get' as const, path: `/api/blueprints/water-leak/versions/${v}` })),
  fc.string({ maxLength: 6 }).map((v) => ({
    method: 'get' as const,
    path: `/api/blueprints/repair/versions/${encodeURIComponent(v)}x`,
  })),
  fc
    .stringMatching(/^[a-z]{3,10}$/)
    .map((key) => ({ method: 'post' as const, path: `/api/blueprints/zz${key}/publish` })),
);

const badQueries: fc.Arbitrary<BadRequest> = fc.oneof(
  fc
    .record({
      k: fc.constantFrom('class', 'status', 'overdue', 'limit', 'offset', 'assignee'),
      v: fc
        .string({ minLength: 1, maxLength: 8 })
        .filter((s) => !/^(general|special|emergency|open|closed|true|false|\d+|[a-z][a-z0-9_]*)$/.test(s)),
    })
    .map(({ k, v }) => ({ method: 'get' as const, path: `/api/tickets?${k}=${encodeURIComponent(v)}` })),
  // An unknown parameter: any name the queue's query does not declare (read from its schema, so a new one is known).
  junkKey
    .filter((k) => !Object.keys(ListQuery.shape).includes(k))
    .map((k) => ({ method: 'get' as const, path: `/api/tickets?${encodeURIComponent(k)}=1` })),
  fc
    .constantFrom(
      'limit=0',
      'limit=100000',
      'afterSeq=-1',
      'outcome=maybe',
      'from=yesterday',
      'ticketId=nope',
    )
    .map((q) => ({ method: 'get' as const, path: `/api/audit?${q}` })),
);

const badDocuments: fc.Arbitrary<BadRequest> = fc.oneof(
  fc.anything().map((body) => ({ method: 'put' as const, path: '/api/blueprints/repair/draft', body })),
  fc.anything().map((body) => ({ method: 'put' as const, path: '/api/rules', body })),
  fc.record({ key: injected, value: fc.jsonValue() }).map(({ key, value }) => ({
    method: 'put' as const,
    path: '/api/rules',
    body: { key: 'default', [key]: value },
  })),
  fc
    .record({ facts: notObject })
    .map((body) => ({ method: 'post' as const, path: '/api/rules/evaluate', body })),
  fc
    .record({ username: notObject, password: notObject })
    .map((body) => ({ method: 'post' as const, path: '/api/auth/login', body })),
  fc
    .record({
      username: fc.string({ minLength: 1, maxLength: 10 }),
      password: fc.string({ minLength: 1, maxLength: 10 }),
    })
    .map((body) => ({
      method: 'post' as const,
      path: '/api/auth/login',
      body: { ...body, username: `nobody-${body.username}` },
    })),
);

const oversize: fc.Arbitrary<BadRequest> = fc
  .constantFrom('/api/tickets', '/api/rules/evaluate', `/api/tickets/${ticketPlaceholder}/events`)
  .map((path) => ({
    method: 'post' as const,
    path,
    raw: JSON.stringify({ facts: { description: 'x'.repeat(1024 * 1024 + 10) } }),
  }));

const badRequest = fc.oneof(
  { arbitrary: malformedJson, weight: 3 },
  { arbitrary: wrongTicketBody, weight: 3 },
  { arbitrary: wrongEventBody, weight: 3 },
  { arbitrary: unknownIds, weight: 3 },
  { arbitrary: badQueries, weight: 2 },
  { arbitrary: badDocuments, weight: 3 },
  { arbitrary: oversize, weight: 1 },
);

describe.each(DB_KINDS)('bad input on %s', (kind) => {
  let api: Api;
  let ticket: string;

  beforeAll(async () => {
    api = await startApi(kind);
    ticket = (
      await api.http
        .post('/api/tickets')
        .set('authorization', `Bearer ${await api.token('frontdesk')}`)
        .send({ facts: { description: 'fuzz' } })
        .expect(201)
    ).body.id;
  });
  afterAll(async () => {
    await api?.close();
  });

  it('refuses 1,000 generated bad requests with a 4xx that names the field, and saves nothing', async () => {
    const before = await tableCounts(api.dataSource);
    const token = await api.token('admin');
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(badRequest, async (r) => {
        const path = r.path.replace(ticketPlaceholder, ticket);
        let req = api.http[r.method](path).set('authorization', `Bearer ${token}`);
        if (r.raw !== undefined) req = req.set('content-type', 'application/json').send(r.raw);
        else if (r.body !== undefined)
          req = req.set('content-type', 'application/json').send(JSON.stringify(r.body) ?? 'undefined');
        const res = await req;
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        expect(
          res.status,
          `${r.method} ${path} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`,
        ).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(res.body).toMatchObject({
          statusCode: res.status,
          error: expect.any(String),
          message: expect.any(String),
        });
        if (res.status === 400) expect(typeof res.body.details?.field).toBe('string');
      }),
      { numRuns: 1000 },
    );
    expect(await tableCounts(api.dataSource)).toEqual(before);
    expect([...statuses.keys()].every((s) => s >= 400 && s < 500)).toBe(true);
  });
});
