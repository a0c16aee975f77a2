import { compile, replay, sameTicket, type ReplayCommand } from '@frontstage/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, startApi, type Api } from '../support/harness.js';

describe.each(DB_KINDS)('tickets over HTTP on %s', (kind) => {
  let api: Api;
  const auth = async (user: string) => ({ authorization: `Bearer ${await api.token(user)}` });
  const send = async (user: string, id: string, body: object) =>
    api.http
      .post(`/api/tickets/${id}/events`)
      .set(await auth(user))
      .send(body);

  beforeAll(async () => {
    api = await startApi(kind);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('takes a repair ticket from intake to close with the right roles', async () => {
    const created = await api.http
      .post('/api/tickets')
      .set(await auth('frontdesk'))
      .send({ facts: { description: 'corridor light broken', floor: 3 } })
      .expect(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({
      class: 'general',
      state: 'record',
      version: 1,
      blueprint: { key: 'repair', version: 1 },
    });
    expect(created.body.allowedEvents.map((e: { type: string }) => e.type)).toEqual(['RECORDED']);
    let r = await send('frontdesk', id, {
      type: 'RECORDED',
      data: { location: 'B2 corridor' },
      expectedVersion: 1,
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ state: 'dispatch', version: 2 });
    expect(r.body.timers.length).toBeGreaterThan(0);
    r = await send('dispatcher', id, { type: 'DISPATCHED', expectedVersion: 2 });
    expect(r.body).toMatchObject({ state: 'fix', version: 3 });
    const forEngineer = await api.http
      .get(`/api/tickets/${id}`)
      .set(await auth('engineer'))
      .expect(200);
    expect(forEngineer.body.allowedEvents).toEqual([
      expect.objectContaining({ type: 'RESOLVED', mine: true }),
    ]);
    r = await send('engineer', id, { type: 'RESOLVED', expectedVersion: 3 });
    expect(r.body.state).toBe('callback');
    r = await send('frontdesk', id, { type: 'CALLBACK_DONE', data: { satisfaction: 5 }, expectedVersion: 4 });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ state: 'closed', status: 'closed', version: 5 });
    const history = await api.http
      .get(`/api/tickets/${id}/history`)
      .set(await auth('auditor'))
      .expect(200);
    expect(history.body.map((e: { eventType: string }) => e.eventType)).toEqual([
      'INTAKE',
      'RECORDED',
      'DISPATCHED',
      'RESOLVED',
      'CALLBACK_DONE',
    ]);
    expect(history.body[0].trace.classification).toMatchObject({
      class: 'general',
      team: 'customer_service',
      timeStandards: {},
    });
    expect(history.body[0].data).toEqual({ description: 'corridor light broken', floor: 3 });
    const version = await api.http
      .get(`/api/blueprints/repair/versions/${r.body.blueprint.version}`)
      .set(await auth('auditor'))
      .expect(200);
    const compiled = compile(version.body.blueprint);
    if (!compiled.ok) throw new Error('stored version does not compile');
    type Entry = {
      eventType: string;
      data: Record<string, unknown> | null;
      actorId: string;
      actorRole: string;
      at: string;
      trace: { classification?: { team: string; timeStandards: Record<string, string> } };
    };
    const commands: ReplayCommand[] = (history.body as Entry[]).map((e) =>
      e.eventType === 'INTAKE'
        ? {
            kind: 'start',
            facts: e.data ?? {},
            actor: { id: e.actorId, role: e.actorRole },
            at: e.at,
            options: {
              team: e.trace.classification!.team,
              timeStandards: e.trace.classification!.timeStandards,
            },
          }
        : {
            kind: 'event',
            event: { type: e.eventType, ...(e.data ? { data: e.data } : {}) },
            actor: { id: e.actorId, role: e.actorRole },
            at: e.at,
          },
    );
    const [stored] = (await api.dataSource.query(
      `SELECT snapshot FROM tickets WHERE id = ${kind === 'sqlite' ? '?' : '$1'}`,
      [id],
    )) as { snapshot: string }[];
    const replayed = replay(compiled, commands);
    expect(replayed.ok && sameTicket(replayed.ticket, JSON.parse(stored!.snapshot))).toBe(true);
    const timers = (await api.dataSource.query(
      'SELECT status FROM timers WHERE ticket_id = $1'.replace('$1', kind === 'sqlite' ? '?' : '$1'),
      [id],
    )) as { status: string }[];
    expect(timers.every((t) => t.status === 'cancelled')).toBe(true);
  });

  it('classifies a burst pipe as an emergency and routes it to engineering', async () => {
    const evaluated = await api.http
      .post('/api/rules/evaluate')
      .set(await auth('frontdesk'))
      .send({ facts: { description: '3楼跑水了' } })
      .expect(200);
    expect(evaluated.body.classification).toMatchObject({
      class: 'emergency',
      priority: 'urgent',
      blueprint: 'water-leak',
      team: 'engineering',
    });
    expect(evaluated.body.classification.explanation.decidedBy.class).toBe('water-leak');
    const created = await api.http
      .post('/api/tickets')
      .set(await auth('frontdesk'))
      .send({ facts: { waterFlowing: true, unit: '3-1201' } })
      .expect(201);
    expect(created.body).toMatchObject({
      class: 'emergency',
      priority: 'urgent',
      team: 'engineering',
      state: 'respond',
      blueprint: { key: 'water-leak' },
    });
    expect(created.body.timers.map((t: { kind: string }) => t.kind).sort()).toEqual(['breach', 'warning']);
    const engineerList = await api.http
      .get('/api/tickets?class=emergency')
      .set(await auth('engineer'))
      .expect(200);
    expect(engineerList.body.items.map((t: { id: string }) => t.id)).toContain(created.body.id);
    const securityList = await api.http
      .get('/api/tickets?assignee=security')
      .set(await auth('security'))
      .expect(200);
    expect(securityList.body.items.map((t: { id: string }) => t.id)).toContain(created.body.id);
  });

  it('answers 403 for a role the step does not allow, 409 for a stale version, 422 for an event not allowed now', async () => {
    const { body: t } = await api.http
      .post('/api/tickets')
      .set(await auth('frontdesk'))
      .send({ facts: { description: 'door squeaks' } })
      .expect(201);
    const forbidden = await send('dispatcher', t.id, {
      type: 'RECORDED',
      data: { location: 'lobby' },
      expectedVersion: 1,
    });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body).toMatchObject({ statusCode: 403, error: 'role_not_allowed' });
    const notNow = await send('frontdesk', t.id, { type: 'RESOLVED', expectedVersion: 1 });
    expect(notNow.status).toBe(422);
    expect(notNow.body.error).toBe('event_not_allowed');
    const missing = await send('frontdesk', t.id, { type: 'RECORDED', expectedVersion: 1 });
    expect(missing.status).toBe(422);
    expect(missing.body.error).toBe('data_invalid');
    await send('frontdesk', t.id, { type: 'RECORDED', data: { location: 'lobby' }, expectedVersion: 1 }).then(
      (r) => expect(r.status).toBe(200),
    );
    const stale = await send('dispatcher', t.id, { type: 'DISPATCHED', expectedVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      error: 'version_conflict',
      details: { field: 'expectedVersion', currentVersion: 2 },
    });
    const refused = await api.http
      .get(`/api/audit?ticketId=${t.id}&outcome=refused`)
      .set(await auth('auditor'))
      .expect(200);
    expect(refused.body.items.map((e: { code: string }) => e.code)).toEqual([
      'role_not_allowed',
      'event_not_allowed',
      'data_invalid',
      'version_conflict',
    ]);
  });

  it('lets only one of two concurrent commands on the same version win', async () => {
    const { body: t } = await api.http
      .post('/api/tickets')
      .set(await auth('frontdesk'))
      .send({ facts: { description: 'tap drips' } })
      .expect(201);
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        send('frontdesk', t.id, { type: 'RECORDED', data: { location: 'roof' }, expectedVersion: 1 }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
  });

  it('keeps running tickets on their version when a new version is published', async () => {
    const { body: before } = await api.http
      .post('/api/tickets')
      .set(await auth('frontdesk'))
      .send({ facts: { description: 'bench broken' } })
      .expect(201);
    const draft = await api.http
      .get('/api/blueprints/repair/draft')
      .set(await auth('designer'))
      .expect(200);
    const next = structuredClone(draft.body.blueprint);
    next.name.en = 'Repair of shared parts (v2)';
    next.steps.find((s: { id: string }) => s.id === 'dispatch').timeStandard.duration = 'PT20M';
    await api.http
      .put('/api/blueprints/repair/draft')
      .set(await auth('designer'))
      .send(next)
      .expect(200);
    // A note that is only spaces is refused, naming the field, and publishes nothing.
    const blank = await api.http
      .post('/api/blueprints/repair/publish')
      .set(await auth('designer'))
      .send({ note: '   ' })
      .expect(400);
    expect(blank.body.details.field).toBe('note');
    const published = await api.http
      .post('/api/blueprints/repair/publish')
      .set(await auth('designer'))
      .send({ note: ' Dispatch within 20 minutes ' })
      .expect(200);
    expect(published.body).toMatchObject({
      key: 'repair',
      version: 2,
      created: true,
      note: 'Dispatch within 20 minutes',
    });
    const versions = await api.http
      .get('/api/blueprints/repair/versions')
      .set(await auth('auditor'))
      .expect(200);
    expect(versions.body.map((v: { note: string | null }) => v.note)).toEqual([
      'Dispatch within 20 minutes',
      null,
    ]);
    const entry = await api.http
      .get('/api/audit?command=blueprint.publish&blueprintKey=repair&blueprintVersion=2')
      .set(await auth('auditor'))
      .expect(200);
    expect(entry.body.items[0].data).toMatchObject({ version: 2, note: 'Dispatch within 20 minutes' });
    const again = await api.http
      .post('/api/blueprints/repair/publish')
      .set(await auth('designer'))
      .expect(200);
    expect(again.body).toMatchObject({ version: 2, created: false });
    const moved = await send('frontdesk', before.id, {
      type: 'RECORDED',
      data: { location: 'park' },
      expectedVersion: 1,
    });
    expect(moved.status).toBe(200);
    expect(moved.body.blueprint).toMatchObject({ version: 1, hash: before.blueprint.hash });
    const { body: after } = await api.http
      .post('/api/tickets')
      .set(await auth('frontdesk'))
      .send({ facts: { description: 'bench broken again' } })
      .expect(201);
    expect(after.blueprint.version).toBe(2);
    const v1 = await api.http
      .get('/api/blueprints/repair/versions/1')
      .set(await auth('auditor'))
      .expect(200);
    expect(v1.body.hash).toBe(before.blueprint.hash);
    // The stored machine and rules are exactly what compiling the stored version yields.
    const recompiled = compile(v1.body.blueprint);
    if (!recompiled.ok) throw new Error('stored version 1 does not compile');
    expect(recompiled.hash).toBe(before.blueprint.hash);
    expect(v1.body.compiled).toEqual(
      JSON.parse(
        JSON.stringify({ machine: recompiled.machine, rules: recompiled.rules, report: recompiled.report }),
      ),
    );
    const list = await api.http
      .get('/api/blueprints')
      .set(await auth('designer'))
      .expect(200);
    expect(list.body.find((b: { key: string }) => b.key === 'repair').latest.version).toBe(2);
  });
});
