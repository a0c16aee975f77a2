import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { runSql } from '../database/sql.js';
import {
  BlueprintDraftEntity,
  BlueprintVersionEntity,
  type BlueprintDraftRow,
  type BlueprintVersionRow,
} from '../database/entities.js';

/** A published version without its (large) body and compiled output, for listings. */
export type VersionSummary = Pick<
  BlueprintVersionRow,
  'key' | 'version' | 'hash' | 'publishedAt' | 'publishedBy' | 'note'
>;

@Injectable()
export class BlueprintsRepository {
  constructor(private readonly dataSource: DataSource) {}

  drafts(): Promise<BlueprintDraftRow[]> {
    return this.dataSource.getRepository(BlueprintDraftEntity).find({ order: { key: 'ASC' } });
  }

  /** A draft; `forUpdate` locks its row to the end of the transaction on PostgreSQL (SQLite has one writer). */
  draft(
    key: string,
    manager: EntityManager = this.dataSource.manager,
    forUpdate = false,
  ): Promise<BlueprintDraftRow | null> {
    const lock = forUpdate && manager.connection.options.type === 'postgres';
    return manager
      .getRepository(BlueprintDraftEntity)
      .findOne({ where: { key }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  /** One statement, so two first saves of the same key cannot both try to insert it. */
  async saveDraft(manager: EntityManager, row: BlueprintDraftRow): Promise<void> {
    await manager.getRepository(BlueprintDraftEntity).upsert(row, ['key']);
  }

  /** Every published version of a blueprint, newest first, without bodies. */
  versions(key: string): Promise<VersionSummary[]> {
    return this.dataSource
      .getRepository(BlueprintVersionEntity)
      .createQueryBuilder('v')
      .select(['v.key', 'v.version', 'v.hash', 'v.publishedAt', 'v.publishedBy', 'v.note'])
      .where('v.key = :key', { key })
      .orderBy('v.version', 'DESC')
      .getMany();
  }

  /** The newest version of every blueprint. */
  async latestVersions(): Promise<VersionSummary[]> {
    const rows = await this.dataSource
      .getRepository(BlueprintVersionEntity)
      .createQueryBuilder('v')
      .select(['v.key', 'v.version', 'v.hash', 'v.publishedAt', 'v.publishedBy', 'v.note'])
      .where('v.version = (SELECT MAX(w.version) FROM blueprint_versions w WHERE w.key = v.key)')
      .orderBy('v.key', 'ASC')
      .getMany();
    return rows;
  }

  latest(key: string, manager: EntityManager = this.dataSource.manager): Promise<BlueprintVersionRow | null> {
    return manager
      .getRepository(BlueprintVersionEntity)
      .findOne({ where: { key }, order: { version: 'DESC' } });
  }

  version(key: string, version: number): Promise<BlueprintVersionRow | null> {
    return this.dataSource.getRepository(BlueprintVersionEntity).findOneBy({ key, version });
  }

  async insertVersion(manager: EntityManager, row: BlueprintVersionRow): Promise<void> {
    await runSql(
      manager,
      'INSERT INTO blueprint_versions ("key", "version", "hash", "body", "compiled", "published_at", "published_by", "note") VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
      [
        row.key,
        row.version,
        row.hash,
        JSON.stringify(row.body),
        JSON.stringify(row.compiled),
        row.publishedAt,
        row.publishedBy,
        row.note,
      ],
    );
  }
}
