import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { RulesetVersion, type RulesetVersionRow } from '../database/entities.js';

@Injectable()
export class RulesRepository {
  constructor(private readonly dataSource: DataSource) {}

  latest(manager: EntityManager = this.dataSource.manager): Promise<RulesetVersionRow | null> {
    return manager.getRepository(RulesetVersion).findOne({ where: {}, order: { version: 'DESC' } });
  }

  async insert(manager: EntityManager, row: RulesetVersionRow): Promise<void> {
    await manager.getRepository(RulesetVersion).insert(row);
  }
}
