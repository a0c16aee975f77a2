import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { runSql } from '../../src/database/sql.js';
import { PASSWORD, type Api } from './harness.js';

/** A small site written straight into the database: one building, some units, one common area. */
export interface SiteFixture {
  id: string;
  units: Record<string, string>;
  areaId: string;
}

/** Writes a site with its units (codes like `1-1-101`, all in building 1) and a common area `GATE`. */
export async function addSite(db: DataSource, id: string, codes: string[]): Promise<SiteFixture> {
  const at = new Date().toISOString();
  await runSql(db, 'INSERT INTO sites (id, name, created_at) VALUES ($1, $2, $3)', [id, `site ${id}`, at]);
  const building = randomUUID();
  await runSql(db, 'INSERT INTO buildings (id, site_id, name) VALUES ($1, $2, $3)', [building, id, '1']);
  const units: Record<string, string> = {};
  for (const code of codes) {
    units[code] = randomUUID();
    const [, entrance, room] = code.split('-');
    await runSql(
      db,
      'INSERT INTO units (id, site_id, building_id, code, entrance, room) VALUES ($1, $2, $3, $4, $5, $6)',
      [units[code], id, building, code, entrance, room],
    );
  }
  const areaId = randomUUID();
  await runSql(db, 'INSERT INTO common_areas (id, site_id, code, name) VALUES ($1, $2, $3, $4)', [
    areaId,
    id,
    'GATE',
    '大门',
  ]);
  return { id, units, areaId };
}

/** Writes a customer, holding `unitId` as owner when given. */
export async function addCustomer(
  db: DataSource,
  name: string,
  phone: string,
  holding?: { unitId: string; siteId: string },
): Promise<string> {
  const id = randomUUID();
  const at = new Date().toISOString();
  await runSql(
    db,
    'INSERT INTO customers (id, name, phone, importance, member, kind, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
    [id, name, phone, 'important', true, 'residential', at, at],
  );
  if (holding)
    await runSql(
      db,
      'INSERT INTO customer_units (id, customer_id, unit_id, site_id, role, since) VALUES ($1, $2, $3, $4, $5, $6)',
      [randomUUID(), id, holding.unitId, holding.siteId, 'owner', '2020-01-01'],
    );
  return id;
}

/** Creates an account through the API (as admin) with the test password; answers its UserView. */
export async function addUser(
  api: Api,
  user: { username: string; role: string; jobRole?: string; team?: string; sites?: string[] },
): Promise<Record<string, unknown>> {
  const res = await api.http
    .post('/api/users')
    .set('authorization', `Bearer ${await api.token('admin')}`)
    .send({ ...user, password: PASSWORD })
    .expect(201);
  return res.body as Record<string, unknown>;
}
