import { describe, expect, it } from 'vitest';
import { ApiError, createApiClient, type Fetch } from './client';

function fakeFetch(responses: Record<string, { status: number; body: unknown }>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetcher: Fetch = async (input, init) => {
    const url = String(input);
    calls.push({ url, init: init ?? {} });
    const hit = responses[`${init?.method ?? 'GET'} ${url}`] ?? {
      status: 404,
      body: { statusCode: 404, error: 'Not Found', message: 'no route' },
    };
    return new Response(JSON.stringify(hit.body), {
      status: hit.status,
      headers: { 'content-type': 'application/json' },
    });
  };
  return { fetcher, calls };
}

describe('api client', () => {
  it('renews an expired token once from the session cookie and sends the requests again', async () => {
    let valid = 'old';
    let refreshes = 0;
    const seen: string[] = [];
    const fetcher: Fetch = async (input, init) => {
      const url = String(input);
      const auth = (init?.headers as Record<string, string>).authorization;
      seen.push(`${url} ${auth ?? '-'}`);
      const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });
      if (url === '/api/auth/login') return json(200, { token: 'old', user: {} });
      if (url === '/api/auth/refresh') {
        refreshes++;
        valid = 'new';
        return json(200, { token: 'new', user: {} });
      }
      return auth === `Bearer ${valid}` ? json(200, []) : json(401, { error: 'unauthorized' });
    };
    const api = createApiClient('', fetcher);
    await api.login('engineer', 'pw');
    valid = 'rotated-by-expiry';
    await Promise.all([api.blueprints(), api.rules()]);
    expect(refreshes).toBe(1);
    expect(api.token).toBe('new');
    expect(seen.filter((s) => s.endsWith('Bearer new'))).toHaveLength(2);
  });

  it('does not retry when the session is gone too: the 401 reaches the caller', async () => {
    const fetcher: Fetch = async (input) => {
      const url = String(input);
      if (url === '/api/auth/login') return new Response(JSON.stringify({ token: 't', user: {} }));
      return new Response(JSON.stringify({ error: 'unauthorized' }), { status: 401 });
    };
    const api = createApiClient('', fetcher);
    await api.login('engineer', 'pw');
    await expect(api.blueprints()).rejects.toMatchObject({ status: 401 });
    await expect(api.resume()).rejects.toMatchObject({ status: 401 });
  });

  it('logs in and sends the bearer token with later calls', async () => {
    const { fetcher, calls } = fakeFetch({
      'POST /api/auth/login': {
        status: 200,
        body: { token: 't0k', user: { id: '1', username: 'designer', role: 'designer' } },
      },
      'GET /api/blueprints': { status: 200, body: [] },
    });
    const api = createApiClient('', fetcher);
    await api.login('designer', 'pw');
    await api.blueprints();
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ username: 'designer', password: 'pw' });
    expect((calls[1]!.init.headers as Record<string, string>).authorization).toBe('Bearer t0k');
  });

  it('turns an error response into an ApiError carrying the body', async () => {
    const { fetcher } = fakeFetch({
      'POST /api/blueprints/x/publish': {
        status: 422,
        body: { statusCode: 422, error: 'Unprocessable', message: 'errors remain' },
      },
    });
    const api = createApiClient('', fetcher);
    const failure = await api.publish('x').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).status).toBe(422);
    expect((failure as ApiError).message).toBe('errors remain');
  });

  it('lists the published versions of a blueprint, newest first, with who published them', async () => {
    const v = (version: number) => ({
      key: 'shared-repair',
      version,
      hash: `h${version}`,
      publishedAt: `2026-11-2${version}T08:00:00.000Z`,
      publishedBy: 'designer',
    });
    const { fetcher, calls } = fakeFetch({
      'GET /api/blueprints/shared-repair/versions': { status: 200, body: [v(2), v(1)] },
    });
    const api = createApiClient('', fetcher);
    api.setToken('t0k');
    const list = await api.versions('shared-repair');
    expect(list.map((x) => x.version)).toEqual([2, 1]);
    expect(list[0]!.publishedBy).toBe('designer');
    expect((calls[0]!.init.headers as Record<string, string>).authorization).toBe('Bearer t0k');
  });

  it('sends an Idempotency-Key with an intake, so a retry never opens a second ticket', async () => {
    const { fetcher, calls } = fakeFetch({ 'POST /api/tickets': { status: 201, body: { id: 't1' } } });
    const api = createApiClient('', fetcher);
    await api.createTicket({ facts: { description: '楼上跑水' } }, 'key-1');
    expect((calls[0]!.init.headers as Record<string, string>)['idempotency-key']).toBe('key-1');
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ facts: { description: '楼上跑水' } });
  });

  it('asks for the queue with only the filters that are set', async () => {
    const { fetcher, calls } = fakeFetch({
      'GET /api/tickets?status=open&sort=urgency&overdue=true': {
        status: 200,
        body: { items: [], total: 0, limit: 50, offset: 0 },
      },
    });
    const api = createApiClient('', fetcher);
    const page = await api.tickets({ status: 'open', sort: 'urgency', class: '', overdue: true, q: '' });
    expect(page.total).toBe(0);
    expect(calls[0]!.url).toBe('/api/tickets?status=open&sort=urgency&overdue=true');
  });

  it('downloads an audit export under the name the server gives it', async () => {
    const fetcher: Fetch = async () =>
      new Response('seq,at\r\n', {
        status: 200,
        headers: { 'content-disposition': 'attachment; filename="frontstage-audit.csv"' },
      });
    const api = createApiClient('', fetcher);
    const file = await api.auditExport({ outcome: 'refused' }, 'csv');
    expect(file.filename).toBe('frontstage-audit.csv');
    expect(await file.blob.text()).toBe('seq,at\r\n');
  });

  it('puts the token in the stream address, as EventSource cannot send headers', () => {
    const api = createApiClient('http://x');
    api.setToken('t 0k');
    expect(api.streamUrl()).toBe('http://x/api/stream?access_token=t+0k');
  });
});
