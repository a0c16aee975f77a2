import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../../src/common/clock.js';
import { TimerScheduler } from '../../src/scheduler/timer-scheduler.js';
import { DB_KINDS, startApi, type Api } from '../support/harness.js';

const MINUTE = 60_000;

describe.each(DB_KINDS)('what the console and the audit workspace read, on %s', (kind) => {
  let api: Api;
  const clock = new FakeClock(new Date('2026-11-24T02:00:00.000Z'));
  const auth = async (user: string) => ({ authorization: `Bearer ${await api.token(user)}` });
  let leak: { id: string };
  let repair: { id: string };

  beforeAll(async () => {
    api = await startApi(kind, { app: { clock, scheduler: { enabled: false } } });
    leak = (
      await api.http
        .post('/api/tickets')
        .set(await auth('frontdesk'))
        .send({ facts: { waterFlowing: true, unit: '3-1201' } })
        .expect(201)
    ).body;
    repair = (
      await api.http
        .post('/api/tickets')
        .set(await auth('frontdesk'))
        .send({ facts: { description: 'corridor lamp' } })
        .expect(201)
    ).body;
    clock.advance(MINUTE);
    await api.http
      .post(`/api/tickets/${repair.id}/events`)
      .set(await auth('frontdesk'))
      .send({ type: 'RECORDED', data: { location: 'B2' }, expectedVersion: 1 })
      .expect(200);
    await api.http
      .post(`/api/tickets/${repair.id}/events`)
      .set(await auth('engineer'))
      .send({ type: 'RESOLVED', expectedVersion: 2 });
    clock.advance(10 * MINUTE);
    await api.app.get(TimerScheduler).tick();
  });
  afterAll(async () => {
    await api?.close();
  });

  it('lists the escalations waiting for a role, and the team workload', async () => {
    const waiting = await api.http
      .get('/api/tickets?escalatedTo=supervisor')
      .set(await auth('supervisor'))
      .expect(200);
    expect(waiting.body.items.map((t: { id: string }) => t.id)).toContain(leak.id);
    const workload = await api.http
      .get('/api/reports/workload')
      .set(await auth('supervisor'))
      .expect(200);
    const engineering = workload.body.find((t: { team: string }) => t.team === 'engineering');
    expect(engineering).toMatchObject({ open: 1, emergency: 1, overdue: 1 });
  });

  it('keeps comments on a ticket, in order, in the audit log too, and refuses an empty one naming the field', async () => {
    await api.http
      .post(`/api/tickets/${leak.id}/comments`)
      .set(await auth('security'))
      .send({ body: 'Valve closed, water stopped' })
      .expect(201);
    await api.http
      .post(`/api/tickets/${leak.id}/comments`)
      .set(await auth('engineer'))
      .send({ body: '楼下 2 户受影响' })
      .expect(201);
    const bad = await api.http
      .post(`/api/tickets/${leak.id}/comments`)
      .set(await auth('engineer'))
      .send({ body: '   ' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('body');
    const list = await api.http
      .get(`/api/tickets/${leak.id}/comments`)
      .set(await auth('auditor'))
      .expect(200);
    expect(list.body.map((c: { authorId: string; body: string }) => [c.authorId, c.body])).toEqual([
      ['security', 'Valve closed, water stopped'],
      ['engineer', '楼下 2 户受影响'],
    ]);
    const audit = await api.http
      .get(`/api/audit?ticketId=${leak.id}&command=ticket.comment`)
      .set(await auth('auditor'))
      .expect(200);
    expect(audit.body.items).toHaveLength(2);
  });

  it('lets a supervisor move a ticket to another team, audited, and the ticket still replays', async () => {
    const before = (
      await api.http
        .get(`/api/tickets/${repair.id}`)
        .set(await auth('supervisor'))
        .expect(200)
    ).body;
    const moved = await api.http
      .post(`/api/tickets/${repair.id}/reassign`)
      .set(await auth('supervisor'))
      .send({ team: 'security', expectedVersion: before.version })
      .expect(200);
    expect(moved.body).toMatchObject({ team: 'security', version: before.version + 1 });
    const listed = await api.http
      .get('/api/tickets?team=security')
      .set(await auth('supervisor'))
      .expect(200);
    expect(listed.body.items.map((t: { id: string }) => t.id)).toContain(repair.id);
    const stale = await api.http
      .post(`/api/tickets/${repair.id}/reassign`)
      .set(await auth('supervisor'))
      .send({ team: 'cleaning', expectedVersion: before.version });
    expect(stale.status).toBe(409);
    const replayed = await api.http
      .get(`/api/audit/replay/${repair.id}`)
      .set(await auth('auditor'))
      .expect(200);
    expect(replayed.body).toMatchObject({ ok: true });
  });

  it('searches the log by blueprint, event, role, class and outcome, and exports it as CSV and JSON', async () => {
    const byEvent = await api.http
      .get('/api/audit?eventType=TIMER_DUE&class=emergency')
      .set(await auth('auditor'))
      .expect(200);
    expect(byEvent.body.items.length).toBeGreaterThan(0);
    expect(
      byEvent.body.items.every(
        (e: { ticketId: string; actorRole: string }) => e.ticketId === leak.id && e.actorRole === 'system',
      ),
    ).toBe(true);
    const byBlueprint = await api.http
      .get('/api/audit?blueprintKey=repair&blueprintVersion=1&actorRole=frontdesk')
      .set(await auth('auditor'))
      .expect(200);
    expect(byBlueprint.body.items.map((e: { eventType: string }) => e.eventType)).toEqual([
      'INTAKE',
      'RECORDED',
    ]);
    const csv = await api.http
      .get('/api/audit/export?format=csv&blueprintKey=repair')
      .set(await auth('auditor'))
      .expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]!.startsWith('seq,at,ticketId')).toBe(true);
    expect(lines.length).toBeGreaterThan(2);
    const json = await api.http
      .get('/api/audit/export?format=json&blueprintKey=repair')
      .set(await auth('auditor'))
      .expect(200);
    expect(json.body).toHaveLength(lines.length - 1);
    const refused = await api.http
      .get('/api/audit?outcome=refused&team=engineering')
      .set(await auth('auditor'))
      .expect(200);
    expect(refused.body.items.every((e: { outcome: string }) => e.outcome === 'refused')).toBe(true);
  });

  it('paints the heatmap of a blueprint: passes, time at each step, breaches and refusals', async () => {
    const heat = await api.http
      .get('/api/reports/heatmap/water-leak')
      .set(await auth('auditor'))
      .expect(200);
    expect(heat.body).toMatchObject({ blueprint: 'water-leak', version: 1, tickets: 1 });
    const respond = heat.body.steps.find((s: { stepId: string }) => s.stepId === 'respond');
    expect(respond).toMatchObject({ passed: 1, breaches: 1 });
    const repairHeat = await api.http
      .get('/api/reports/heatmap/repair?version=1')
      .set(await auth('auditor'))
      .expect(200);
    const record = repairHeat.body.steps.find((s: { stepId: string }) => s.stepId === 'record');
    expect(record).toMatchObject({ passed: 1, medianMs: MINUTE });
    await api.http
      .get('/api/reports/heatmap/no-such-blueprint')
      .set(await auth('auditor'))
      .expect(404);
  });
  // Last: it opens one more repair ticket than the counts above expect.
  it('orders the queue by urgency: emergencies first, then the least time left to breach', async () => {
    const soon = (
      await api.http
        .post('/api/tickets')
        .set(await auth('frontdesk'))
        .send({ facts: { description: 'bench broken' } })
        .expect(201)
    ).body;
    await api.http
      .post(`/api/tickets/${soon.id}/events`)
      .set(await auth('frontdesk'))
      .send({ type: 'RECORDED', data: { location: 'park' }, expectedVersion: 1 })
      .expect(200);
    const queue = await api.http
      .get('/api/tickets?sort=urgency&status=open')
      .set(await auth('supervisor'))
      .expect(200);
    const ids = queue.body.items.map((t: { id: string }) => t.id);
    expect(ids[0]).toBe(leak.id);
    expect(queue.body.items[1].nextBreach).not.toBeNull();
    const dues = queue.body.items
      .filter((t: { class: string; nextBreach: string | null }) => t.class !== 'emergency' && t.nextBreach)
      .map((t: { nextBreach: string }) => t.nextBreach);
    expect(dues).toEqual([...dues].sort());
  });
});
