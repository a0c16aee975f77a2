import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { runSql } from '../database/sql.js';
import { insertRows, marks } from './bulk-insert.js';
import type { SiteRow } from './estate.entities.js';
import type { AreaRecord, SiteRecord } from './estate-views.js';
import { scopeSql, type Scoped } from './site-scope.js';

const SITE = `SELECT s.id, s.name, s.address, s.calendar, s.assignment, s.created_at,
  (SELECT COUNT(*) FROM units u WHERE u.site_id = s.id) AS units FROM sites s`;

export interface BuildingRecord {
  id: string;
  site_id: string;
  name: string;
  units: number | string;
}

/** Sites, their buildings and common areas: queries only (the services check scope and input). */
@Injectable()
export class SitesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The sites `user` sees, by id. */
  list(user: Scoped): Promise<SiteRecord[]> {
    const scope = scopeSql(user, 's.id', 1);
    return runSql<SiteRecord>(this.dataSource, `${SITE} WHERE 1 = 1${scope.sql} ORDER BY s.id`, scope.values);
  }

  async find(id: string, manager: EntityManager | DataSource = this.dataSource): Promise<SiteRecord | null> {
    const [row] = await runSql<SiteRecord>(manager, `${SITE} WHERE s.id = $1`, [id]);
    return row ?? null;
  }

  async insert(m: EntityManager, row: SiteRow): Promise<void> {
    await insertRows(
      m,
      'sites',
      ['id', 'name', 'address', 'calendar', 'assignment', 'created_at'],
      [[row.id, row.name, row.address, null, JSON.stringify(row.assignment), row.createdAt]],
    );
  }

  /** Sets the given columns (already serialised) of a site. */
  async update(m: EntityManager, id: string, columns: Record<string, string | null>): Promise<void> {
    const names = Object.keys(columns);
    if (names.length === 0) return;
    // Placeholders in the order they appear: SQLite binds them by position (see runSql).
    const sets = names.map((name, i) => `${name} = $${i + 1}`).join(', ');
    await runSql(m, `UPDATE sites SET ${sets} WHERE id = $${names.length + 1}`, [
      ...Object.values(columns),
      id,
    ]);
  }

  /** A site's buildings with their unit counts, in name order as people count (2 before 10). */
  async buildings(siteId: string): Promise<BuildingRecord[]> {
    const rows = await runSql<BuildingRecord>(
      this.dataSource,
      `SELECT b.id, b.site_id, b.name, COUNT(u.id) AS units FROM buildings b
       LEFT JOIN units u ON u.building_id = b.id WHERE b.site_id = $1 GROUP BY b.id, b.site_id, b.name`,
      [siteId],
    );
    return rows.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN', { numeric: true }));
  }

  async building(siteId: string, id: string): Promise<{ id: string; site_id: string } | null> {
    const [row] = await runSql<{ id: string; site_id: string }>(
      this.dataSource,
      'SELECT id, site_id FROM buildings WHERE id = $1',
      [id],
    );
    return row && row.site_id === siteId ? row : null;
  }

  areas(siteId: string): Promise<AreaRecord[]> {
    return runSql<AreaRecord>(
      this.dataSource,
      'SELECT id, site_id, code, name, kind FROM common_areas WHERE site_id = $1 ORDER BY code',
      [siteId],
    );
  }

  async insertArea(m: EntityManager, row: AreaRecord): Promise<void> {
    await insertRows(
      m,
      'common_areas',
      ['id', 'site_id', 'code', 'name', 'kind'],
      [[row.id, row.site_id, row.code, row.name, row.kind]],
    );
  }

  /** Common areas whose name contains `text` or whose code starts with it (a site has dozens, not thousands). */
  searchAreas(siteId: string, text: string, limit: number): Promise<AreaRecord[]> {
    const like = `%${escapeLike(text)}%`;
    return runSql<AreaRecord>(
      this.dataSource,
      `SELECT id, site_id, code, name, kind FROM common_areas
       WHERE site_id = $1 AND (name LIKE $2 ESCAPE '\\' OR UPPER(code) LIKE $3 ESCAPE '\\')
       ORDER BY code LIMIT ${Number(limit)}`,
      [siteId, like, `${escapeLike(text.toUpperCase())}%`],
    );
  }

  /** Which of `keys` name a published blueprint (`key`, or `key@version` for a pinned version). */
  async publishedBlueprints(keys: { key: string; version: number | null }[]): Promise<Set<string>> {
    const names = [...new Set(keys.map((k) => k.key))];
    if (names.length === 0) return new Set();
    const rows = await runSql<{ key: string; version: number | string }>(
      this.dataSource,
      `SELECT key, version FROM blueprint_versions WHERE key IN (${marks(names.length)})`,
      names,
    );
    const known = new Set<string>();
    for (const r of rows) known.add(r.key).add(`${r.key}@${Number(r.version)}`);
    return known;
  }

  async rulesetVersionExists(version: number): Promise<boolean> {
    const rows = await runSql(this.dataSource, 'SELECT version FROM ruleset_versions WHERE version = $1', [
      version,
    ]);
    return rows.length > 0;
  }
}

/** `text` for a LIKE pattern with `\` as the escape: its own % and _ match themselves. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);
