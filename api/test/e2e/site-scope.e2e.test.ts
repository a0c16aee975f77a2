import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, startApi, tableCounts, type Api } from '../support/harness.js';
import { readEvents } from '../support/read-events.js';
import { addCustomer, addSite, addUser, type SiteFixture } from '../support/site-fixture.js';

// Two sites of one company, North and South: their staff see only their own site's tickets,
// wherever tickets are read; intake places a ticket on a unit, area or typed address of its site.

describe.each(DB_KINDS)('site scope on %s', (kind) => {
  let api: Api;
  let base: string;
  let north: SiteFixture;
  let south: SiteFixture;
  let owner: string;
  let stranger: string;
  const auth = async (user: string) => ({ authorization: `Bearer ${await api.token(user)}` });
  const intake = async (user: string, body: object, status = 201) =>
    (
      await api.http
        .post('/api/tickets')
        .set(await auth(user))
        .send(body)
        .expect(status)
    ).body;
  const ids = (body: { items: { id: string }[] }) => body.items.map((t) => t.id);

  beforeAll(async () => {
    api = await startApi(kind);
    await api.app.listen({ port: 0, host: '127.0.0.1' });
    base = (await api.app.getUrl()).replace('[::1]', '127.0.0.1');
    north = await addSite(api.dataSource, 'north', ['1-1-101', '1-1-102']);
    south = await addSite(api.dataSource, 'south', ['1-1-101']);
    owner = await addCustomer(api.dataSource, '王建国', '13800001111', {
      unitId: north.units['1-1-101']!,
      siteId: 'north',
    });
    stranger = await addCustomer(api.dataSource, '李四', '13900002222');
    const desk = { role: 'staff', jobRole: 'frontdesk', team: 'customer_service' };
    await addUser(api, { username: 'n.desk', ...desk, sites: ['north'] });
    await addUser(api, {
      username: 'n.engineer',
      role: 'staff',
      jobRole: 'engineer',
      team: 'engineering',
      sites: ['north'],
    });
    await addUser(api, { username: 'n.boss', role: 'supervisor', sites: ['north'] });
    await addUser(api, { username: 's.desk', ...desk, sites: ['south'] });
    await addUser(api, { username: 'both.desk', ...desk, sites: ['north', 'south'] });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('gives every token its sites, and accounts their sites, naming an unknown site by its place', async () => {
    const me = await api.http
      .get('/api/auth/me')
      .set(await auth('n.desk'))
      .expect(200);
    expect(me.body.sites).toEqual(['north']);
    const auditor = await api.http
      .get('/api/auth/me')
      .set(await auth('auditor'))
      .expect(200);
    expect(auditor.body.sites).toBe('*');
    const before = await tableCounts(api.dataSource);
    const bad = await api.http
      .post('/api/users')
      .set(await auth('admin'))
      .send({
        username: 'nobody.here',
        password: 'a-long-enough-password',
        role: 'supervisor',
        sites: ['north', 'atlantis'],
      })
      .expect(400);
    expect(bad.body.details.field).toBe('sites.1');
    expect(await tableCounts(api.dataSource)).toEqual(before);
    const users = await api.http
      .get('/api/users')
      .set(await auth('admin'))
      .expect(200);
    const both = users.body.find((u: { username: string }) => u.username === 'both.desk');
    expect(both).toMatchObject({ sites: ['north', 'south'], companyWide: false });
  });

  it('places a ticket on a unit by id or typed address, on an area, with its customer', async () => {
    const byAddress = await intake('n.desk', {
      facts: { description: 'lamp', type: 'lamp' },
      address: '1栋1单元101',
    });
    expect(byAddress).toMatchObject({
      site: 'north',
      location: { unitId: north.units['1-1-101'], areaId: null, code: '1-1-101' },
      customerId: null,
      customer: null,
    });
    const byArea = await intake('n.desk', { facts: { description: 'gate stuck' }, areaId: north.areaId });
    expect(byArea.location).toEqual({ unitId: null, areaId: north.areaId, code: 'GATE' });
    const withCustomer = await intake('n.desk', {
      facts: { description: 'tap' },
      unitId: north.units['1-1-102'],
      customerId: owner,
    });
    // The service centre calls customers back: the full number; an auditor reads it masked.
    expect(withCustomer.customer).toMatchObject({ id: owner, phone: '13800001111', phoneMasked: false });
    const audited = await api.http
      .get(`/api/tickets/${withCustomer.id}`)
      .set(await auth('auditor'))
      .expect(200);
    expect(audited.body.customer).toMatchObject({ phone: '138****1111', phoneMasked: true });
    const listed = await api.http
      .get(`/api/tickets?unit=${north.units['1-1-102']}&customer=${owner}`)
      .set(await auth('n.desk'))
      .expect(200);
    expect(ids(listed.body)).toEqual([withCustomer.id]);
  });

  it('refuses every bad place with a 400 naming the field, writing nothing', async () => {
    const cases: [string, object, string][] = [
      ['n.desk', { unitId: randomUUID() }, 'unitId'],
      ['n.desk', { unitId: south.units['1-1-101'] }, 'unitId'],
      ['n.desk', { areaId: south.areaId }, 'areaId'],
      ['n.desk', { areaId: randomUUID() }, 'areaId'],
      ['n.desk', { address: '1栋1单元909' }, 'address'],
      ['n.desk', { address: 'behind the bins' }, 'address'],
      ['n.desk', { customerId: randomUUID() }, 'customerId'],
      ['n.desk', { site: 'south' }, 'site'],
      ['n.desk', { site: 'atlantis' }, 'site'],
      ['n.desk', { unitId: north.units['1-1-101'], address: '1-1-101' }, 'address'],
      ['both.desk', {}, 'site'],
      ['admin', {}, 'site'],
    ];
    const before = await tableCounts(api.dataSource);
    for (const [user, place, field] of cases) {
      const res = await api.http
        .post('/api/tickets')
        .set(await auth(user))
        .send({ facts: { description: 'x' }, ...place });
      expect({ user, place, status: res.status, field: res.body.details?.field }).toEqual({
        user,
        place,
        status: 400,
        field,
      });
    }
    expect(await tableCounts(api.dataSource)).toEqual(before);
    // A caller of two sites names one; a company-level caller too.
    expect((await intake('both.desk', { facts: { description: 'x' }, site: 'south' })).site).toBe('south');
    expect((await intake('admin', { facts: { description: 'x' }, site: 'north' })).site).toBe('north');
  });

  it('links a customer’s requests and the repeat faults of a unit both ways', async () => {
    const first = await intake('n.desk', {
      facts: { description: 'lamp out', type: 'lamp' },
      unitId: north.units['1-1-101'],
      customerId: owner,
    });
    const other = await intake('n.desk', {
      facts: { description: 'door', type: 'door' },
      unitId: north.units['1-1-101'],
      customerId: stranger,
    });
    const second = await intake('n.desk', {
      facts: { description: 'lamp out again', type: 'lamp' },
      address: '1-1-101',
      customerId: owner,
    });
    expect(second.repeats.earlier.map((t: { id: string }) => t.id)).toContain(first.id);
    expect(second.repeats.earlier.map((t: { id: string }) => t.id)).not.toContain(other.id);
    expect(second.repeats.earlier.find((t: { id: string }) => t.id === first.id)).toMatchObject({
      category: 'lamp',
      locationCode: '1-1-101',
      blueprintKey: 'repair',
    });
    expect(second.customerHistory[0]).toMatchObject({ id: first.id });
    const earlier = await api.http
      .get(`/api/tickets/${first.id}`)
      .set(await auth('n.desk'))
      .expect(200);
    expect(earlier.body.repeats.later.map((t: { id: string }) => t.id)).toEqual([second.id]);
    expect(earlier.body.customerHistory.map((t: { id: string }) => t.id)).toContain(second.id);
  });

  it('shows a site’s staff none of another site’s tickets: queue, detail, history, events, comments, audit, reports, replay', async () => {
    const southern = await intake('s.desk', { facts: { description: 'south lamp' }, address: '1-1-101' });
    expect(southern.site).toBe('south');
    for (const user of ['n.desk', 'n.engineer', 'n.boss']) {
      const h = await auth(user);
      const queue = await api.http.get('/api/tickets?limit=200').set(h).expect(200);
      expect(ids(queue.body)).not.toContain(southern.id);
      expect(queue.body.items.every((t: { site: string }) => t.site === 'north')).toBe(true);
      for (const path of ['', '/history', '/comments'])
        await api.http.get(`/api/tickets/${southern.id}${path}`).set(h).expect(404);
      await api.http
        .post(`/api/tickets/${southern.id}/events`)
        .set(h)
        .send({ type: 'RECORDED', data: { location: 'x' }, expectedVersion: 1 })
        .expect(404);
      await api.http.post(`/api/tickets/${southern.id}/comments`).set(h).send({ body: 'peek' }).expect(404);
    }
    const boss = await auth('n.boss');
    await api.http
      .post(`/api/tickets/${southern.id}/reassign`)
      .set(boss)
      .send({ team: 'security', expectedVersion: 1 })
      .expect(404);
    const audit = await api.http.get(`/api/audit?ticketId=${southern.id}`).set(boss).expect(200);
    expect(audit.body.items).toEqual([]);
    const all = await api.http.get('/api/audit?limit=1000').set(boss).expect(200);
    expect(all.body.items.some((e: { ticketId: string | null }) => e.ticketId === southern.id)).toBe(false);
    const exported = await api.http.get('/api/audit/export?format=json').set(boss).expect(200);
    expect(exported.body.some((e: { ticketId: string | null }) => e.ticketId === southern.id)).toBe(false);
    await api.http.get(`/api/audit/replay/${southern.id}`).set(boss).expect(404);
    const replayed = await api.http.get('/api/audit/replay').set(boss).expect(200);
    const northOpen = await api.http.get('/api/tickets?status=open&limit=200').set(boss).expect(200);
    const northAll = await api.http.get('/api/tickets?limit=200').set(boss).expect(200);
    expect(replayed.body.checked).toBe(northAll.body.total);
    const workload = await api.http.get('/api/reports/workload').set(boss).expect(200);
    const open = workload.body.reduce((n: number, r: { open: number }) => n + r.open, 0);
    expect(open).toBe(northOpen.body.total);
    const heat = await api.http.get('/api/reports/heatmap/repair').set(boss).expect(200);
    expect(heat.body.tickets).toBe(
      northAll.body.items.filter((t: { blueprint: { key: string } }) => t.blueprint.key === 'repair').length,
    );
    const metrics = await api.http.get('/api/metrics').set(boss).expect(200);
    const counted = [...String(metrics.text).matchAll(/^frontstage_tickets\{.*\} (\d+)$/gm)].reduce(
      (n, m) => n + Number(m[1]),
      0,
    );
    expect(counted).toBe(northAll.body.total);
    // The company sees both; the one who works at both sites too.
    for (const user of ['auditor', 'both.desk']) {
      const queue = await api.http
        .get('/api/tickets?limit=200')
        .set(await auth(user))
        .expect(200);
      expect(ids(queue.body)).toContain(southern.id);
    }
    const filtered = await api.http
      .get('/api/tickets?site=south')
      .set(await auth('n.boss'))
      .expect(200);
    expect(filtered.body.total).toBe(0);
  });

  it('never streams a change of another site', async () => {
    const token = await api.token('n.desk');
    const seen = readEvents(`${base}/api/stream?access_token=${token}`, (events) =>
      events.some((e) => e.event === 'ticket.created'),
    );
    await seen.ready;
    const southern = await intake('s.desk', { facts: { description: 'south again' } });
    const northern = await intake('n.desk', { facts: { description: 'north again' } });
    const created = (await seen.events).filter((e) => e.event === 'ticket.created');
    expect(created.map((e) => e.data.ticketId)).toEqual([northern.id]);
    expect(created[0]!.data.site).toBe('north');
    expect(created.map((e) => e.data.ticketId)).not.toContain(southern.id);
  });
});
