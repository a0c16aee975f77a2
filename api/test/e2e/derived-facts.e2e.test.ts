import { DerivedFacts, RECENT_COMPLAINT_DAYS, TicketDetail } from '@frontstage/engine';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../../src/common/clock.js';
import { stableId } from '../../src/seed/demo-estate.js';
import { DB_KINDS, startApi, type Api } from '../support/harness.js';

// Facts intake derives on the server: recent complaints from the ticket history of the site,
// inside a home from the picked unit, the location from the picked area's kind; and a date of
// when something happened that lies in the future is refused.

const SHIPPED = resolve(import.meta.dirname, '../../../blueprints');
const NOW = '2026-11-24T02:00:00.000Z';
const DAY = 86_400_000;
const unitId = (site: string, code: string) => stableId(site, 'unit', code);
const areaId = (site: string, code: string) => stableId(site, 'area', code);

describe.each(DB_KINDS)('derived facts on %s', (kind) => {
  let api: Api;
  const clock = new FakeClock(new Date(NOW));
  const as = async (user: string) => ({ authorization: `Bearer ${await api.token(user)}` });
  const post = async (user: string, path: string, body: object) =>
    api.http
      .post(path)
      .set(await as(user))
      .send(body);
  const complain = async (body: object, user = 'frontdesk') => {
    const res = await post(user, '/api/tickets', {
      facts: { type: 'complaint', description: '投诉：维修三天没人来' },
      ...body,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.blueprint.key).toBe('complaint');
    return res.body as TicketDetail;
  };
  const derive = async (body: object, user = 'frontdesk') => {
    const res = await post(user, '/api/tickets/derived-facts', { facts: { type: 'complaint' }, ...body });
    expect(res.status).toBe(200);
    return DerivedFacts.parse(res.body);
  };
  const complaints = (d: DerivedFacts) => d.derived.find((f) => f.name === 'previousComplaints');

  beforeAll(async () => {
    // The shipped ruleset and blueprints: the complaint blueprint, the quality escalation, roofs.
    api = await startApi(kind, {
      app: { clock, scheduler: { enabled: false } },
      env: { FRONTSTAGE_BLUEPRINTS: SHIPPED },
    });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('counts the earlier complaints of the same unit, and routes the third to quality', async () => {
    const unit = unitId('cuihu', '3-2-1101');
    await complain({ unitId: unit });
    await complain({ unitId: unit, facts: { type: 'complaint', phone: '13800000001' } });
    // A repair of the unit is no complaint.
    await post('frontdesk', '/api/tickets', {
      facts: { type: 'repair', description: '灯坏了' },
      unitId: unit,
    });
    const d = await derive({ unitId: unit });
    expect(complaints(d)).toMatchObject({ value: 2, derived: 2, matchedBy: ['unit'], windowDays: 90 });
    expect(d.facts).toMatchObject({ previousComplaints: 2, inHome: true, location: 'home' });
    const third = await complain({ unitId: unit });
    expect(third.classification).toMatchObject({ team: 'quality', priority: 'urgent' });
  });

  it('counts the complaints of the same customer made about another unit', async () => {
    const customer = await post('manager', '/api/customers', {
      name: '周敏',
      phone: '13911112222',
      segments: { importance: 'ordinary' },
      holdings: [{ unitId: unitId('cuihu', '4-1-801'), role: 'owner', since: '2021-05-01' }],
    });
    expect(customer.status, JSON.stringify(customer.body)).toBe(201);
    const customerId = customer.body.id as string;
    await complain({ unitId: unitId('cuihu', '4-1-801'), customerId });
    const d = await derive({ unitId: unitId('cuihu', '4-1-802'), customerId });
    expect(complaints(d)).toMatchObject({ value: 1, matchedBy: ['customer'] });
  });

  it('falls back to the same phone and room text when a report has no estate links', async () => {
    await complain({ facts: { type: 'complaint', phone: '13922223333', unit: '5栋1单元0301' } });
    const same = await derive({ facts: { type: 'complaint', phone: '139 2222 3333', unit: '5-1-0301' } });
    expect(complaints(same)).toMatchObject({ value: 1, matchedBy: ['phone_room'] });
    const otherRoom = await derive({ facts: { type: 'complaint', phone: '13922223333', unit: '5-1-0302' } });
    expect(complaints(otherRoom)?.value).toBe(0);
    // An earlier complaint picked by its unit counts for a later one typed by phone and room.
    await complain({
      unitId: unitId('cuihu', '5-1-302'),
      facts: { type: 'complaint', phone: '13955556666' },
    });
    const typed = await derive({ facts: { type: 'complaint', phone: '139-5555-6666', unit: '5栋1单元302' } });
    expect(complaints(typed)).toMatchObject({ value: 1, matchedBy: ['phone_room'] });
  });

  it('does not count a complaint from before the window', async () => {
    const unit = unitId('cuihu', '6-2-1502');
    clock.set(new Date(Date.parse(NOW) - (RECENT_COMPLAINT_DAYS + 1) * DAY));
    await complain({ unitId: unit });
    clock.set(new Date(Date.parse(NOW) - 10 * DAY));
    await complain({ unitId: unit });
    clock.set(new Date(NOW));
    const d = await derive({ unitId: unit });
    expect(complaints(d)).toMatchObject({ value: 1, derived: 1 });
  });

  it('does not count a complaint of another site', async () => {
    const facts = { type: 'complaint', description: '投诉', phone: '13933334444', unit: '1-0101' };
    await complain({ facts, site: 'keyuan' }, 'admin');
    const d = await derive({ facts, site: 'cuihu' }, 'admin');
    expect(complaints(d)?.value).toBe(0);
  });

  it('takes a higher count the desk gives, never a lower one', async () => {
    const unit = unitId('cuihu', '3-2-1101');
    const lower = await derive({ unitId: unit, facts: { type: 'complaint', previousComplaints: 0 } });
    expect(complaints(lower)).toMatchObject({ given: 0, value: 3 });
    const higher = await derive({ unitId: unit, facts: { type: 'complaint', previousComplaints: 7 } });
    expect(higher.facts.previousComplaints).toBe(7);
  });

  it('knows a repair in a unit is inside a home, and one on a roof is not', async () => {
    const inHome = await post('frontdesk', '/api/tickets', {
      facts: { type: 'repair', description: '厨房水龙头坏了' },
      unitId: unitId('cuihu', '7-1-2201'),
    });
    expect(inHome.status).toBe(201);
    expect(inHome.body).toMatchObject({ blueprint: { key: 'in-home-repair' }, class: 'special' });
    const roof = await post('frontdesk', '/api/tickets', {
      facts: { type: 'repair', description: '屋顶漏水' },
      areaId: areaId('cuihu', 'ROOF-7'),
    });
    expect(roof.status).toBe(201);
    expect(roof.body).toMatchObject({ blueprint: { key: 'shared-repair' }, class: 'general' });
    const d = await derive({ facts: { type: 'repair' }, areaId: areaId('cuihu', 'ROOF-7') });
    expect(d.derived.filter((f) => f.name !== 'previousComplaints')).toEqual([
      { name: 'inHome', value: false, given: null, derived: false, from: { kind: 'area', code: 'ROOF-7' } },
      {
        name: 'location',
        value: 'roof',
        given: null,
        derived: 'roof',
        from: { kind: 'area', code: 'ROOF-7' },
      },
    ]);
    // The desk may still say otherwise.
    const said = await derive({
      facts: { type: 'repair', inHome: false },
      unitId: unitId('cuihu', '7-1-2201'),
    });
    expect(said.facts.inHome).toBe(false);
  });

  it('keeps in the intake history what it derived', async () => {
    const t = await complain({ unitId: unitId('cuihu', '3-2-1101') });
    const { body } = await api.http
      .get(`/api/tickets/${t.id}/history`)
      .set(await as('auditor'))
      .expect(200);
    const intake = (body.items ?? body)[0] as {
      data: Record<string, unknown>;
      trace: { derived: unknown[] };
    };
    expect(intake.data).toMatchObject({ previousComplaints: 3, inHome: true });
    expect(intake.trace.derived).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'previousComplaints', derived: 3 })]),
    );
  });

  it('lists a site’s common areas with their kinds', async () => {
    const { body } = await api.http
      .get('/api/sites/cuihu/areas')
      .set(await as('frontdesk'))
      .expect(200);
    const kinds = new Set((body as { kind: string }[]).map((a) => a.kind));
    for (const k of ['corridor', 'roof', 'car_park', 'lift', 'garden', 'main_gate', 'fire_stairs'])
      expect(kinds).toContain(k);
  });

  it('adds an area with its kind, refusing a kind the estate does not know', async () => {
    const added = await post('admin', '/api/sites/cuihu/areas', {
      code: 'POOL',
      name: '游泳池',
      kind: 'activity_area',
    });
    expect([added.status, added.body.kind]).toEqual([201, 'activity_area']);
    const plain = await post('admin', '/api/sites/cuihu/areas', { code: 'WELL', name: '水井' });
    expect([plain.status, plain.body.kind]).toEqual([201, 'other']);
    const unknown = await post('admin', '/api/sites/cuihu/areas', {
      code: 'ATTIC',
      name: '阁楼',
      kind: 'attic',
    });
    expect([unknown.status, unknown.body.details?.field]).toEqual([400, 'kind']);
  });

  it('refuses a complaint time in the future with a 422 naming the field', async () => {
    const t = await complain({ unitId: unitId('cuihu', '8-1-101') });
    const data = (complainedAt: string) => ({
      complainant: '王先生',
      complainedAt,
      content: '维修三天没人来',
      unit: '8-1-101',
      phone: '13800000002',
    });
    const future = await post('frontdesk', `/api/tickets/${t.id}/events`, {
      type: 'REGISTERED',
      data: data('2026-11-27'),
      expectedVersion: t.version,
    });
    expect(future.status).toBe(422);
    expect(future.body.error).toBe('data_invalid');
    expect(JSON.stringify(future.body.details)).toContain('complainedAt');
    expect(JSON.stringify(future.body.details)).toContain('future');
    const today = await post('frontdesk', `/api/tickets/${t.id}/events`, {
      type: 'REGISTERED',
      data: data('2026-11-24'),
      expectedVersion: t.version,
    });
    expect(today.status).toBe(200);
  });
});
