import type { EntityManager } from 'typeorm';
import { insertRows } from '../estate/bulk-insert.js';
import type { DemoEstate } from './demo-estate.js';

/**
 * Writes the demo estate in one transaction with multi-row inserts (about 5,000 rows: a few dozen
 * statements), so a fresh start stays quick on both databases.
 */
export async function insertEstate(m: EntityManager, e: DemoEstate): Promise<void> {
  await insertRows(
    m,
    'sites',
    ['id', 'name', 'address', 'calendar', 'assignment', 'created_at'],
    e.sites.map((s) => [
      s.id,
      s.name,
      s.address,
      s.calendar === null ? null : JSON.stringify(s.calendar),
      JSON.stringify(s.assignment),
      s.createdAt,
    ]),
  );
  await insertRows(
    m,
    'buildings',
    ['id', 'site_id', 'name'],
    e.buildings.map((b) => [b.id, b.siteId, b.name]),
  );
  await insertRows(
    m,
    'units',
    ['id', 'site_id', 'building_id', 'code', 'entrance', 'room', 'floor_area'],
    e.units.map((u) => [u.id, u.siteId, u.buildingId, u.code, u.entrance, u.room, u.floorArea]),
  );
  await insertRows(
    m,
    'common_areas',
    ['id', 'site_id', 'code', 'name', 'kind'],
    e.areas.map((a) => [a.id, a.siteId, a.code, a.name, a.kind]),
  );
  await insertRows(
    m,
    'customers',
    ['id', 'name', 'phone', 'importance', 'member', 'kind', 'created_at', 'updated_at'],
    e.customers.map((c) => [c.id, c.name, c.phone, c.importance, c.member, c.kind, c.createdAt, c.updatedAt]),
  );
  await insertRows(
    m,
    'customer_units',
    ['id', 'customer_id', 'unit_id', 'site_id', 'role', 'since', 'until'],
    e.holdings.map((h) => [h.id, h.customerId, h.unitId, h.siteId, h.role, h.since, h.until]),
  );
}
