import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSql } from '../../src/database/sql.js';
import { insertSearchRows, searchRow } from '../../src/tickets/ticket-search-index.js';
import { DB_KINDS, startApi, type Api } from '../support/harness.js';
import { addSite, addUser } from '../support/site-fixture.js';

// A search by words alone is paged and counted from the index rows (ticket-search-page.ts); it must
// list exactly what the queue lists when it reads the tickets: the same tickets of the caller's
// sites, in the same order (newest first, the id breaking ties), across offset and cursor pages.
// The tickets are copies of one taken in through the API, written straight to the database with
// their index rows (as intake writes them), so that report times tie and span days.

interface Page {
  items: { id: string; createdAt: string }[];
  total: number;
  totalIsLowerBound: boolean;
  nextCursor: string | null;
}

interface Made {
  id: string;
  site: 'north' | 'south';
  at: string;
  description: string;
}

/** Ticket i: its site, report time and words; times tie in threes, and descriptions repeat in fours. */
function made(i: number): Made {
  const day = 1 + Math.floor(i / 6);
  const at = `2026-03-${String(day).padStart(2, '0')}T0${i % 2}:00:00.000Z`;
  const words = ['卫生间漏水', '厨房水管漏水', '电梯困人', '楼道灯不亮'];
  return {
    id: `00000000-0000-4000-8000-${String((i * 7919) % 1000).padStart(12, '0')}`,
    site: i % 3 === 0 ? 'south' : 'north',
    at,
    description: words[i % 4]!,
  };
}

describe.each(DB_KINDS)('a search paged from the index on %s', (kind) => {
  let api: Api;
  const tickets = Array.from({ length: 40 }, (_, i) => made(i));
  const get = async (user: string, query: Record<string, string>) =>
    (
      await api.http
        .get('/api/tickets')
        .query(query)
        .set({ authorization: `Bearer ${await api.token(user)}` })
        .expect(200)
    ).body as Page;
  /** Every page of a search, following the cursor. */
  const walk = async (user: string, query: Record<string, string>) => {
    const ids: string[] = [];
    let page = await get(user, { ...query, limit: '3' });
    ids.push(...page.items.map((t) => t.id));
    while (page.nextCursor) {
      page = await get(user, { ...query, limit: '3', cursor: page.nextCursor });
      ids.push(...page.items.map((t) => t.id));
    }
    return ids;
  };
  /** What the queue must list: the made tickets that match, newest first, then by id. */
  const expected = (match: (t: Made) => boolean) =>
    tickets
      .filter(match)
      .sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? 1 : -1))
      .map((t) => t.id);
  const leak = (t: Made) => t.description.includes('漏水');

  beforeAll(async () => {
    api = await startApi(kind);
    await addSite(api.dataSource, 'north', ['1-1-101']);
    await addSite(api.dataSource, 'south', ['1-1-101']);
    const desk = { role: 'staff', jobRole: 'frontdesk', team: 'customer_service' };
    await addUser(api, { username: 'n.desk', ...desk, sites: ['north'] });
    await addUser(api, { username: 's.desk', ...desk, sites: ['south'] });
    const first = await api.http
      .post('/api/tickets')
      .set({ authorization: `Bearer ${await api.token('n.desk')}` })
      .send({ facts: { description: '门禁坏了' } })
      .expect(201);
    const [template] = await runSql<Record<string, unknown>>(
      api.dataSource,
      'SELECT * FROM tickets WHERE id = $1',
      [(first.body as { id: string }).id],
    );
    const columns = Object.keys(template!);
    const insert = `INSERT INTO tickets (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`;
    const own = (t: Made): Record<string, unknown> => ({
      id: t.id,
      site_id: t.site,
      created_at: t.at,
      updated_at: t.at,
      unit_id: null,
      area_id: null,
      customer_id: null,
      location_code: null,
    });
    await api.dataSource.transaction(async (m) => {
      for (const t of tickets)
        await runSql(
          m,
          insert,
          columns.map((c) => (c in own(t) ? own(t)[c] : template![c])),
        );
      await insertSearchRows(
        m,
        tickets.map((t) =>
          searchRow({
            id: t.id,
            siteId: t.site,
            createdAt: t.at,
            facts: { description: t.description },
            locationCode: null,
            areaName: null,
            callerName: null,
          }),
        ),
      );
    });
  }, 120_000);
  afterAll(async () => {
    await api?.close();
  });

  it('lists every site’s tickets for a company-level caller, newest first, page after page', async () => {
    const all = expected(leak);
    expect(all.length).toBe(20);
    expect(await walk('auditor', { q: '漏水' })).toEqual(all);
    const first = await get('auditor', { q: '漏水', limit: '5' });
    expect(first).toMatchObject({ total: 20, totalIsLowerBound: false });
    expect((await get('auditor', { q: '漏水', limit: '4', offset: '7' })).items.map((t) => t.id)).toEqual(
      all.slice(7, 11),
    );
    expect(await walk('auditor', { q: '水管 漏水' })).toEqual(
      expected((t) => t.description === '厨房水管漏水'),
    );
  });

  it('lists the same as the queue that reads the tickets', async () => {
    // status=open asks the tickets themselves (every copy is open): the other way to the same list.
    for (const q of ['漏水', '电梯', '楼道灯不亮'])
      for (const user of ['auditor', 'n.desk', 's.desk'])
        expect(await walk(user, { q }), `${user} ${q}`).toEqual(await walk(user, { q, status: 'open' }));
  });

  it("never lists another site's ticket, nor counts it", async () => {
    const north = expected((t) => leak(t) && t.site === 'north');
    const south = expected((t) => leak(t) && t.site === 'south');
    expect(await walk('n.desk', { q: '漏水' })).toEqual(north);
    expect(await walk('s.desk', { q: '漏水' })).toEqual(south);
    expect((await get('n.desk', { q: '漏水', limit: '1' })).total).toBe(north.length);
    expect((await get('s.desk', { q: '漏水', limit: '1' })).total).toBe(south.length);
    // Asking for the other site finds nothing; the company-level caller gets the one site asked for.
    expect(await walk('n.desk', { q: '漏水', site: 'south' })).toEqual([]);
    expect(await walk('auditor', { q: '漏水', site: 'south' })).toEqual(south);
  });

  it('keeps to the report time range, from included and to excluded, ties and all', async () => {
    const from = '2026-03-02T00:00:00.000Z';
    const to = '2026-03-04T01:00:00.000Z';
    const inRange = (t: Made) => leak(t) && t.at >= from && t.at < to;
    expect(await walk('auditor', { q: '漏水', from, to })).toEqual(expected(inRange));
    expect(await walk('n.desk', { q: '漏水', from, to })).toEqual(
      expected((t) => inRange(t) && t.site === 'north'),
    );
    const sameDay = await walk('auditor', { q: '漏水', from: to.replace('01:', '00:'), to });
    expect(sameDay).toEqual(expected((t) => leak(t) && t.at === '2026-03-04T00:00:00.000Z'));
    expect((await get('auditor', { q: '漏水', from, to, limit: '1' })).total).toBe(expected(inRange).length);
  });
});
