import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { dialect, runSql } from '../database/sql.js';
import { factWords, searchTexts } from './search-text.js';

// The ticket search index (table `ticket_search`: an FTS5 trigram table on SQLite, a table with
// pg_trgm GIN indexes on PostgreSQL) gets a ticket's row in the transaction that inserts the
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

/** Inserts the index rows of new tickets (any number: sent in chunks). */
export async function insertSearchRows(
  source: EntityManager | DataSource | QueryRunner,
  rows: readonly [string, string, string][],
): Promise<void> {
  const chunk = 300;
  for (let at = 0; at < rows.length; at += chunk) {
    const slice = rows.slice(at, at + chunk);
    const values = slice.map((_, i) => `($${i * 3 + 1}, $${i * 3 + 2}, $${i * 3 + 3})`).join(', ');
    const sql = `INSERT INTO ticket_search (ticket_id, body, pairs) VALUES ${values}`;
    const params = slice.flat();
    if ('manager' in source && 'release' in source) await source.query(dialect(sql, source.manager), params);
    else await runSql(source, sql, params);
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
