import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FakeClock } from '../../src/common/clock.js';
import { IdempotencyRepository } from '../../src/idempotency/idempotency.repository.js';
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
    const send = () => api.http.post(`/api/tickets/${t.id}/events`).set(headers).send(body);
    // The first request is held at its key lookup (after claiming the key) until the duplicates are answered.
    const keys = api.app.get(IdempotencyRepository);
    const find = keys.find.bind(keys);
    let reached!: () => void;
    const atLookup = new Promise<void>((resolve) => (reached = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const held = vi.spyOn(keys, 'find').mockImplementationOnce(async (...args) => {
      reached();
      await gate;
      return find(...args);
    });
    try {
      const first = send().then((r) => r);
      await atLookup;
      const duplicates = await Promise.all([send(), send()]);
      release();
      const answered = await first;
      expect(answered.status).toBe(200);
      expect(answered.body).toMatchObject({ id: t.id, version: 2 });
      for (const duplicate of duplicates) {
        expect(duplicate.status).toBe(409);
        expect(duplicate.body).toMatchObject({
          error: 'idempotency_in_flight',
          details: { field: 'Idempotency-Key' },
        });
      }
      // Once the first has answered, the same request is a retry: the stored answer, replayed.
      const retry = await send().expect(200);
      expect(retry.text).toBe(answered.text);
      expect(retry.headers['idempotent-replayed']).toBe('true');
    } finally {
      release();
      held.mockRestore();
    }
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
