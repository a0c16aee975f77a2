import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../../src/common/clock.js';
import { TimerScheduler } from '../../src/scheduler/timer-scheduler.js';
import { DB_KINDS, startApi, type Api } from '../support/harness.js';

const T0 = '2026-11-24T02:00:00.000Z';
const MINUTE = 60_000;
const manual = (clock: FakeClock) => ({ clock, scheduler: { enabled: false } });

describe.each(DB_KINDS)('durable time standards on %s', (kind) => {
  let api: Api;
  const auth = async (user: string) => ({ authorization: `Bearer ${await api.token(user)}` });
  const sql = (text: string) => (kind === 'sqlite' ? text.replace(/\$\d+/g, '?') : text);
  const tick = () => api.app.get(TimerScheduler).tick();
  const leak = async () =>
    (
      await api.http
        .post('/api/tickets')
        .set(await auth('frontdesk'))
        .send({ facts: { waterFlowing: true, unit: '3-1201' } })
        .expect(201)
    ).body as { id: string; timers: { id: string; kind: string; due: string }[] };
  const timerEntries = async (id: string) =>
    (
      (
        await api.http
          .get(`/api/tickets/${id}/history`)
          .set(await auth('auditor'))
          .expect(200)
      ).body as { actorId: string; actorRole: string; eventType: string; outcome: string }[]
    ).filter((e) => e.eventType === 'TIMER_DUE');

  afterEach(async () => {
    await api?.close();
  });

  it('warns, then breaches and escalates through engine.step as the system, never early, once each', async () => {
    const clock = new FakeClock(new Date(T0));
    api = await startApi(kind, { app: manual(clock) });
    const t = await leak();
    expect(t.timers.map((x) => x.kind).sort()).toEqual(['breach', 'warning']);
    clock.advance(2 * MINUTE);
    expect(await tick()).toBe(0);
    clock.advance(MINUTE); // 3 min: past the 50 % warning of the 5-minute standard
    expect(await tick()).toBe(1);
    let view = (
      await api.http
        .get(`/api/tickets/${t.id}`)
        .set(await auth('supervisor'))
        .expect(200)
    ).body;
    expect(view).toMatchObject({ atRisk: true, overdue: false });
    clock.advance(3 * MINUTE);
    expect(await tick()).toBe(1);
    view = (
      await api.http
        .get(`/api/tickets/${t.id}`)
        .set(await auth('supervisor'))
        .expect(200)
    ).body;
    expect(view).toMatchObject({ overdue: true, version: 3 });
    expect(view.escalations.map((e: { kind: string; to: string }) => `${e.kind}:${e.to}`)).toContain(
      'breach:supervisor',
    );
    expect(await tick()).toBe(0);
    const entries = await timerEntries(t.id);
    expect(entries.map((e) => [e.actorId, e.actorRole, e.outcome])).toEqual([
      ['scheduler', 'system', 'accepted'],
      ['scheduler', 'system', 'accepted'],
    ]);
    const overdue = await api.http
      .get('/api/tickets?overdue=true')
      .set(await auth('supervisor'))
      .expect(200);
    expect(overdue.body.items.map((x: { id: string }) => x.id)).toEqual([t.id]);
    const verified = await api.http
      .get('/api/audit/verify')
      .set(await auth('auditor'))
      .expect(200);
    expect(verified.body.ok).toBe(true);
  });

  it('cancels the time standard of a step that completes in time', async () => {
    const clock = new FakeClock(new Date(T0));
    api = await startApi(kind, { app: manual(clock) });
    const t = await leak();
    clock.advance(MINUTE);
    await api.http
      .post(`/api/tickets/${t.id}/events`)
      .set(await auth('security'))
      .send({ type: 'ARRIVED', expectedVersion: 1 })
      .expect(200);
    clock.advance(10 * MINUTE);
    expect(await tick()).toBe(0);
    expect(await timerEntries(t.id)).toEqual([]);
  });

  it('fires a timer that fell due while the API was down within seconds of the restart', async () => {
    const clock = new FakeClock(new Date(T0));
    api = await startApi(kind, { app: manual(clock) });
    const t = await leak();
    clock.advance(30 * MINUTE);
    await api.restart({ clock, scheduler: { enabled: true, intervalMs: 100 } });
    const started = Date.now();
    await expect
      .poll(async () => (await timerEntries(t.id)).length, { timeout: 30_000, interval: 100 })
      .toBe(2);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('refuses a second firing of the same timer by the primary key, not by luck', async () => {
    const clock = new FakeClock(new Date(T0));
    api = await startApi(kind, { app: manual(clock) });
    const t = await leak();
    clock.advance(10 * MINUTE);
    expect(await tick()).toBe(2);
    const before = (await api.http.get(`/api/tickets/${t.id}`).set(await auth('supervisor'))).body
      .version as number;
    // As if a crash had lost the status update: the rows say pending again, the firings stay.
    await api.dataSource.query(
      sql("UPDATE timers SET status = 'pending' WHERE ticket_id = $1 AND kind = 'breach'"),
      [t.id],
    );
    await tick();
    const after = (await api.http.get(`/api/tickets/${t.id}`).set(await auth('supervisor'))).body
      .version as number;
    expect(after).toBe(before);
    expect((await timerEntries(t.id)).length).toBe(2);
    const [firings] = (await api.dataSource.query(
      sql('SELECT COUNT(*) AS n FROM timer_firings WHERE ticket_id = $1'),
      [t.id],
    )) as { n: number | string }[];
    expect(Number(firings!.n)).toBe(2);
  });
});
