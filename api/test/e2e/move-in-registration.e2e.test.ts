import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../../src/common/clock.js';
import { stableId } from '../../src/seed/demo-estate.js';
import { DB_KINDS, startApi, tableCounts, type Api } from '../support/harness.js';

// The shipped move-in blueprint (入住办理) driven to its end at a unit of 翠湖苑 (cuihu): its
// completion registers the owner the documents name, once, and a phone it cannot read skips that.

const SHIPPED = resolve(import.meta.dirname, '../../../blueprints');
const unitId = (code: string) => stableId('cuihu', 'unit', code);

/** The front desk's way through move-in, as the customer's proxy where the customer acts. */
const moveIn = (owner: { ownerName: string; phone: string; unit: string }): [string, object][] => [
  [
    'DOCUMENTS_CHECKED',
    {
      ...owner,
      registrationForm: true,
      preliminaryAgreement: true,
      safetyPledge: true,
      photos: true,
      moveInNotice: true,
    },
  ],
  ['HANDED_OVER', { handbookGiven: true, agreementsGiven: true }],
  ['INSPECTED', {}],
  ['KEYS_HANDED_OVER', { keyCount: 2 }],
  ['FILED', {}],
  ['CALLBACK_DONE', { satisfaction: 5, comments: '满意' }],
];

describe.each(DB_KINDS)('move-in registers the owner on %s', (kind) => {
  let api: Api;
  const clock = new FakeClock(new Date('2026-12-03T02:00:00.000Z'));
  const today = '2026-12-03';
  const as = async (user: string) => ({ authorization: `Bearer ${await api.token(user)}` });
  const get = async (user: string, path: string) => api.http.get(path).set(await as(user));

  type Ticket = {
    id: string;
    version: number;
    status: string;
    allowedEvents: { type: string; mine: boolean }[];
  };
  const send = async (ticket: Ticket, type: string, data: object) => {
    expect(ticket.allowedEvents.filter((e) => e.mine).map((e) => e.type)).toContain(type);
    const sent = await api.http
      .post(`/api/tickets/${ticket.id}/events`)
      .set(await as('frontdesk'))
      .send({ type, data, expectedVersion: ticket.version });
    expect([type, sent.status]).toEqual([type, 200]);
    return sent.body as Ticket;
  };
  /** The trace of the close (the customer's callback) of a move-in: what it registered. */
  const registeredBy = async (ticket: Ticket) => {
    expect(ticket.status).toBe('closed');
    const { body: history } = await get('supervisor', `/api/tickets/${ticket.id}/history`);
    const entries = history as { eventType: string; trace: { moveIn?: unknown } }[];
    return entries.filter((e) => e.eventType === 'CALLBACK_DONE').at(-1)?.trace.moveIn;
  };

  /** Starts a move-in at `code` and sends every event of the way but the last `short`. */
  const drive = async (
    code: string,
    owner: { ownerName: string; phone: string },
    customerId?: string,
    short = 0,
  ) => {
    const created = await api.http
      .post('/api/tickets')
      .set(await as('frontdesk'))
      .send({
        facts: { type: 'move_in', description: '业主办理入住' },
        unitId: unitId(code),
        ...(customerId ? { customerId } : {}),
      });
    expect([created.status, created.body.blueprint?.key, created.body.details]).toEqual([
      201,
      'move-in',
      undefined,
    ]);
    let ticket = created.body as Ticket;
    const way = moveIn({ ...owner, unit: code });
    for (const [type, data] of way.slice(0, way.length - short)) ticket = await send(ticket, type, data);
    return ticket;
  };
  /** A move-in at `code` driven to closed; what its close registered. */
  const complete = async (code: string, owner: { ownerName: string; phone: string }, customerId?: string) =>
    registeredBy(await drive(code, owner, customerId));

  beforeAll(async () => {
    api = await startApi(kind, {
      app: { clock, scheduler: { enabled: false } },
      env: { FRONTSTAGE_BLUEPRINTS: SHIPPED },
    });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('registers a new owner of the unit when the move-in closes, since the day it closed', async () => {
    const registered = await complete('5-1-601', { ownerName: '林晓燕', phone: '136-1111-2222' });
    expect(registered).toMatchObject({ customer: 'created', holding: 'added' });
    const { body: unit } = await get('frontdesk', `/api/sites/cuihu/units/${unitId('5-1-601')}`);
    const occupant = unit.occupants.find((o: { customer: { name: string } }) => o.customer.name === '林晓燕');
    expect(occupant).toMatchObject({ role: 'owner', since: today, customer: { phone: '13611112222' } });
    const { body: customer } = await get('frontdesk', `/api/customers/${occupant.customer.id}`);
    expect(customer).toMatchObject({
      segments: { importance: 'ordinary', member: false, kind: 'residential' },
      holdings: [{ unitCode: '5-1-601', role: 'owner', since: today, until: null, siteId: 'cuihu' }],
    });
    expect(customer.id).toBe((registered as { customerId: string }).customerId);
  });

  it('adds nothing when the owner completes a second move-in of the same unit', async () => {
    const before = await tableCounts(api.dataSource);
    const registered = await complete('5-1-601', { ownerName: '林晓燕', phone: '13611112222' });
    expect(registered).toMatchObject({ customer: 'found', holding: 'held' });
    const after = await tableCounts(api.dataSource);
    expect([after.customers, after.customer_units]).toEqual([before.customers, before.customer_units]);
  });

  it('registers the customer intake linked the move-in to', async () => {
    const linked = await api.http
      .post('/api/customers')
      .set(await as('manager'))
      .send({ name: '周建华', phone: '13622223333' });
    expect(linked.status).toBe(201);
    const registered = await complete(
      '5-1-701',
      { ownerName: '周建华', phone: '13622223333' },
      linked.body.id,
    );
    expect(registered).toEqual({ customerId: linked.body.id, customer: 'found', holding: 'added' });
    const { body: customer } = await get('frontdesk', `/api/customers/${linked.body.id}`);
    expect(customer.holdings).toMatchObject([{ unitCode: '5-1-701', role: 'owner', since: today }]);
  });

  it('closes a move-in whose phone it cannot read, registering nothing and saying why', async () => {
    const before = await tableCounts(api.dataSource);
    const registered = await complete('5-1-602', { ownerName: '号码错', phone: '12345' });
    expect(registered).toEqual({ skipped: 'phone_malformed' });
    const after = await tableCounts(api.dataSource);
    expect([after.customers, after.customer_units]).toEqual([before.customers, before.customer_units]);
  });

  it('registers one customer holding both units when two move-ins of a new phone close at once', async () => {
    const owner = { ownerName: '陈思远', phone: '13633334444' };
    const [a, b] = [await drive('5-2-801', owner, undefined, 1), await drive('5-2-802', owner, undefined, 1)];
    const last = moveIn({ ...owner, unit: '' }).at(-1)!;
    const closed = await Promise.all([a, b].map((t) => send(t!, last[0], last[1])));
    const registered = (await Promise.all(closed.map(registeredBy))) as {
      customerId: string;
      customer: string;
    }[];
    expect(registered.map((r) => r.customer).sort()).toEqual(['created', 'found']);
    expect(registered[0]!.customerId).toBe(registered[1]!.customerId);
    const { body: customer } = await get('frontdesk', `/api/customers/${registered[0]!.customerId}`);
    expect(customer.holdings.map((h: { unitCode: string }) => h.unitCode).sort()).toEqual([
      '5-2-801',
      '5-2-802',
    ]);
  });
});
