import { Customer, LocationHits, Site, UnitDetail, UnitPage } from '@frontstage/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../../src/common/clock.js';
import { stableId } from '../../src/seed/demo-estate.js';
import { DB_KINDS, startApi, type Api } from '../support/harness.js';

// The estate endpoints over HTTP on the demo estate a fresh database is seeded with: 翠湖苑
// (cuihu, 1,536 units) and 科苑科技园 (keyuan, 180 offices).

const unitId = (site: string, code: string) => stableId(site, 'unit', code);

describe.each(DB_KINDS)('the estate on %s', (kind) => {
  let api: Api;
  const clock = new FakeClock(new Date('2026-11-24T02:00:00.000Z'));
  const as = async (user: string) => ({ authorization: `Bearer ${await api.token(user)}` });
  const get = async (user: string, path: string) => api.http.get(path).set(await as(user));
  const post = async (user: string, path: string, body: unknown) =>
    api.http
      .post(path)
      .set(await as(user))
      .send(body as object);
  /** A customer registered by the cuihu manager, holding `code` as owner. */
  const register = async (name: string, phone: string, code: string) => {
    const res = await post('manager', '/api/customers', {
      name,
      phone,
      segments: { importance: 'important' },
      holdings: [{ unitId: unitId('cuihu', code), role: 'owner', since: '2021-05-01' }],
    });
    expect(res.status).toBe(201);
    return res.body as { id: string; phone: string; holdings: { id: string }[] };
  };

  beforeAll(async () => {
    api = await startApi(kind, { app: { clock, scheduler: { enabled: false } } });
  });
  afterAll(async () => {
    await api?.close();
  });

  describe('sites', () => {
    it('lists the sites of the caller’s scope, every site for company-level users', async () => {
      const ids = async (user: string) =>
        ((await get(user, '/api/sites')).body as { id: string }[]).map((s) => s.id);
      expect(await ids('frontdesk')).toEqual(['cuihu']);
      expect(await ids('keyuan.engineer')).toEqual(['keyuan']);
      for (const user of ['quality', 'auditor', 'admin', 'designer'])
        expect(await ids(user)).toEqual(['cuihu', 'keyuan']);
      const { body } = await get('admin', '/api/sites');
      expect(() => Site.array().parse(body)).not.toThrow();
      expect(body.map((s: { units: number }) => s.units)).toEqual([1536, 180]);
    });

    it('answers a site outside the caller’s scope as one that does not exist: 404 naming `site`', async () => {
      for (const path of [
        '/api/sites/cuihu/units',
        '/api/sites/cuihu/buildings',
        '/api/sites/cuihu/locations?q=3',
      ])
        for (const site of ['cuihu', 'nowhere']) {
          const res = await get('keyuan.frontdesk', path.replace('cuihu', site));
          expect([res.status, res.body.error, res.body.details?.field]).toEqual([404, 'not_found', 'site']);
        }
    });

    it('lets an admin create a site, refusing its id twice and an assignment of no blueprint', async () => {
      const created = await post('admin', '/api/sites', { id: 'nanshan', name: '南山花园' });
      expect([created.status, created.body.units, created.body.assignment]).toEqual([
        201,
        0,
        { blueprints: null, rulesetVersion: null },
      ]);
      const again = await post('admin', '/api/sites', { id: 'nanshan', name: 'x' });
      expect([again.status, again.body.details?.field]).toEqual([409, 'id']);
      const patched = await api.http
        .patch('/api/sites/nanshan')
        .set(await as('admin'))
        .send({
          assignment: { blueprints: [{ key: 'no-such-blueprint', version: null }], rulesetVersion: null },
        });
      expect([patched.status, patched.body.details?.field]).toEqual([400, 'assignment.blueprints.0.key']);
      const calendar = { utcOffsetMinutes: 480, workdays: [1, 2, 3, 4, 5], opens: '09:00', closes: '18:00' };
      const renamed = await api.http
        .patch('/api/sites/nanshan')
        .set(await as('admin'))
        .send({ name: '南山花园二期', address: '深圳市南山区', calendar });
      expect([renamed.status, renamed.body.name, renamed.body.calendar]).toEqual([
        200,
        '南山花园二期',
        calendar,
      ]);
      const staff = await post('frontdesk', '/api/sites', { id: 'other', name: 'x' });
      expect(staff.status).toBe(403);
    });

    it('lists and adds common areas, refusing a code twice', async () => {
      const { body: areas } = await get('engineer', '/api/sites/cuihu/areas');
      expect(areas.map((a: { code: string }) => a.code)).toEqual(
        expect.arrayContaining(['GATE', 'GARAGE', 'LIFT-3']),
      );
      const added = await post('admin', '/api/sites/cuihu/areas', { code: 'POOL', name: '游泳池' });
      expect([added.status, added.body.name]).toEqual([201, '游泳池']);
      const twice = await post('admin', '/api/sites/cuihu/areas', { code: 'POOL', name: '泳池' });
      expect([twice.status, twice.body.details?.field]).toEqual([409, 'code']);
    });
  });

  describe('units', () => {
    it('finds units by an address being typed, in either form', async () => {
      const codes = async (q: string) =>
        (
          (await get('frontdesk', `/api/sites/cuihu/units?q=${encodeURIComponent(q)}`)).body.items as {
            code: string;
          }[]
        ).map((u) => u.code);
      expect(await codes('3-2-11')).toEqual(['3-2-1101', '3-2-1102']);
      expect(await codes('3栋2单元1101')).toEqual(['3-2-1101']);
      expect(await codes('３－２－１１０２')).toEqual(['3-2-1102']);
      expect(await codes('12-2-32')).toEqual(['12-2-3201', '12-2-3202']);
    });

    it('pages a building’s units with a cursor, each once', async () => {
      const { body: buildings } = await get('engineer', '/api/sites/cuihu/buildings');
      expect(buildings.map((b: { name: string }) => b.name).slice(0, 3)).toEqual(['1', '2', '3']);
      const three = buildings.find((b: { name: string }) => b.name === '3');
      expect(three.units).toBe(128);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: { code: string }[]; nextCursor: string | null } } = await get(
          'engineer',
          `/api/sites/cuihu/units?building=${three.id}&limit=50${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(() => UnitPage.parse(page.body)).not.toThrow();
        seen.push(...page.body.items.map((u) => u.code));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(128);
      expect(new Set(seen).size).toBe(128);
      expect(seen.every((c) => c.startsWith('3-'))).toBe(true);
    });

    it('refuses a malformed cursor, an unknown building and a unit of another site, naming each', async () => {
      const cursor = await get('engineer', '/api/sites/cuihu/units?cursor=nope!');
      expect([cursor.status, cursor.body.details?.field]).toEqual([400, 'query.cursor']);
      const building = await get('engineer', `/api/sites/cuihu/units?building=${unitId('keyuan', 'A-0101')}`);
      expect([building.status, building.body.details?.field]).toEqual([400, 'query.building']);
      const foreign = await get('quality', `/api/sites/cuihu/units/${unitId('keyuan', 'A-0101')}`);
      expect([foreign.status, foreign.body.details?.field]).toEqual([404, 'id']);
      const notUuid = await get('quality', '/api/sites/cuihu/units/3-2-1101');
      expect([notUuid.status, notUuid.body.details?.field]).toEqual([400, 'id']);
    });

    it('shows a unit with who lives there now', async () => {
      const owner = await register('测试业主', '13700001111', '7-1-1501');
      const { body: unit } = await get('frontdesk', `/api/sites/cuihu/units/${unitId('cuihu', '7-1-1501')}`);
      expect(() => UnitDetail.parse(unit)).not.toThrow();
      expect(unit).toMatchObject({
        code: '7-1-1501',
        building: '7',
        entrance: '1',
        room: '1501',
        floorArea: 96.8,
      });
      const occupant = unit.occupants.find((o: { customer: { id: string } }) => o.customer.id === owner.id);
      expect(occupant).toMatchObject({
        role: 'owner',
        since: '2021-05-01',
        customer: { phone: '13700001111' },
      });
    });
  });

  describe('customers', () => {
    it('refuses a malformed phone, an unknown unit and a unit of another site, naming each', async () => {
      const phone = await post('manager', '/api/customers', { name: '坏号码', phone: '1234' });
      expect([phone.status, phone.body.details?.field]).toEqual([400, 'phone']);
      const unknown = await post('manager', '/api/customers', {
        name: '某人',
        phone: '13700002222',
        holdings: [{ unitId: '00000000-0000-4000-8000-000000000000', role: 'owner' }],
      });
      expect([unknown.status, unknown.body.details?.field]).toEqual([400, 'holdings.0.unitId']);
      const foreign = await post('manager', '/api/customers', {
        name: '某人',
        phone: '13700002222',
        holdings: [{ unitId: unitId('keyuan', 'A-0101'), role: 'tenant' }],
      });
      expect([foreign.status, foreign.body.details?.field]).toEqual([400, 'holdings.0.unitId']);
      const staff = await post('frontdesk', '/api/customers', { name: '某人', phone: '13700002222' });
      expect(staff.status).toBe(403);
    });

    it('keeps one customer per phone number', async () => {
      await register('第一位', '13700003333', '2-1-101');
      const again = await post('manager', '/api/customers', { name: '第二位', phone: '137 0000 3333' });
      expect([again.status, again.body.error, again.body.details?.field]).toEqual([409, 'conflict', 'phone']);
    });

    it('shows phones whole to who calls customers, masked to everyone else', async () => {
      const c = await register('电话测试', '13700004444', '2-1-102');
      for (const user of ['frontdesk', 'manager', 'quality'])
        expect((await get(user, `/api/customers/${c.id}`)).body).toMatchObject({
          phone: '13700004444',
          phoneMasked: false,
        });
      const masked = (await get('engineer', `/api/customers/${c.id}`)).body;
      expect(() => Customer.parse(masked)).not.toThrow();
      for (const user of ['engineer', 'auditor', 'admin'])
        expect((await get(user, `/api/customers/${c.id}`)).body).toMatchObject({
          phone: '137****4444',
          phoneMasked: true,
        });
    });

    it('hides a customer of another site, and names an unknown id', async () => {
      const c = await register('别的项目', '13700005555', '2-1-201');
      const foreign = await get('keyuan.frontdesk', `/api/customers/${c.id}`);
      expect([foreign.status, foreign.body.details?.field]).toEqual([404, 'id']);
      const unknown = await get('frontdesk', '/api/customers/00000000-0000-4000-8000-000000000000');
      expect([unknown.status, unknown.body.details?.field]).toEqual([404, 'id']);
      const tickets = await get('keyuan.frontdesk', `/api/customers/${c.id}/tickets`);
      expect(tickets.status).toBe(404);
      const own = await get('frontdesk', `/api/customers/${c.id}/tickets`);
      expect([own.status, own.body.items]).toEqual([200, []]);
    });

    it('adds a holding, refuses it twice, and ends it', async () => {
      const c = await register('搬家', '13700006666', '4-2-801');
      const added = await post('manager', `/api/customers/${c.id}/holdings`, {
        unitId: unitId('cuihu', '4-2-802'),
        role: 'tenant',
        since: '2025-02-01',
      });
      expect(added.status).toBe(201);
      const holding = added.body.holdings.find((h: { unitCode: string }) => h.unitCode === '4-2-802');
      expect(holding).toMatchObject({ role: 'tenant', since: '2025-02-01', until: null, siteId: 'cuihu' });
      const twice = await post('manager', `/api/customers/${c.id}/holdings`, {
        unitId: unitId('cuihu', '4-2-802'),
        role: 'tenant',
      });
      expect([twice.status, twice.body.details?.field]).toEqual([409, 'unitId']);
      const early = await post('manager', `/api/customers/${c.id}/holdings/${holding.id}/end`, {
        until: '2024-01-01',
      });
      expect([early.status, early.body.details?.field]).toEqual([400, 'until']);
      const ended = await post('manager', `/api/customers/${c.id}/holdings/${holding.id}/end`, {
        until: '2026-06-30',
      });
      expect(ended.status).toBe(200);
      const { body: unit } = await get('frontdesk', `/api/sites/cuihu/units/${unitId('cuihu', '4-2-802')}`);
      expect(unit.occupants.map((o: { customer: { id: string } }) => o.customer.id)).not.toContain(c.id);
      const unknown = await post('manager', `/api/customers/${c.id}/holdings/${c.id}/end`, {
        until: '2026-06-30',
      });
      expect([unknown.status, unknown.body.details?.field]).toEqual([404, 'holdingId']);
    });
  });

  describe('locations', () => {
    it('finds units with their occupants, areas by name, customers by name or phone', async () => {
      await register('欧阳锋', '13700007777', '9-2-2001');
      const hits = async (user: string, q: string) =>
        (await get(user, `/api/sites/cuihu/locations?q=${encodeURIComponent(q)}`)).body.items as {
          kind: string;
          unit?: { code: string };
          area?: { code: string };
          customer?: { name: string };
          occupants?: unknown[];
        }[];
      const answer = await get('frontdesk', `/api/sites/cuihu/locations?q=${encodeURIComponent('9-2-2001')}`);
      expect(() => LocationHits.parse(answer.body)).not.toThrow();
      const units = await hits('frontdesk', '9栋2单元2001');
      expect(units.map((h) => [h.kind, h.unit?.code])).toEqual([['unit', '9-2-2001']]);
      expect(units[0]!.occupants!.length).toBeGreaterThan(0);
      expect((await hits('frontdesk', '3-2-1')).length).toBe(10);
      expect((await hits('frontdesk', '车库')).map((h) => h.area?.code)).toEqual(['GARAGE']);
      expect((await hits('frontdesk', '欧阳锋')).map((h) => h.customer?.name)).toEqual(['欧阳锋']);
      expect((await hits('frontdesk', '0000777')).map((h) => h.customer?.name)).toEqual(['欧阳锋']);
      // Masked readers find by the last four digits or the whole number, never by hidden ones.
      expect((await hits('engineer', '7777')).map((h) => h.customer?.name)).toContain('欧阳锋');
      expect((await hits('engineer', '13700007777')).map((h) => h.customer?.name)).toEqual(['欧阳锋']);
      expect(await hits('engineer', '0000777')).toEqual([]);
      const keyuan = await get(
        'keyuan.frontdesk',
        `/api/sites/keyuan/locations?q=${encodeURIComponent('欧阳锋')}`,
      );
      expect(keyuan.body.items).toEqual([]);
    });
  });
});
