import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from './index.js';
import { AreaKinds1764700000000 } from './1764700000000-area-kinds.js';

// Common areas added before kinds take one from their code (GATE, GARAGE, LIFT-3…), else `other`.

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

describe('the area kinds migration', () => {
  it('gives the areas of an existing database the kind their code says', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontstage-kinds-'));
    dirs.push(dir);
    const file = join(dir, 'old.db');
    const before = await open(file, MIGRATIONS.slice(0, MIGRATIONS.indexOf(AreaKinds1764700000000)));
    await before.query(`INSERT INTO sites (id, name, created_at) VALUES ('s1', 'x', '2025-01-01')`);
    const codes = ['GATE', 'GARAGE', 'LIFT-3', 'LIFT-HALL-2', 'LOBBY-A', 'ROOF-1', 'POOL'];
    for (const [i, code] of codes.entries())
      await before.query(
        `INSERT INTO common_areas (id, site_id, code, name) VALUES ('a${i}', 's1', '${code}', 'x')`,
      );
    await before.destroy();
    const after = await open(file, MIGRATIONS);
    try {
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
    } finally {
      await after.destroy();
    }
  });
});
