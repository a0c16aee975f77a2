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

export async function runSql<T = Record<string, unknown>>(
  source: DataSource | EntityManager,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
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

/** A unique or primary-key violation, on either driver (what makes double effects impossible). */
export function isUniqueViolation(error: unknown): boolean {
  const driver =
    (error as { driverError?: { code?: string } } | null)?.driverError ?? (error as { code?: string } | null);
  const code = driver?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Runs `work` again when it lost a race to insert the same key (bounded: a race, not a loop). */
export async function retryOnUniqueViolation<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await work();
    } catch (error) {
      if (i >= attempts || !isUniqueViolation(error)) throw error;
    }
  }
}
