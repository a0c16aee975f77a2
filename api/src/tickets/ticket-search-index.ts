import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { dialect, runSql } from '../database/sql.js';
import { factWords, searchTexts } from './search-text.js';

// The ticket search index (table `ticket_search`: a contentless FTS5 trigram table on SQLite, its
// rowids mapped to tickets by ticket_search_rows; a table with pg_trgm GIN indexes on PostgreSQL)
// gets a ticket's row in the transaction that inserts the ticket: facts are fixed at intake and
// tickets are never deleted, so it never changes after. The row also keeps the ticket's site and
// report time, which never change either: a search pages and counts newest first from the index
// rows alone, instead of reading every ticket a common word finds (ticket-search-page.ts).

/** What a ticket is found by: its text facts, its place's code, the common area's and the caller's names. */
export interface SearchSource {
  id: string;
  siteId: string;
  createdAt: string;
  facts: Record<string, unknown>;
  locationCode: string | null;
  areaName: string | null;
  callerName: string | null;
}

/** The row the index keeps for a ticket. */
export interface SearchIndexRow {
  ticketId: string;
  siteId: string;
  createdAt: string;
  body: string;
  pairs: string;
}

/** A ticket's index row, from what it is found by. */
export function searchRow(t: SearchSource): SearchIndexRow {
  const words = [...factWords(t.facts), t.locationCode, t.areaName, t.callerName];
  const { body, pairs } = searchTexts(words.filter((w): w is string => !!w));
  return { ticketId: t.id, siteId: t.siteId, createdAt: t.createdAt, body, pairs };
}

/**
 * Inserts the index rows of new tickets (any number). SQLite: the ticket's row in
 * ticket_search_rows gives the FTS5 row its rowid; PostgreSQL: in chunks of one statement.
 */
export async function insertSearchRows(
  source: EntityManager | DataSource | QueryRunner,
  rows: readonly SearchIndexRow[],
): Promise<void> {
  const run = (sql: string, params: unknown[]) =>
    'manager' in source && 'release' in source
      ? (source.query(dialect(sql, source.manager), params) as Promise<unknown>)
      : runSql(source, sql, params);
  const type =
    'manager' in source && 'release' in source
      ? source.connection.options.type
      : 'options' in source
        ? source.options.type
        : source.connection.options.type;
  if (type !== 'postgres') {
    // One transaction writes at a time on SQLite: last_insert_rowid() is the row just inserted.
    for (const r of rows) {
      await run('INSERT INTO ticket_search_rows (ticket_id, site_id, created_at) VALUES ($1, $2, $3)', [
        r.ticketId,
        r.siteId,
        r.createdAt,
      ]);
      await run('INSERT INTO ticket_search (rowid, body, pairs) VALUES (last_insert_rowid(), $1, $2)', [
        r.body,
        r.pairs,
      ]);
    }
    return;
  }
  const chunk = 200;
  for (let at = 0; at < rows.length; at += chunk) {
    const slice = rows.slice(at, at + chunk);
    const values = slice
      .map((_, i) => `(${[1, 2, 3, 4, 5].map((c) => `$${i * 5 + c}`).join(', ')})`)
      .join(', ');
    await run(
      `INSERT INTO ticket_search (ticket_id, site_id, created_at, body, pairs) VALUES ${values}`,
      slice.flatMap((r) => [r.ticketId, r.siteId, r.createdAt, r.body, r.pairs]),
    );
  }
}

/** A new ticket's index row, with the names of its caller and common area read in its transaction. */
export async function indexTicket(
  m: EntityManager,
  t: Omit<SearchSource, 'areaName' | 'callerName'> & { customerId: string | null; areaId: string | null },
): Promise<void> {
  let names = { caller: null as string | null, area: null as string | null };
  if (t.customerId || t.areaId) {
    const [row] = await runSql<{ caller: string | null; area: string | null }>(
      m,
      'SELECT (SELECT name FROM customers WHERE id = $1) AS caller, (SELECT name FROM common_areas WHERE id = $2) AS area',
      [t.customerId, t.areaId],
    );
    names = row ?? names;
  }
  await insertSearchRows(m, [searchRow({ ...t, callerName: names.caller, areaName: names.area })]);
}
