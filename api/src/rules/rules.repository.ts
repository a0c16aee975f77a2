import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { RulesetVersionEntity, type RulesetVersionRow } from '../database/entities.js';

@Injectable()
export class RulesRepository {
  constructor(private readonly dataSource: DataSource) {}

  latest(manager: EntityManager = this.dataSource.manager): Promise<RulesetVersionRow | null> {
    return manager.getRepository(RulesetVersionEntity).findOne({ where: {}, order: { version: 'DESC' } });
  }

  versions(): Promise<Omit<RulesetVersionRow, 'body'>[]> {
    return this.dataSource
      .getRepository(RulesetVersionEntity)
      .createQueryBuilder('r')
      .select(['r.version', 'r.key', 'r.hash', 'r.publishedAt', 'r.publishedBy', 'r.note'])
      .orderBy('r.version', 'DESC')
      .getMany();
  }

  version(version: number): Promise<RulesetVersionRow | null> {
    return this.dataSource.getRepository(RulesetVersionEntity).findOneBy({ version });
  }

  async insert(manager: EntityManager, row: RulesetVersionRow): Promise<void> {
    await manager.getRepository(RulesetVersionEntity).insert(row);
  }
}
