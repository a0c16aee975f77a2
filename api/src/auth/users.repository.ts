import { Injectable } from '@nestjs/common';
import { DataSource, MoreThan, type EntityManager } from 'typeorm';
import { UserEntity, type UserRow } from '../database/entities.js';

@Injectable()
export class UsersRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByUsername(username: string): Promise<UserRow | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ username });
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

  count(): Promise<number> {
    return this.dataSource.getRepository(UserEntity).count();
  }

  async insert(manager: EntityManager, row: UserRow): Promise<void> {
    await manager.getRepository(UserEntity).insert(row);
  }
}
