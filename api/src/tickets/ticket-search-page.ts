import type { DataSource } from 'typeorm';
import { TicketEntity, type TicketRow } from '../database/entities.js';
import type { TicketFilter } from './ticket-filter.js';
import { dialectOf, indexedSearch } from './ticket-search.js';

// A search by words that asks nothing else of its tickets (the console's most common search) is
// paged newest first and counted from the search index rows alone, which keep each ticket's site
// and report time: a common word (漏水 in one ticket of thirty) found tens of thousands of a
// million tickets, and the queue read every one of them to sort them before taking a page.
// Here the database sorts the narrow index rows and reads only the page's tickets.

/** The listing filters the index rows answer; any other one (state, room, phone…) needs the ticket. */
const INDEXED_FILTERS: ReadonlySet<string> = new Set([
  'scope',
  'site',
  'search',
  'sort',
  'now',
  'limit',
  'offset',
  'after',
]);
/** The search fields the index rows answer. */
const INDEXED_SEARCH: ReadonlySet<string> = new Set(['q', 'from', 'to']);

/** Whether the index rows alone answer the filter: words, report dates and sites, newest first. */
export function answeredByIndex(filter: TicketFilter): boolean {
  const query = filter.search?.query;
  if (query?.q === undefined || filter.sort === 'urgency' || (filter.after && filter.after[0] !== 'newest'))
    return false;
  const asked = (o: object, known: ReadonlySet<string>) =>
    Object.entries(o).every(([k, v]) => v === undefined || known.has(k));
  return asked(filter, INDEXED_FILTERS) && asked(query, INDEXED_SEARCH);
}

/**
 * The page (with one row more, if there is one) of a filter that `answeredByIndex`, in the
 * queue's order (created_at DESC, id), and how many tickets it finds, counted up to `cap + 1`.
 * PostgreSQL asks both at once; SQLite answers one query at a time and counts with the page.
 */
export async function indexedPage(
  source: DataSource,
  filter: TicketFilter,
  cap: number,
): Promise<{ rows: TicketRow[]; found: number }> {
  const { q, from, to } = filter.search!.query;
  const found = indexedSearch({ q: q!, from, to }, dialectOf(source), filter.scope.sites, filter.site);
  const query = async <T>(sql: string, params: Record<string, unknown>) => {
    const [text, values] = source.driver.escapeQueryWithParameters(sql, params);
    return (await source.query(text, values)) as T[];
  };
  const after = filter.after?.[0] === 'newest' ? filter.after : undefined;
  // The same comparison as the queue's ORDER BY, so a page starts exactly after the row the last one ended on.
  const afterSql = after
    ? ' AND (s.created_at < :afterCreated OR (s.created_at = :afterCreated AND s.ticket_id > :afterId))'
    : '';
  // SQLite counts in the same pass (a window over every row found): it reads every index row a
  // word finds to sort them anyway, and a second pass to count them cost as much again. Not after
  // a cursor, where the rows found are only those after it.
  const counted = dialectOf(source) === 'sqlite' && !after;
  const page = async (): Promise<{ rows: TicketRow[]; found?: number }> => {
    const ids = await query<{ id: string; n?: number | string }>(
      `SELECT s.ticket_id AS id${counted ? ', COUNT(*) OVER () AS n' : ''} FROM ${found.from} WHERE ${found.where}${afterSql}
       ORDER BY s.created_at DESC, s.ticket_id ASC LIMIT ${Math.trunc(filter.limit) + 1} OFFSET ${Math.trunc(filter.offset)}`,
      { ...found.params, ...(after ? { afterCreated: after[1], afterId: after[2] } : {}) },
    );
    if (ids.length === 0) return { rows: [] };
    const rows = await source
      .getRepository(TicketEntity)
      .createQueryBuilder('t')
      .where('t.id IN (:...pageIds)', { pageIds: ids.map((r) => r.id) })
      .getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return {
      rows: ids.flatMap((r) => byId.get(r.id) ?? []),
      ...(counted ? { found: Number(ids[0]!.n) } : {}),
    };
  };
  const count = async () => {
    const [row] = await query<{ n: number | string }>(
      `SELECT COUNT(*) AS n FROM (SELECT 1 FROM ${found.from} WHERE ${found.where} LIMIT ${Math.trunc(cap) + 1}) found`,
      found.params,
    );
    return Number(row?.n ?? 0);
  };
  if (dialectOf(source) === 'postgres') {
    const [{ rows }, n] = await Promise.all([page(), count()]);
    return { rows, found: n };
  }
  const { rows, found: n } = await page();
  if (n !== undefined) return { rows, found: n };
  const whole = filter.offset === 0 && !after && rows.length <= filter.limit;
  return { rows, found: whole ? rows.length : await count() };
}
