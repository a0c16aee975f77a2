import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import pg from 'pg';
import { DataSource, MigrationExecutor, type DataSourceOptions } from 'typeorm';
import { ConfigError, type AppConfig } from '../config/config.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

/** The PostgreSQL pool of one instance, from FRONTSTAGE_PG_* (see the README's Deployment section). */
export interface PgPoolSettings {
  /** FRONTSTAGE_PG_POOL_MAX: connections per instance (plus one for live updates). */
  max: number;
  /** FRONTSTAGE_PG_STATEMENT_TIMEOUT_MS: the server cancels a statement, or ends a transaction left idle, after this long. */
  statementTimeoutMs: number;
  /** FRONTSTAGE_PG_IDLE_TIMEOUT_MS: an unused pooled connection is closed after this long. */
  idleTimeoutMs: number;
}

export function pgPoolSettings(env: NodeJS.ProcessEnv = process.env): PgPoolSettings {
  return {
    max: integer(env.FRONTSTAGE_PG_POOL_MAX, 10, 'FRONTSTAGE_PG_POOL_MAX', 1),
    statementTimeoutMs: integer(
      env.FRONTSTAGE_PG_STATEMENT_TIMEOUT_MS,
      30_000,
      'FRONTSTAGE_PG_STATEMENT_TIMEOUT_MS',
      100,
    ),
    idleTimeoutMs: integer(env.FRONTSTAGE_PG_IDLE_TIMEOUT_MS, 30_000, 'FRONTSTAGE_PG_IDLE_TIMEOUT_MS', 100),
  };
}

/** DataSource options for the configured database; schema changes only ever come from migrations. */
export function dataSourceOptions(
  database: AppConfig['database'],
  env: NodeJS.ProcessEnv = process.env,
): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    logging: false,
  } as const;
  if (database.kind === 'postgres') {
    const pool = pgPoolSettings(env);
    return {
      ...common,
      type: 'postgres',
      url: database.url,
      applicationName: 'frontstage-api',
      extra: {
        max: pool.max,
        idleTimeoutMillis: pool.idleTimeoutMs,
        connectionTimeoutMillis: 10_000,
        // Server-side limits: a stuck statement, or a transaction abandoned while holding the audit head's lock, cannot stall every instance.
        statement_timeout: pool.statementTimeoutMs,
        idle_in_transaction_session_timeout: pool.statementTimeoutMs,
      },
    };
  }
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
      db.pragma('cache_size = -65536');
      db.pragma('temp_store = MEMORY');
    },
  };
}

/** Opens the database, applies pending migrations and checks the durability settings. */
export async function openDatabase(database: AppConfig['database']): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(database));
  await dataSource.initialize();
  try {
    // Instances started together on one PostgreSQL database would otherwise race to create the same tables.
    await withStartupLock(database, () => migrate(dataSource));
    if (dataSource.options.type === 'better-sqlite3') await assertSqliteDurability(dataSource);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}

/** Applies pending migrations, each in its own transaction; on PostgreSQL free of the statement timeout (an index over a big table takes long). */
async function migrate(dataSource: DataSource): Promise<void> {
  if (dataSource.options.type !== 'postgres') {
    await dataSource.runMigrations({ transaction: 'each' });
    return;
  }
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SET statement_timeout = 0');
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    await executor.executePendingMigrations();
  } finally {
    await runner.query('RESET statement_timeout').catch(() => undefined);
    await runner.release();
  }
}

/** Any 64-bit number, the same in every instance: the advisory lock that start-up work takes turns on. */
const STARTUP_LOCK = 7_303_079_411_220_001;

/**
 * Runs `work` (migrations, first-start seeding) holding a PostgreSQL session advisory lock on its
 * own connection, so instances starting at once do it one after another and the later ones find it
 * done. The lock goes with the session, so a process killed while holding it releases it.
 * SQLite has one process: `work` just runs.
 */
export async function withStartupLock<T>(
  database: AppConfig['database'],
  work: () => Promise<T>,
): Promise<T> {
  if (database.kind !== 'postgres') return work();
  const client = new pg.Client({ connectionString: database.url, application_name: 'frontstage-startup' });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK]);
    return await work();
  } finally {
    await client.end().catch(() => undefined);
  }
}

function integer(raw: string | undefined, fallback: number, name: string, min: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new ConfigError(`${name} must be an integer >= ${min}, got "${raw}"`);
  return value;
}

/** Refuses to run on SQLite settings that could lose an acknowledged command. */
export async function assertSqliteDurability(dataSource: DataSource): Promise<void> {
  const [mode] = (await dataSource.query('PRAGMA journal_mode')) as { journal_mode: string }[];
  const [sync] = (await dataSource.query('PRAGMA synchronous')) as { synchronous: number }[];
  if (mode?.journal_mode !== 'wal')
    throw new Error(`SQLite journal_mode is ${mode?.journal_mode}, expected wal`);
  if (sync?.synchronous !== 2)
    throw new Error(`SQLite synchronous is ${sync?.synchronous}, expected 2 (FULL)`);
}
