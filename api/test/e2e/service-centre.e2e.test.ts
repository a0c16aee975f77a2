import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../../src/common/clock.js';
import { TimerScheduler } from '../../src/scheduler/timer-scheduler.js';
import { DB_KINDS, startApi, type Api } from '../support/harness.js';

const text = (en: string, zh = en) => ({ 'zh-CN': zh, en });
const task = (id: string, lane: string, roles: string[], extra: object = {}) => ({
  id,
  type: 'task',
  lane,
  label: text(id),
  roles,
  evidence: [{ id: `${id}_form`, label: text('form', '表单') }],
  ...extra,
});

/** A small blueprint: the customer confirms the repair (recorded by the front desk), then a callback on working hours. */
const blueprint = {
  key: 'confirm-and-call',
  name: text('Confirm and call back', '确认并回访'),
  class: 'general',
  steps: [
    { id: 'start', type: 'start', lane: 'customer', label: text('Start', '开始') },
    task('record', 'frontstage', ['frontdesk']),
    task('confirm', 'customer', ['customer']),
    task('callback', 'frontstage', ['frontdesk'], {
      timeStandard: { duration: 'PT8H', clock: 'business', onBreach: { escalateTo: 'supervisor' } },
      requiredData: [
        { name: 'satisfaction', label: text('Satisfaction', '满意度'), type: 'integer', min: 1, max: 5 },
      ],
    }),
    { id: 'closed', type: 'end', lane: 'frontstage', label: text('Closed', '关闭') },
  ],
  flows: [
    { id: 'f1', from: 'start', to: 'record' },
    { id: 'f2', from: 'record', to: 'confirm', event: 'RECORDED' },
    { id: 'f3', from: 'confirm', to: 'callback', event: 'CONFIRMED' },
    { id: 'f4', from: 'callback', to: 'closed', event: 'CALLBACK_DONE' },
  ],
};
const ruleset = {
  key: 'only',
  name: text('Only', '唯一'),
  defaults: { class: 'general', priority: 'normal', blueprint: blueprint.key, team: 'customer_service' },
  rules: [],
};

describe.each(DB_KINDS)('the service centre on %s', (kind) => {
  let api: Api;
  // Friday 2026-11-20 17:00 in Beijing: the shipped site calendar closes at 20:00.
  const clock = new FakeClock(new Date('2026-11-20T09:00:00.000Z'));
  const auth = async (user: string) => ({ authorization: `Bearer ${await api.token(user)}` });
  let ticket: { id: string; version: number };

  beforeAll(async () => {
    api = await startApi(kind, { app: { clock, scheduler: { enabled: false } }, calendarDir: true });
    await api.http
      .put(`/api/blueprints/${blueprint.key}/draft`)
      .set(await auth('designer'))
      .send(blueprint)
      .expect(200);
    await api.http
      .post(`/api/blueprints/${blueprint.key}/publish`)
      .set(await auth('designer'))
      .expect(200);
    await api.http
      .put('/api/rules')
      .set(await auth('designer'))
      .send(ruleset)
      .expect(200);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('lets the front desk record what the customer says, as the customer, and no one else', async () => {
    const created = await api.http
      .post('/api/tickets')
      .set(await auth('frontdesk'))
      .send({ facts: { description: 'lobby door' } })
      .expect(201);
    const send = async (user: string, body: object) =>
      api.http
        .post(`/api/tickets/${created.body.id}/events`)
        .set(await auth(user))
        .send(body);
    expect((await send('frontdesk', { type: 'RECORDED', expectedVersion: 1 })).status).toBe(200);
    const seen = await api.http
      .get(`/api/tickets/${created.body.id}`)
      .set(await auth('frontdesk'))
      .expect(200);
    expect(seen.body.allowedEvents).toEqual([
      expect.objectContaining({ type: 'CONFIRMED', mine: true, onBehalfOf: 'customer' }),
    ]);
    const engineer = await send('engineer', { type: 'CONFIRMED', expectedVersion: 2 });
    expect([403, 404]).toContain(engineer.status);
    const confirmed = await send('frontdesk', { type: 'CONFIRMED', expectedVersion: 2 });
    expect(confirmed.body).toMatchObject({ state: 'callback', version: 3 });
    const history = await api.http
      .get(`/api/tickets/${created.body.id}/history`)
      .set(await auth('auditor'))
      .expect(200);
    const entry = history.body.find((e: { eventType: string }) => e.eventType === 'CONFIRMED');
    expect(entry).toMatchObject({ actorId: 'frontdesk', actorRole: 'customer', outcome: 'accepted' });
    ticket = confirmed.body;
  });

  it('counts a business-clock callback deadline in the site calendar working hours, not across the night', async () => {
    const view = await api.http
      .get(`/api/tickets/${ticket.id}`)
      .set(await auth('supervisor'))
      .expect(200);
    const breach = view.body.timers.find((t: { kind: string }) => t.kind === 'breach');
    // 3 h left on Friday (17:00-20:00); the night does not count, so 5 more hours from Saturday 08:30: 13:30 Beijing.
    expect(breach.due).toBe('2026-11-21T05:30:00.000Z');
  });

  it('reports the callback as done in time with its satisfaction, and replays every ticket to its stored state', async () => {
    clock.advance(3_600_000);
    await api.http
      .post(`/api/tickets/${ticket.id}/events`)
      .set(await auth('frontdesk'))
      .send({ type: 'CALLBACK_DONE', data: { satisfaction: 4 }, expectedVersion: 3 })
      .expect(200);
    await api.app.get(TimerScheduler).tick();
    const report = await api.http
      .get('/api/reports/callbacks')
      .set(await auth('supervisor'))
      .expect(200);
    expect(report.body.rows).toEqual([
      expect.objectContaining({
        blueprint: blueprint.key,
        team: 'customer_service',
        inTime: 1,
        late: 0,
        rateInTime: 1,
        answers: 1,
        meanSatisfaction: 4,
      }),
    ]);
    const one = await api.http
      .get(`/api/audit/replay/${ticket.id}`)
      .set(await auth('auditor'))
      .expect(200);
    expect(one.body).toMatchObject({ ok: true, ticketId: ticket.id });
    const all = await api.http
      .get('/api/audit/replay')
      .set(await auth('auditor'))
      .expect(200);
    expect(all.body).toMatchObject({ ok: true, mismatches: [] });
    expect(all.body.checked).toBeGreaterThan(0);
  });

  it('names the first difference when a stored ticket was edited behind the audit log', async () => {
    const sql =
      kind === 'sqlite'
        ? 'UPDATE tickets SET snapshot = REPLACE(snapshot, ?, ?) WHERE id = ?'
        : 'UPDATE tickets SET snapshot = REPLACE(snapshot, $1, $2) WHERE id = $3';
    await api.dataSource.query(sql, ['"satisfaction":4', '"satisfaction":5', ticket.id]);
    const one = await api.http
      .get(`/api/audit/replay/${ticket.id}`)
      .set(await auth('auditor'))
      .expect(200);
    expect(one.body).toMatchObject({ ok: false, reason: 'ticket_differs' });
    expect(one.body.field).toContain('satisfaction');
  });
});
