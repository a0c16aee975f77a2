import type { DataSource, EntityManager } from 'typeorm';

/**
 * Hot-path SQL written once with PostgreSQL placeholders ($1, $2…) and run on either database:
 * SQLite gets `?` in the same order. Used where TypeORM's query building cost more than the query.
 * @example await runSql(manager, 'UPDATE tickets SET version = $1 WHERE id = $2', [2, id])
 */
export function dialect(sql: string, source: DataSource | EntityManager): string {
  const type = 'options' in source ? source.options.type : source.connection.options.type;
  return type === 'postgres' ? sql : sql.replace(/\$\d+/g, '?');
}

export async function runSql<T = Record<string, unknown>>(source: DataSource | EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return (await source.query(dialect(sql, source), params)) as T[];
}

/** Rows changed by an UPDATE inside a transaction, on either driver. */
export async function changedRows(manager: EntityManager, sql: string, params: unknown[]): Promise<number> {
  if (!manager.queryRunner) throw new Error('changedRows needs a transaction');
  const result = await manager.queryRunner.query(dialect(sql, manager), params, true);
  return Number(result.affected ?? 0);
}

/** SQLite stores booleans as 0/1. */
export const bool = (value: unknown): boolean => value === true || value === 1 || value === '1';
