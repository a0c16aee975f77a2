import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, startApi, type Api } from '../support/harness.js';
import { addCustomer, addSite, addUser, type SiteFixture } from '../support/site-fixture.js';

// Finding a ticket by what a caller knows (issue #27): words of the description in Chinese (two
// characters and more), the room however it is written, part of the phone, the day it was reported;
// in the console queue and the audit search, within the caller's sites, phones masked for who
// does not call customers.

interface Listed {
  id: string;
  createdAt: string;
  caller?: { name: string; phone: string; phoneMasked: boolean } | null;
}

describe.each(DB_KINDS)('ticket search on %s', (kind) => {
  let api: Api;
  let north: SiteFixture;
  let south: SiteFixture;
  const made: Record<string, Listed> = {};
  const auth = async (user: string) => ({ authorization: `Bearer ${await api.token(user)}` });
  const find = async (user: string, query: Record<string, string>, status = 200) =>
    (
      await api.http
        .get('/api/tickets')
        .query({ limit: '200', ...query })
        .set(await auth(user))
        .expect(status)
    ).body as { items: Listed[]; total: number; details?: { field: string } };
  const names = async (user: string, query: Record<string, string>) => {
    const byId = new Map(Object.entries(made).map(([name, t]) => [t.id, name]));
    return (await find(user, query)).items.map((t) => byId.get(t.id) ?? t.id).sort();
  };

  beforeAll(async () => {
    api = await startApi(kind);
    north = await addSite(api.dataSource, 'north', ['3-2-1101', '3-2-1102', '5-1-1101']);
    south = await addSite(api.dataSource, 'south', ['3-2-1101']);
    const wang = await addCustomer(api.dataSource, '王建国', '13812348000', {
      unitId: north.units['3-2-1101']!,
      siteId: 'north',
    });
    const li = await addCustomer(api.dataSource, '李秀英', '13955556666', {
      unitId: south.units['3-2-1101']!,
      siteId: 'south',
    });
    const desk = { role: 'staff', jobRole: 'frontdesk', team: 'customer_service' };
    await addUser(api, { username: 'n.desk', ...desk, sites: ['north'] });
    await addUser(api, { username: 's.desk', ...desk, sites: ['south'] });
    await addUser(api, { username: 'n.boss', role: 'supervisor', sites: ['north'] });
    const intake = async (name: string, user: string, body: object) => {
      const res = await api.http
        .post('/api/tickets')
        .set(await auth(user))
        .send(body)
        .expect(201);
      made[name] = res.body as Listed;
    };
    await intake('leak', 'n.desk', {
      facts: { description: '卫生间天花板漏水，楼上邻居不在家' },
      unitId: north.units['3-2-1101'],
      customerId: wang,
    });
    await intake('lift', 'n.desk', {
      facts: { description: '电梯困人，三楼停住不动' },
      areaId: north.areaId,
    });
    await intake('light', 'n.desk', {
      facts: { description: 'Corridor light broken 走廊灯不亮' },
      address: '5-1-1101',
    });
    await intake('southLeak', 's.desk', {
      facts: { description: '厨房水管漏水' },
      unitId: south.units['3-2-1101'],
      customerId: li,
    });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('finds two-character and longer Chinese words, and needs every word of several', async () => {
    expect(await names('n.desk', { q: '漏水' })).toEqual(['leak']);
    expect(await names('n.desk', { q: '电梯' })).toEqual(['lift']);
    expect(await names('n.desk', { q: '天花板漏水' })).toEqual(['leak']);
    expect(await names('n.desk', { q: '楼' })).toEqual(['leak', 'lift']);
    expect(await names('n.desk', { q: '漏水 邻居' })).toEqual(['leak']);
    expect(await names('n.desk', { q: '漏水 电梯' })).toEqual([]);
    expect(await names('n.desk', { q: 'CORRIDOR 不亮' })).toEqual(['light']);
    // The caller's name and the place are words of the ticket too; the old `search` still works.
    expect(await names('n.desk', { q: '王建国' })).toEqual(['leak']);
    expect(await names('n.desk', { q: '大门' })).toEqual(['lift']);
    expect(await names('n.desk', { search: '3-2-1101' })).toEqual(['leak']);
  });

  it('finds a room however it is written: 3栋2单元1101, 3-2-1101, a room number, an area by name', async () => {
    for (const room of ['3栋2单元1101', '3-2-1101', '3号楼2单元1101室', '３－２－１１０１'])
      expect(await names('n.desk', { room }), room).toEqual(['leak']);
    expect(await names('n.desk', { room: '1101' })).toEqual(['leak', 'light']);
    expect(await names('n.desk', { room: '3-2-' })).toEqual(['leak']);
    expect(await names('n.desk', { room: '大门' })).toEqual(['lift']);
    expect(await names('n.desk', { room: 'gate' })).toEqual(['lift']);
    expect(await names('n.desk', { room: '3栋2单元1102' })).toEqual([]);
    expect(await names('n.desk', { room: '3-2-1101', q: '漏水' })).toEqual(['leak']);
  });

  it('finds a caller by part of the phone, whole for who calls customers and masked for the others', async () => {
    const desk = await find('n.desk', { phone: '8000' });
    expect(desk.items.map((t) => t.id)).toEqual([made.leak!.id]);
    expect(desk.items[0]!.caller).toEqual({ name: '王建国', phone: '13812348000', phoneMasked: false });
    expect(await names('n.boss', { phone: '1234' })).toEqual(['leak']);
    expect(await names('n.desk', { phone: '138 1234 8000' })).toEqual(['leak']);
    const auditor = await find('auditor', { phone: '8000' });
    expect(auditor.items.map((t) => t.id)).toEqual([made.leak!.id]);
    expect(auditor.items[0]!.caller).toEqual({ name: '王建国', phone: '138****8000', phoneMasked: true });
    expect(JSON.stringify(auditor.items)).not.toContain('13812348000');
    // Who reads phones masked may not uncover the hidden digits: only the last four, or a number they know.
    expect(await names('auditor', { phone: '1234' })).toEqual([]);
    const middle = await find('auditor', { phone: '12348000' }, 400);
    expect(middle.details?.field).toBe('query.phone');
    await find('auditor', { phone: '381234' }, 400);
    expect(await names('auditor', { phone: '13812348000' })).toEqual(['leak']);
    expect(await names('auditor', { phone: '6666' })).toEqual(['southLeak']);
  });

  it('keeps to the report time range, from included and to excluded', async () => {
    const at = made.leak!.createdAt;
    expect(await names('n.desk', { q: '漏水', from: at })).toEqual(['leak']);
    expect(await names('n.desk', { q: '漏水', to: at })).toEqual([]);
    const later = new Date(Date.parse(at) + 1).toISOString();
    expect(await names('n.desk', { q: '漏水', to: later })).toEqual(['leak']);
    const earlier = new Date(Date.parse(at) - 86_400_000).toISOString().replace('Z', '+08:00');
    expect((await names('n.desk', { from: earlier })).length).toBe(3);
    const tomorrow = new Date(Date.parse(at) + 86_400_000).toISOString();
    expect(await names('n.desk', { from: tomorrow })).toEqual([]);
  });

  it("never finds another site's ticket, in the queue or the audit log", async () => {
    expect(await names('n.desk', { q: '漏水' })).toEqual(['leak']);
    expect(await names('s.desk', { q: '漏水' })).toEqual(['southLeak']);
    expect(await names('n.desk', { room: '3-2-1101' })).toEqual(['leak']);
    expect(await names('n.desk', { phone: '6666' })).toEqual([]);
    expect(await names('auditor', { q: '漏水' })).toEqual(['leak', 'southLeak']);
    const log = async (user: string, query: Record<string, string>) =>
      (
        await api.http
          .get('/api/audit')
          .query(query)
          .set(await auth(user))
          .expect(200)
      ).body as { items: { ticketId: string }[] };
    const boss = await log('n.boss', { q: '漏水' });
    expect(new Set(boss.items.map((e) => e.ticketId))).toEqual(new Set([made.leak!.id]));
    const all = await log('auditor', { q: '漏水', room: '3栋2单元1101' });
    expect(new Set(all.items.map((e) => e.ticketId))).toEqual(new Set([made.leak!.id, made.southLeak!.id]));
    const byPhone = await log('auditor', { phone: '6666' });
    expect(new Set(byPhone.items.map((e) => e.ticketId))).toEqual(new Set([made.southLeak!.id]));
    const masked = await api.http
      .get('/api/audit')
      .query({ phone: '55556' })
      .set(await auth('auditor'))
      .expect(400);
    expect(masked.body.details.field).toBe('query.phone');
  });

  it('refuses bad search input with a 400 naming the field', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ from: 'last tuesday' }, 'from'],
      [{ to: '2026-13-01T00:00:00Z' }, 'to'],
      [{ from: '2026-03-02T00:00:00Z', to: '2026-03-01T00:00:00Z' }, 'to'],
      [{ phone: '80' }, 'phone'],
      [{ phone: 'abcd' }, 'phone'],
      [{ q: '%%' }, 'q'],
      [{ q: 'x'.repeat(101) }, 'q'],
      [{ room: '' }, 'room'],
    ];
    for (const [query, field] of cases) {
      const body = await find('n.desk', query, 400);
      expect(body.details?.field, JSON.stringify(query)).toMatch(new RegExp(`^(query\\.)?${field}$`));
    }
  });
});
