import type { EntityManager } from 'typeorm';
import { runSql } from '../database/sql.js';

/**
 * Bound values per SQLite statement (it allows 32,766): a few thousand keeps each statement's
 * preparation cheap while one statement still carries hundreds of rows.
 */
const VALUES_PER_STATEMENT = 6_000;

/** Rows per statement on PostgreSQL, where each column travels as one array parameter. */
const ROWS_PER_UNNEST = 5_000;

/** The estate's columns that are not text, by name: PostgreSQL needs their array's type. */
const PG_TYPES: Record<string, string> = { floor_area: 'real', member: 'boolean' };

/**
 * Inserts rows in few statements, which is what makes the estate import and the demo seed fast (a
 * statement per row costs a round trip each on PostgreSQL and a statement preparation each on
 * SQLite). SQLite gets multi-row VALUES, with booleans bound as 1/0 (its driver refuses a JS
 * boolean); PostgreSQL gets one array per column through `unnest`, whose parse does not grow with
 * the rows. `done` hears the rows written so far. With `skipOnConflict` (a unique column), a row
 * whose value is taken already, or is being taken by a concurrent transaction, is left out.
 * @example await insertRows(m, 'buildings', ['id', 'site_id', 'name'], [[id, 'cuihu', '3']])
 */
export async function insertRows(
  manager: EntityManager,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  done?: (count: number) => void,
  skipOnConflict?: string,
): Promise<void> {
  const conflict = skipOnConflict ? ` ON CONFLICT (${skipOnConflict}) DO NOTHING` : '';
  if (manager.connection.options.type === 'postgres') {
    const arrays = columns.map((c, i) => `$${i + 1}::${PG_TYPES[c] ?? 'text'}[]`).join(', ');
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) SELECT * FROM unnest(${arrays})${conflict}`;
    for (let start = 0; start < rows.length; start += ROWS_PER_UNNEST) {
      const chunk = rows.slice(start, start + ROWS_PER_UNNEST);
      await manager.query(
        sql,
        columns.map((_, i) => chunk.map((row) => row[i])),
      );
      done?.(start + chunk.length);
    }
    return;
  }
  const perStatement = Math.max(1, Math.floor(VALUES_PER_STATEMENT / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const values: unknown[] = [];
    const tuples = chunk.map((row) => {
      const marks = row.map((value) => {
        values.push(typeof value === 'boolean' ? (value ? 1 : 0) : value);
        return `$${values.length}`;
      });
      return `(${marks.join(', ')})`;
    });
    await runSql(
      manager,
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}${conflict}`,
      values,
    );
    done?.(start + chunk.length);
  }
}

/** Runs `query` over `ids` in slices small enough for one statement's bound values, results joined. */
export async function inSlices<T, I>(
  ids: readonly I[],
  query: (slice: I[]) => Promise<T[]>,
  size = 1_000,
): Promise<T[]> {
  const out: T[] = [];
  for (let start = 0; start < ids.length; start += size)
    out.push(...(await query(ids.slice(start, start + size))));
  return out;
}

/** `$first, $first+1, …` for an IN list of `count` values. */
export const marks = (count: number, first = 1): string =>
  Array.from({ length: count }, (_, i) => `$${first + i}`).join(', ');
