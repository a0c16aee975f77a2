import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../src/database/migrations/index.js';
import { dropDatabaseWhenClosed, type DbKind } from './harness.js';

// Migration upgrade tests: a fresh database migrated up to just before the migration under test,
// for the test to write what an installation of that time held, then opened again at the head,
// as the next release finds it.

const ADMIN_URL = process.env.FRONTSTAGE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

type Migration = (typeof MIGRATIONS)[number];

/** A database on its way through an upgrade: `db` is open at the older migration until `upgrade()`. */
export interface UpgradeDb {
  db: DataSource;
  /**
   * Closes the database and opens it again migrated up to, not including, `before` (to the head
   * when none is named); `db` is then that one.
   */
  upgrade(before?: Migration): Promise<DataSource>;
  /** Closes it and throws it away. */
  close(): Promise<void>;
}

/**
 * A new database migrated up to, not including, `before` (every migration when none is named).
 * @example const old = await upgradeDb('sqlite', AreaKinds1764700000000); await old.db.query('INSERT …'); const db = await old.upgrade();
 */
export async function upgradeDb(kind: DbKind, before?: Migration): Promise<UpgradeDb> {
  const dir = mkdtempSync(join(tmpdir(), 'frontstage-upgrade-'));
  let name: string | undefined;
  if (kind === 'postgres') {
    name = `frontstage_upgrade_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`).finally(() => admin.end());
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const open = async (migrations: Migration[]) => {
    const common = { migrations, logging: false } as const;
    const db = new DataSource(
      kind === 'postgres'
        ? { ...common, type: 'postgres', url: url.toString() }
        : { ...common, type: 'better-sqlite3', database: join(dir, 'old.db') },
    );
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    return db;
  };
  const upTo = (migration?: Migration) => {
    const at = migration ? MIGRATIONS.indexOf(migration) : MIGRATIONS.length;
    if (at < 0) throw new Error(`${migration!.name} is not a listed migration`);
    return MIGRATIONS.slice(0, at);
  };
  const upgrade: UpgradeDb = {
    db: await open(upTo(before)),
    async upgrade(next) {
      await upgrade.db.destroy();
      upgrade.db = await open(upTo(next));
      return upgrade.db;
    },
    async close() {
      if (upgrade.db.isInitialized) await upgrade.db.destroy();
      if (name) await dropDatabaseWhenClosed(name);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return upgrade;
}
