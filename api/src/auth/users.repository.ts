import { Injectable } from '@nestjs/common';
import { DataSource, MoreThan, type EntityManager } from 'typeorm';
import { UserEntity, type UserRow } from '../database/entities.js';
import { runSql } from '../database/sql.js';
import { UserSiteEntity } from '../estate/estate.entities.js';

@Injectable()
export class UsersRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByUsername(username: string): Promise<UserRow | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ username });
  }

  findById(id: string): Promise<UserRow | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id });
  }

  all(): Promise<UserRow[]> {
    return this.dataSource.getRepository(UserEntity).find({ order: { username: 'ASC' } });
  }

  /** Up to `limit` users by username, after `after` when given. */
  page(limit: number, after?: string): Promise<UserRow[]> {
    return this.dataSource.getRepository(UserEntity).find({
      ...(after !== undefined ? { where: { username: MoreThan(after) } } : {}),
      order: { username: 'ASC' },
      take: limit,
    });
  }

  /** Each job role some account holds, with how many accounts hold it, by role. */
  async heldRoles(): Promise<{ role: string; users: number }[]> {
    const rows = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .select('u.jobRole', 'role')
      .addSelect('COUNT(*)', 'users')
      .groupBy('u.jobRole')
      .orderBy('u.jobRole', 'ASC')
      .getRawMany<{ role: string; users: string | number }>();
    // PostgreSQL answers a count as text (a bigint); SQLite as a number.
    return rows.map((r) => ({ role: r.role, users: Number(r.users) }));
  }

  /** The sites a user works at. */
  async sitesOf(userId: string): Promise<string[]> {
    const rows = await this.dataSource
      .getRepository(UserSiteEntity)
      .find({ where: { userId }, order: { siteId: 'ASC' } });
    return rows.map((r) => r.siteId);
  }

  /** The sites of many users at once, by user id (for a page of accounts). */
  async sitesOfAll(userIds: string[]): Promise<Map<string, string[]>> {
    const bySite = new Map<string, string[]>(userIds.map((id) => [id, []]));
    if (userIds.length === 0) return bySite;
    const rows = await this.dataSource
      .getRepository(UserSiteEntity)
      .createQueryBuilder('us')
      .where('us.user_id IN (:...ids)', { ids: userIds })
      .orderBy('us.site_id', 'ASC')
      .getMany();
    for (const r of rows) bySite.get(r.userId)?.push(r.siteId);
    return bySite;
  }

  /** Site ids among `ids` that exist, for naming the unknown ones. */
  async existingSites(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const marks = ids.map((_, i) => `$${i + 1}`).join(', ');
    const rows = await runSql<{ id: string }>(
      this.dataSource,
      `SELECT id FROM sites WHERE id IN (${marks})`,
      ids,
    );
    return new Set(rows.map((r) => r.id));
  }

  /** The company's site when it has exactly one, else null. */
  async onlySite(): Promise<string | null> {
    const rows = await runSql<{ id: string }>(this.dataSource, 'SELECT id FROM sites ORDER BY id LIMIT 2');
    return rows.length === 1 ? rows[0]!.id : null;
  }

  async insertSites(manager: EntityManager, userId: string, sites: string[]): Promise<void> {
    if (sites.length > 0)
      await manager.getRepository(UserSiteEntity).insert(sites.map((siteId) => ({ userId, siteId })));
  }

  count(): Promise<number> {
    return this.dataSource.getRepository(UserEntity).count();
  }

  async insert(manager: EntityManager, row: UserRow): Promise<void> {
    await manager.getRepository(UserEntity).insert(row);
  }
}
