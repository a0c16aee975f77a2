import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../../src/common/clock.js';
import { TimerScheduler } from '../../src/scheduler/timer-scheduler.js';
import { DB_KINDS, startApi, type Api } from '../support/harness.js';

describe.each(DB_KINDS)('idempotent commands on %s', (kind) => {
  let api: Api;
  const clock = new FakeClock(new Date('2026-11-24T02:00:00.000Z'));
  const auth = async (user: string) => ({ authorization: `Bearer ${await api.token(user)}` });
  const count = async (table: string) =>
    Number(((await api.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`)) as { n: string }[])[0]!.n);

  beforeAll(async () => {
    api = await startApi(kind, { app: { clock, scheduler: { enabled: false } } });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('answers a retried intake with the first answer, byte for byte, and opens one ticket', async () => {
    const tickets = await count('tickets');
    const first = await api.http
      .post('/api/tickets')
      .set(await auth('frontdesk'))
      .set('idempotency-key', 'intake-1')
      .send({ facts: { description: 'lamp out' } })
      .expect(201);
    const retry = await api.http
      .post('/api/tickets')
      .set(await auth('frontdesk'))
      .set('idempotency-key', 'intake-1')
      .send({ facts: { description: 'lamp out' } })
      .expect(201);
    expect(retry.text).toBe(first.text);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await count('tickets')).toBe(tickets + 1);
  });

  it('refuses the same key with another body (422) and keys are per user', async () => {
    await api.http
      .post('/api/tickets')
      .set(await auth('frontdesk'))
      .set('idempotency-key', 'intake-2')
      .send({ facts: { description: 'a' } })
      .expect(201);
    const other = await api.http
      .post('/api/tickets')
      .set(await auth('frontdesk'))
      .set('idempotency-key', 'intake-2')
      .send({ facts: { description: 'b' } });
    expect(other.status).toBe(422);
    expect(other.body).toMatchObject({
      error: 'idempotency_key_reused',
      details: { field: 'Idempotency-Key' },
    });
    await api.http
      .post('/api/tickets')
      .set(await auth('dispatcher'))
      .set('idempotency-key', 'intake-2')
      .send({ facts: { description: 'b' } })
      .expect(201);
  });

  it('applies a retried event once: same answer, one version step, one audit entry', async () => {
    const { body: t } = await api.http
      .post('/api/tickets')
      .set(await auth('frontdesk'))
      .send({ facts: { description: 'door' } })
      .expect(201);
    const send = async () =>
      api.http
        .post(`/api/tickets/${t.id}/events`)
        .set(await auth('frontdesk'))
        .set('idempotency-key', `ev-${t.id}`)
        .send({ type: 'RECORDED', data: { location: 'lobby' }, expectedVersion: 1 });
    const first = await send();
    const retry = await send();
    expect([first.status, retry.status]).toEqual([200, 200]);
    expect(retry.text).toBe(first.text);
    const history = await api.http
      .get(`/api/tickets/${t.id}/history`)
      .set(await auth('auditor'))
      .expect(200);
    expect(history.body.filter((e: { eventType: string }) => e.eventType === 'RECORDED')).toHaveLength(1);
  });

  it('refuses a duplicate while the first is still running (409), and the first still lands once', async () => {
    const { body: t } = await api.http
      .post('/api/tickets')
      .set(await auth('frontdesk'))
      .send({ facts: { description: 'gate' } })
      .expect(201);
    const headers = { ...(await auth('frontdesk')), 'idempotency-key': `race-${t.id}` };
    const body = { type: 'RECORDED', data: { location: 'gate' }, expectedVersion: 1 };
    const results = await Promise.all(
      [0, 1, 2].map(() => api.http.post(`/api/tickets/${t.id}/events`).set(headers).send(body)),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses[0]).toBe(200);
    for (const r of results.filter((x) => x.status !== 200))
      expect(r.body.error).toBe('idempotency_in_flight');
    for (const r of results.filter((x) => x.status === 200))
      expect(r.text).toBe(results.find((x) => x.status === 200)!.text);
    const history = await api.http
      .get(`/api/tickets/${t.id}/history`)
      .set(await auth('auditor'))
      .expect(200);
    expect(
      history.body.filter(
        (e: { eventType: string; outcome: string }) => e.eventType === 'RECORDED' && e.outcome === 'accepted',
      ),
    ).toHaveLength(1);
  });

  it('rejects a malformed key naming the header', async () => {
    const res = await api.http
      .post('/api/tickets')
      .set(await auth('frontdesk'))
      .set('idempotency-key', 'x'.repeat(201))
      .send({ facts: {} });
    expect(res.status).toBe(400);
    expect(res.body.details).toMatchObject({ field: 'Idempotency-Key' });
  });

  it('keeps keys for seven days, then lets them go', async () => {
    const kept = await count('idempotency_keys');
    expect(kept).toBeGreaterThan(0);
    clock.advance(7 * 86_400_000);
    await api.app.get(TimerScheduler).tick();
    expect(await count('idempotency_keys')).toBe(kept);
    await api.restart({ clock, scheduler: { enabled: false } });
    clock.advance(2 * 86_400_000);
    await api.app.get(TimerScheduler).tick();
    expect(await count('idempotency_keys')).toBe(0);
  });
});
