import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSql } from '../../src/database/sql.js';
import { SEARCH_COUNT_CAP } from '../../src/tickets/tickets.repository.js';
import { insertSearchRows, searchRow } from '../../src/tickets/ticket-search-index.js';
import { DB_KINDS, startApi, type Api } from '../support/harness.js';
import { addSite, addUser } from '../support/site-fixture.js';

// A search counts up to SEARCH_COUNT_CAP tickets and then says "at least" (totalIsLowerBound):
// counting every hit of a common word among a million tickets took seconds. The tickets past the
// first are copies of one taken in through the API, written straight to the database (with their
// index rows, as intake writes them): a thousand intakes would take most of a minute.

interface Page {
  items: { id: string }[];
  total: number;
  totalIsLowerBound: boolean;
  nextCursor: string | null;
}

describe.each(DB_KINDS)('a search total on %s', (kind) => {
  let api: Api;
  const get = async (query: Record<string, string>) =>
    (
      await api.http
        .get('/api/tickets')
        .query(query)
        .set({ authorization: `Bearer ${await api.token('p.desk')}` })
        .expect(200)
    ).body as Page;

  beforeAll(async () => {
    api = await startApi(kind);
    const site = await addSite(api.dataSource, 'park', ['1-1-101']);
    await addUser(api, {
      username: 'p.desk',
      role: 'staff',
      jobRole: 'frontdesk',
      team: 'customer_service',
      sites: ['park'],
    });
    const first = await api.http
      .post('/api/tickets')
      .set({ authorization: `Bearer ${await api.token('p.desk')}` })
      .send({ facts: { description: '地下车库停车位被占' }, unitId: site.units['1-1-101'] })
      .expect(201);
    const id = (first.body as { id: string }).id;
    const [template] = await runSql<Record<string, unknown>>(
      api.dataSource,
      'SELECT * FROM tickets WHERE id = $1',
      [id],
    );
    const columns = Object.keys(template!);
    const insert = `INSERT INTO tickets (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`;
    const copies = Array.from({ length: SEARCH_COUNT_CAP + 1 }, () => randomUUID());
    await api.dataSource.transaction(async (m) => {
      for (const copy of copies)
        await runSql(
          m,
          insert,
          columns.map((c) => (c === 'id' ? copy : template![c])),
        );
      await insertSearchRows(
        m,
        copies.map((copy) =>
          searchRow({
            id: copy,
            siteId: template!.site_id as string,
            createdAt: template!.created_at as string,
            facts: { description: '地下车库停车位被占' },
            locationCode: '1-1-101',
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

  it('counts a search up to the cap and then says the total is a lower bound', async () => {
    const many = await get({ q: '停车', limit: '20' });
    expect(many.total).toBe(SEARCH_COUNT_CAP);
    expect(many.totalIsLowerBound).toBe(true);
    expect(many.items).toHaveLength(20);
    expect(many.nextCursor).not.toBeNull();
  });

  it('counts a search under the cap exactly, and the unsearched queue past it', async () => {
    const none = await get({ q: '电梯困人' });
    expect(none).toMatchObject({ total: 0, totalIsLowerBound: false, items: [] });
    // The queue without a search counts every ticket of the site: the original and its copies.
    const all = await get({ limit: '1' });
    expect(all.total).toBe(SEARCH_COUNT_CAP + 2);
    expect(all.totalIsLowerBound).toBe(false);
  });
});
