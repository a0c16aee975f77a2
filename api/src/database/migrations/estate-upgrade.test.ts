import { afterEach, describe, expect, it } from 'vitest';
import { upgradeDb, type UpgradeDb } from '../../../test/support/upgrade-db.js';
import { Estate1764100000000 } from './1764100000000-estate.js';

// An installation from before the estate keeps working as one site: every ticket and every user
// belong to site `main`, and a ticket written afterwards must name its site.

const opened: UpgradeDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.close();
});

describe('the estate migration', () => {
  it('puts the tickets and users of an existing database in site main', async () => {
    const old = await upgradeDb('sqlite', Estate1764100000000);
    opened.push(old);
    const before = old.db;
    await before.query(
      `INSERT INTO users (id, username, password_hash, role, job_role, team, created_at) VALUES ('u1', 'frontdesk', 'x', 'staff', 'frontdesk', 'customer_service', '2025-01-01T00:00:00.000Z')`,
    );
    await before.query(
      `INSERT INTO tickets (id, blueprint_key, blueprint_version, blueprint_hash, class, priority, team, state, status, assigned_roles, overdue, at_risk, snapshot, classification, version, created_at, updated_at, created_by)
       VALUES ('t1', 'repair', 1, 'h', 'general', 'normal', null, 'record', 'open', ',frontdesk,', 0, 0, '{}', '{}', 1, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', 'frontdesk')`,
    );
    const after = await old.upgrade();
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
  });

  it('leaves a fresh database without sites, for the seed to fill', async () => {
    const fresh = await upgradeDb('sqlite');
    opened.push(fresh);
    expect(await fresh.db.query('SELECT COUNT(*) AS n FROM sites')).toEqual([{ n: 0 }]);
  });
});
