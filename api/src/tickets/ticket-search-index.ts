import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { dialect, runSql } from '../database/sql.js';
import { factWords, searchTexts } from './search-text.js';

// The ticket search index (table `ticket_search`: a contentless FTS5 trigram table on SQLite, its
// rowids mapped to tickets by ticket_search_rows; a table with pg_trgm GIN indexes on PostgreSQL) gets a ticket's row in the transaction that inserts the
// ticket: facts are fixed at intake and tickets are never deleted, so it never changes after.

/** What a ticket is found by: its text facts, its place's code, the common area's and the caller's names. */
export interface SearchSource {
  id: string;
  facts: Record<string, unknown>;
  locationCode: string | null;
  areaName: string | null;
  callerName: string | null;
}

/** The row the index keeps for a ticket. */
export function searchRow(t: SearchSource): [string, string, string] {
  const words = [...factWords(t.facts), t.locationCode, t.areaName, t.callerName];
  const { body, pairs } = searchTexts(words.filter((w): w is string => !!w));
  return [t.id, body, pairs];
}

/**
 * Inserts the index rows of new tickets (any number). SQLite: the ticket's row in
 * ticket_search_rows gives the FTS5 row its rowid; PostgreSQL: in chunks of one statement.
 */
export async function insertSearchRows(
  source: EntityManager | DataSource | QueryRunner,
  rows: readonly [string, string, string][],
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
    for (const [id, body, pairs] of rows) {
      await run('INSERT INTO ticket_search_rows (ticket_id) VALUES ($1)', [id]);
      await run('INSERT INTO ticket_search (rowid, body, pairs) VALUES (last_insert_rowid(), $1, $2)', [
        body,
        pairs,
      ]);
    }
    return;
  }
  const chunk = 300;
  for (let at = 0; at < rows.length; at += chunk) {
    const slice = rows.slice(at, at + chunk);
    const values = slice.map((_, i) => `($${i * 3 + 1}, $${i * 3 + 2}, $${i * 3 + 3})`).join(', ');
    await run(`INSERT INTO ticket_search (ticket_id, body, pairs) VALUES ${values}`, slice.flat());
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
