import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../../src/common/clock.js';
import { DB_KINDS, SITE_CALENDAR, startApi, type Api } from '../support/harness.js';
import { addSite, addUser } from '../support/site-fixture.js';

// What a site runs: its own working calendar for time standards, and the blueprint and ruleset
// versions its assignment names (null: the company's: no calendar here, the latest versions).

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

/** The customer confirms (recorded by the front desk), then a callback within 8 working hours. */
const blueprint = (name: string) => ({
  key: 'site-callback',
  name: text(name),
  class: 'general',
  steps: [
    { id: 'start', type: 'start', lane: 'customer', label: text('Start', '开始') },
    task('record', 'frontstage', ['frontdesk']),
    task('confirm', 'customer', ['customer']),
    task('callback', 'frontstage', ['frontdesk'], {
      timeStandard: { duration: 'PT8H', clock: 'business', onBreach: { escalateTo: 'supervisor' } },
    }),
    { id: 'closed', type: 'end', lane: 'frontstage', label: text('Closed', '关闭') },
  ],
  flows: [
    { id: 'f1', from: 'start', to: 'record' },
    { id: 'f2', from: 'record', to: 'confirm', event: 'RECORDED' },
    { id: 'f3', from: 'confirm', to: 'callback', event: 'CONFIRMED' },
    { id: 'f4', from: 'callback', to: 'closed', event: 'CALLBACK_DONE' },
  ],
});
const ruleset = (priority: string) => ({
  key: 'sites',
  name: text('Sites'),
  defaults: { class: 'general', priority, blueprint: 'site-callback', team: 'customer_service' },
  rules: [],
});

describe.each(DB_KINDS)('what a site runs, on %s', (kind) => {
  let api: Api;
  // Friday 2026-11-20 17:00 in Beijing: the site calendar closes at 20:00.
  const clock = new FakeClock(new Date('2026-11-20T09:00:00.000Z'));
  const auth = async (user: string) => ({ authorization: `Bearer ${await api.token(user)}` });
  const setSite = async (id: string, column: 'calendar' | 'assignment', value: string) =>
    api.dataSource.query(
      kind === 'sqlite'
        ? `UPDATE sites SET ${column} = ? WHERE id = ?`
        : `UPDATE sites SET ${column} = $1 WHERE id = $2`,
      [value, id],
    );
  const intake = async (site: string) =>
    api.http
      .post('/api/tickets')
      .set(await auth('both.desk'))
      .send({ facts: { description: 'door' }, site });
  const publish = async (name: string, priority: string) => {
    const designer = await auth('designer');
    await api.http.put('/api/blueprints/site-callback/draft').set(designer).send(blueprint(name)).expect(200);
    await api.http.post('/api/blueprints/site-callback/publish').set(designer).expect(200);
    await api.http.put('/api/rules').set(designer).send(ruleset(priority)).expect(200);
  };

  beforeAll(async () => {
    api = await startApi(kind, { app: { clock, scheduler: { enabled: false } } });
    await publish('v1', 'normal');
    for (const site of ['wall', 'office', 'held', 'closed']) await addSite(api.dataSource, site, ['1-1-101']);
    await setSite('office', 'calendar', readFileSync(SITE_CALENDAR, 'utf8'));
    const latest = (
      await api.http
        .get('/api/rules')
        .set(await auth('designer'))
        .expect(200)
    ).body.version;
    await setSite(
      'held',
      'assignment',
      JSON.stringify({ blueprints: [{ key: 'site-callback', version: 1 }], rulesetVersion: latest }),
    );
    await setSite(
      'closed',
      'assignment',
      JSON.stringify({ blueprints: [{ key: 'repair', version: null }], rulesetVersion: null }),
    );
    await addUser(api, {
      username: 'both.desk',
      role: 'staff',
      jobRole: 'frontdesk',
      team: 'customer_service',
      sites: ['wall', 'office', 'held', 'closed'],
    });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('counts a time standard on the site’s own working hours, and replays it on them', async () => {
    const due: Record<string, string> = {};
    for (const site of ['wall', 'office']) {
      const created = (await intake(site)).body;
      const send = async (type: string, expectedVersion: number) =>
        api.http
          .post(`/api/tickets/${created.id}/events`)
          .set(await auth('both.desk'))
          .send({ type, expectedVersion })
          .expect(200);
      await send('RECORDED', 1);
      const confirmed = (await send('CONFIRMED', 2)).body;
      due[site] = confirmed.timers.find((t: { kind: string }) => t.kind === 'breach').due;
      const replayed = await api.http
        .get(`/api/audit/replay/${created.id}`)
        .set(await auth('auditor'))
        .expect(200);
      expect(replayed.body).toMatchObject({ ok: true });
    }
    // No company calendar: 8 hours of wall time. The office's: 3 h on Friday, 5 h from Saturday 08:30.
    expect(due).toEqual({ wall: '2026-11-20T17:00:00.000Z', office: '2026-11-21T05:30:00.000Z' });
  });

  it('tells clients the calendar a site’s tickets run on, and no one of another site', async () => {
    const calendar = async (user: string, site: string) =>
      api.http.get(`/api/site/calendar?site=${site}`).set(await auth(user));
    expect((await calendar('both.desk', 'office')).body).toEqual({
      calendar: JSON.parse(readFileSync(SITE_CALENDAR, 'utf8')),
    });
    expect((await calendar('both.desk', 'wall')).body).toEqual({ calendar: null });
    const foreign = await calendar('frontdesk', 'office');
    expect({ status: foreign.status, field: foreign.body.details?.field }).toEqual({
      status: 404,
      field: 'query.site',
    });
  });

  it('starts tickets on the blueprint and ruleset versions the site holds, the latest elsewhere', async () => {
    await publish('v2', 'high');
    const held = (await intake('held')).body;
    const wall = (await intake('wall')).body;
    expect({ version: held.blueprint.version, priority: held.priority }).toEqual({
      version: 1,
      priority: 'normal',
    });
    expect({ version: wall.blueprint.version, priority: wall.priority }).toEqual({
      version: 2,
      priority: 'high',
    });
    expect(held.classification.rulesetVersion).toBeLessThan(wall.classification.rulesetVersion);
  });

  it('refuses a request whose blueprint the site does not offer', async () => {
    const res = await intake('closed');
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      error: 'blueprint_not_published',
      details: { blueprint: 'site-callback', site: 'closed' },
    });
  });
});
