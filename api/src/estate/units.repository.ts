import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { runSql } from '../database/sql.js';
import { inSlices, marks } from './bulk-insert.js';
import type { HoldingRecord, UnitRecord } from './estate-views.js';

const UNIT = `SELECT u.id, u.site_id, u.building_id, u.code, b.name AS building, u.entrance, u.room, u.floor_area
  FROM units u JOIN buildings b ON b.id = u.building_id`;

/**
 * Above every unit code that starts with a prefix: codes are ASCII ([0-9A-Z-]), so the prefix with
 * U+FFFF after it bounds them. A range (not LIKE) walks the (site_id, code) unique index on both
 * databases: SQLite compares bytes, and the PostgreSQL column is COLLATE "C" (see the migration).
 */
const ABOVE = '\uffff';

export interface UnitFilter {
  building?: string;
  /** The start of a unit code (engine parseAddressQuery). */
  prefix?: string;
  /** The code the previous page ended on. */
  after?: string;
  limit: number;
}

/** Units and who holds them: queries only. */
@Injectable()
export class UnitsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A site's units in code order, `limit` of them (one more tells whether a next page exists). */
  page(siteId: string, f: UnitFilter): Promise<UnitRecord[]> {
    const where = ['u.site_id = $1'];
    const values: unknown[] = [siteId];
    const add = (sql: string, value: unknown) => {
      values.push(value);
      where.push(sql.replace('?', `$${values.length}`));
    };
    if (f.building) add('u.building_id = ?', f.building);
    if (f.prefix) {
      add('u.code >= ?', f.prefix);
      add('u.code < ?', f.prefix + ABOVE);
    }
    if (f.after !== undefined) add('u.code > ?', f.after);
    return runSql<UnitRecord>(
      this.dataSource,
      `${UNIT} WHERE ${where.join(' AND ')} ORDER BY u.code LIMIT ${Number(f.limit)}`,
      values,
    );
  }

  async find(id: string): Promise<UnitRecord | null> {
    const [row] = await runSql<UnitRecord>(this.dataSource, `${UNIT} WHERE u.id = $1`, [id]);
    return row ?? null;
  }

  /** Units by id, any site (the caller checks each one's site). */
  byIds(
    ids: readonly string[],
    manager: EntityManager | DataSource = this.dataSource,
  ): Promise<UnitRecord[]> {
    return inSlices([...new Set(ids)], (slice) =>
      runSql<UnitRecord>(manager, `${UNIT} WHERE u.id IN (${marks(slice.length)})`, slice),
    );
  }

  /** Every unit of a site in code order (the export, and the import's matching of codes). */
  all(siteId: string, manager: EntityManager | DataSource = this.dataSource): Promise<UnitRecord[]> {
    return runSql<UnitRecord>(manager, `${UNIT} WHERE u.site_id = $1 ORDER BY u.code`, [siteId]);
  }

  /** The holdings of units that last past `today` (who lives or works there now), by unit then role. */
  current(
    unitIds: readonly string[],
    today: string,
    manager: EntityManager | DataSource = this.dataSource,
  ): Promise<HoldingRecord[]> {
    return inSlices([...new Set(unitIds)], (slice) =>
      runSql<HoldingRecord>(
        manager,
        `SELECT h.id, h.customer_id, h.unit_id, u.code AS unit_code, h.site_id, h.role, h.since, h.until
         FROM customer_units h JOIN units u ON u.id = h.unit_id
         WHERE (h.until IS NULL OR h.until > $1) AND h.unit_id IN (${marks(slice.length, 2)})
         ORDER BY u.code, h.role, h.since, h.id`,
        [today, ...slice],
      ),
    );
  }

  /** Every holding of a site's units that lasts past `today` (the export). */
  currentOfSite(siteId: string, today: string, manager: EntityManager | DataSource = this.dataSource) {
    return runSql<HoldingRecord>(
      manager,
      `SELECT h.id, h.customer_id, h.unit_id, u.code AS unit_code, h.site_id, h.role, h.since, h.until
       FROM customer_units h JOIN units u ON u.id = h.unit_id
       WHERE h.site_id = $1 AND (h.until IS NULL OR h.until > $2)`,
      [siteId, today],
    );
  }
}
