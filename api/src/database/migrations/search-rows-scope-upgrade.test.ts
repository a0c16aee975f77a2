import { afterEach, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../../test/support/harness.js';
import { upgradeDb, type UpgradeDb } from '../../../test/support/upgrade-db.js';
import { runSql } from '../sql.js';
import { TicketSearch1764400000000 } from './1764400000000-ticket-search.js';
import { SearchRowsScope1764800000000 } from './1764800000000-search-rows-scope.js';

// The search index of an installation from before 1764800000000 (its rows made by 1764400000000's
// backfill) takes each ticket's site and report time, and still finds the tickets by their words.

const opened: UpgradeDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.close();
});

const TICKETS = [
  { id: 't-north', site: 'north', at: '2026-03-02T08:00:00.000Z', description: '卫生间漏水' },
  { id: 't-south', site: 'south', at: '2026-03-01T09:30:00.000Z', description: '厨房漏水，楼上邻居不在家' },
  { id: 't-lift', site: 'south', at: '2026-02-27T23:59:59.999Z', description: '电梯困人' },
];

describe.each(DB_KINDS)('the search rows scope migration on %s', (kind) => {
  it('gives the index rows of existing tickets their site and report time', async () => {
    const old = await upgradeDb(kind, TicketSearch1764400000000);
    opened.push(old);
    for (const site of ['north', 'south'])
      await runSql(old.db, 'INSERT INTO sites (id, name, created_at) VALUES ($1, $2, $3)', [
        site,
        site,
        '2025-01-01T00:00:00.000Z',
      ]);
    for (const t of TICKETS)
      await runSql(
        old.db,
        `INSERT INTO tickets (id, blueprint_key, blueprint_version, blueprint_hash, class, priority, team, state, status, assigned_roles, overdue, at_risk, snapshot, classification, version, created_at, updated_at, created_by, site_id)
         VALUES ($1, 'repair', 1, 'h', 'general', 'normal', null, 'record', 'open', ',frontdesk,', ${kind === 'postgres' ? 'false, false' : '0, 0'}, $2, '{}', 1, $3, $4, 'frontdesk', $5)`,
        [t.id, JSON.stringify({ context: { facts: { description: t.description } } }), t.at, t.at, t.site],
      );
    // As 1764400000000 left it: index rows without site or report time.
    const rows = kind === 'postgres' ? 'ticket_search' : 'ticket_search_rows';
    const before = await old.upgrade(SearchRowsScope1764800000000);
    expect(await before.query(`SELECT COUNT(*) AS n FROM ${rows}`)).toEqual([
      { n: kind === 'postgres' ? '3' : 3 },
    ]);
    await expect(before.query(`SELECT site_id FROM ${rows}`)).rejects.toThrow(/site_id/);

    const after = await old.upgrade();
    expect(
      await after.query(`SELECT ticket_id, site_id, created_at FROM ${rows} ORDER BY ticket_id`),
    ).toEqual(
      TICKETS.map((t) => ({ ticket_id: t.id, site_id: t.site, created_at: t.at })).sort((a, b) =>
        a.ticket_id.localeCompare(b.ticket_id),
      ),
    );
    // The words still lead to their tickets (on SQLite through the rowids the rebuilt table kept).
    const leaks =
      kind === 'postgres'
        ? `SELECT s.ticket_id, s.site_id FROM ticket_search s WHERE s.pairs LIKE '% 漏水 %' ORDER BY s.created_at DESC`
        : `SELECT s.ticket_id, s.site_id FROM ticket_search_rows s WHERE s.id IN (SELECT rowid FROM ticket_search WHERE ticket_search MATCH 'pairs : " 漏水 "') ORDER BY s.created_at DESC`;
    expect(await after.query(leaks)).toEqual([
      { ticket_id: 't-north', site_id: 'north' },
      { ticket_id: 't-south', site_id: 'south' },
    ]);
    if (kind === 'postgres')
      expect(
        await after.query("SELECT indexname FROM pg_indexes WHERE tablename = 'ticket_search' ORDER BY 1"),
      ).toEqual(
        [
          'idx_ticket_search_body',
          'idx_ticket_search_newest',
          'idx_ticket_search_pairs',
          'idx_ticket_search_site_newest',
          'ticket_search_pkey',
        ].map((indexname) => ({ indexname })),
      );
    // A ticket indexed afterwards must name both.
    await expect(
      after.query(
        kind === 'postgres'
          ? `INSERT INTO ticket_search (ticket_id, body, pairs) VALUES ('t-new', 'x', ' x ')`
          : `INSERT INTO ticket_search_rows (ticket_id) VALUES ('t-new')`,
      ),
    ).rejects.toThrow(/null/i);
  });
});
