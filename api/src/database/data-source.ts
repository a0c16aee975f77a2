import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/config.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

/** DataSource options for the configured database; schema changes only ever come from migrations. */
export function dataSourceOptions(database: AppConfig['database']): DataSourceOptions {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, synchronize: false, migrationsRun: false, logging: false } as const;
  if (database.kind === 'postgres') return { ...common, type: 'postgres', url: database.url, extra: { max: 10 } };
  mkdirSync(dirname(database.file), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: database.file,
    enableWAL: true,
    timeout: 10_000,
    // FULL: an acknowledged commit is on disk before the answer leaves, even on power loss.
    prepareDatabase: (db: { pragma(s: string): unknown }) => {
      db.pragma('synchronous = FULL');
    },
  };
}

/** Opens the database, applies pending migrations and checks the durability settings. */
export async function openDatabase(database: AppConfig['database']): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(database));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    if (dataSource.options.type === 'better-sqlite3') await assertSqliteDurability(dataSource);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}

/** Refuses to run on SQLite settings that could lose an acknowledged command. */
export async function assertSqliteDurability(dataSource: DataSource): Promise<void> {
  const [mode] = (await dataSource.query('PRAGMA journal_mode')) as { journal_mode: string }[];
  const [sync] = (await dataSource.query('PRAGMA synchronous')) as { synchronous: number }[];
  if (mode?.journal_mode !== 'wal') throw new Error(`SQLite journal_mode is ${mode?.journal_mode}, expected wal`);
  if (sync?.synchronous !== 2) throw new Error(`SQLite synchronous is ${sync?.synchronous}, expected 2 (FULL)`);
}
