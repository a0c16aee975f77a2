import { afterEach, describe, expect, it } from 'vitest';
import { upgradeDb, type UpgradeDb } from '../../../test/support/upgrade-db.js';
import { AreaKinds1764700000000 } from './1764700000000-area-kinds.js';

// Common areas added before kinds take one from their code (GATE, GARAGE, LIFT-3…), else `other`.

const opened: UpgradeDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.close();
});

describe('the area kinds migration', () => {
  it('gives the areas of an existing database the kind their code says', async () => {
    const old = await upgradeDb('sqlite', AreaKinds1764700000000);
    opened.push(old);
    const before = old.db;
    await before.query(`INSERT INTO sites (id, name, created_at) VALUES ('s1', 'x', '2025-01-01')`);
    const codes = ['GATE', 'GARAGE', 'LIFT-3', 'LIFT-HALL-2', 'LOBBY-A', 'ROOF-1', 'POOL'];
    for (const [i, code] of codes.entries())
      await before.query(
        `INSERT INTO common_areas (id, site_id, code, name) VALUES ('a${i}', 's1', '${code}', 'x')`,
      );
    const after = await old.upgrade();
    const rows = (await after.query('SELECT code, kind FROM common_areas ORDER BY id')) as {
      code: string;
      kind: string;
    }[];
    expect(Object.fromEntries(rows.map((r) => [r.code, r.kind]))).toEqual({
      GATE: 'main_gate',
      GARAGE: 'car_park',
      'LIFT-3': 'lift',
      'LIFT-HALL-2': 'lift_hall',
      'LOBBY-A': 'lobby',
      'ROOF-1': 'roof',
      POOL: 'other',
    });
  });
});
