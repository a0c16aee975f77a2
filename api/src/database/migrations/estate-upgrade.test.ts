import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from './index.js';

// An installation from before the estate keeps working as one site: every ticket and every user
// belong to site `main`, and a ticket written afterwards must name its site.

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function open(file: string, migrations: (typeof MIGRATIONS)[number][]): Promise<DataSource> {
  const db = new DataSource({ type: 'better-sqlite3', database: file, migrations, logging: false });
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
  return db;
}

describe('the estate migration', () => {
  it('puts the tickets and users of an existing database in site main', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontstage-upgrade-'));
    dirs.push(dir);
    const file = join(dir, 'old.db');
    const before = await open(file, MIGRATIONS.slice(0, 3));
    await before.query(
      `INSERT INTO users (id, username, password_hash, role, job_role, team, created_at) VALUES ('u1', 'frontdesk', 'x', 'staff', 'frontdesk', 'customer_service', '2025-01-01T00:00:00.000Z')`,
    );
    await before.query(
      `INSERT INTO tickets (id, blueprint_key, blueprint_version, blueprint_hash, class, priority, team, state, status, assigned_roles, overdue, at_risk, snapshot, classification, version, created_at, updated_at, created_by)
       VALUES ('t1', 'repair', 1, 'h', 'general', 'normal', null, 'record', 'open', ',frontdesk,', 0, 0, '{}', '{}', 1, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', 'frontdesk')`,
    );
    await before.destroy();
    const after = await open(file, MIGRATIONS);
    try {
      expect(await after.query('SELECT id, name FROM sites')).toEqual([{ id: 'main', name: '本项目' }]);
      expect(await after.query('SELECT user_id, site_id FROM user_sites')).toEqual([
        { user_id: 'u1', site_id: 'main' },
      ]);
      expect(await after.query('SELECT site_id, unit_id, customer_id FROM tickets')).toEqual([
        { site_id: 'main', unit_id: null, customer_id: null },
      ]);
      expect(await after.query('SELECT company_wide FROM users')).toEqual([{ company_wide: 0 }]);
      // The default only filled the old rows: a new ticket without a site is refused by the database.
      await expect(
        after.query(
          `INSERT INTO tickets (id, blueprint_key, blueprint_version, blueprint_hash, class, priority, team, state, status, assigned_roles, overdue, at_risk, snapshot, classification, version, created_at, updated_at, created_by)
           VALUES ('t2', 'repair', 1, 'h', 'general', 'normal', null, 'record', 'open', ',', 0, 0, '{}', '{}', 1, 'x', 'x', 'x')`,
        ),
      ).rejects.toThrow(/NOT NULL/);
    } finally {
      await after.destroy();
    }
  });

  it('leaves a fresh database without sites, for the seed to fill', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontstage-fresh-'));
    dirs.push(dir);
    const db = await open(join(dir, 'fresh.db'), MIGRATIONS);
    try {
      expect(await db.query('SELECT COUNT(*) AS n FROM sites')).toEqual([{ n: 0 }]);
    } finally {
      await db.destroy();
    }
  });
});
