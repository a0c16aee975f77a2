import { Injectable } from '@nestjs/common';
import { Blueprint, Ruleset } from '@frontstage/engine';
import bcrypt from 'bcryptjs';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Transactor } from '../database/transactor.js';
import { UsersRepository } from '../auth/users.repository.js';
import { BlueprintsService } from '../blueprints/blueprints.service.js';
import { BlueprintDraftEntity, RulesetVersionEntity } from '../database/entities.js';
import { RulesService } from '../rules/rules.service.js';
import { runSql } from '../database/sql.js';
import { demoEstate } from './demo-estate.js';
import { DEMO_USERS } from './demo-users.js';
import { insertEstate } from './seed-estate.js';

/** What seeding did, so that start-up can print it once. */
export interface SeedReport {
  blueprints: { key: string; version: number }[];
  skipped: { file: string; reason: string }[];
  ruleset: number | null;
  users: { username: string; role: string; password: string }[];
  /** The demo sites seeded, with their unit counts (empty when the database had sites already). */
  sites: { id: string; name: string; units: number }[];
}

const SYSTEM = { id: 'system', role: 'system' };

/**
 * First start only: the shipped blueprints (published as version 1), the ruleset, and (outside
 * production) the demo estate and its demo users.
 */
@Injectable()
export class SeedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly blueprints: BlueprintsService,
    private readonly rules: RulesService,
    private readonly users: UsersRepository,
    private readonly tx: Transactor,
  ) {}

  async seed(
    dir: string,
    demoPassword: string | null,
    adminPassword: string | null = null,
  ): Promise<SeedReport> {
    const report: SeedReport = { blueprints: [], skipped: [], ruleset: null, users: [], sites: [] };
    const files = existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.json'))
          .sort()
      : [];
    if ((await this.dataSource.getRepository(BlueprintDraftEntity).count()) === 0) {
      for (const file of files.filter((f) => f !== 'ruleset.json')) {
        const parsed = Blueprint.safeParse(readJson(join(dir, file)));
        if (!parsed.success) {
          report.skipped.push({ file, reason: parsed.error.issues[0]?.message ?? 'not a blueprint' });
          continue;
        }
        await this.blueprints.saveDraft(parsed.data.key, parsed.data, SYSTEM);
        try {
          const published = await this.blueprints.publish(parsed.data.key, SYSTEM);
          report.blueprints.push({ key: published.key, version: published.version });
        } catch (error) {
          report.skipped.push({ file, reason: `kept as a draft: ${(error as Error).message}` });
        }
      }
    }
    if (
      files.includes('ruleset.json') &&
      (await this.dataSource.getRepository(RulesetVersionEntity).count()) === 0
    ) {
      const parsed = Ruleset.safeParse(readJson(join(dir, 'ruleset.json')));
      if (parsed.success) report.ruleset = (await this.rules.publish(parsed.data, SYSTEM)).version;
      else
        report.skipped.push({
          file: 'ruleset.json',
          reason: parsed.error.issues[0]?.message ?? 'not a ruleset',
        });
    }
    if (demoPassword !== null && (await this.users.count()) === 0) {
      // A database upgraded from before sites has its users already, so only a fresh one gets the demo estate.
      if ((await this.siteIds()).size === 0) report.sites = await this.seedEstate();
      const sites = await this.siteIds();
      const passwordHash = await bcrypt.hash(demoPassword, 10);
      await this.tx.runAlone(async (m) => {
        for (const u of DEMO_USERS) {
          const id = randomUUID();
          await this.users.insert(m, {
            id,
            username: u.username,
            passwordHash,
            role: u.role,
            jobRole: u.jobRole,
            team: u.team,
            companyWide: u.companyWide,
            createdAt: new Date().toISOString(),
          });
          await this.users.insertSites(
            m,
            id,
            u.sites.filter((s) => sites.has(s)),
          );
        }
      });
      for (const u of DEMO_USERS)
        report.users.push({
          username: u.username,
          role: `${u.role}${u.jobRole !== u.role ? `/${u.jobRole}` : ''}${u.team ? `@${u.team}` : ''}${u.companyWide ? ' (all sites)' : ` @ ${u.sites.join(', ')}`}`,
          password: demoPassword,
        });
    }
    if (adminPassword !== null && (await this.users.count()) === 0) {
      const passwordHash = await bcrypt.hash(adminPassword, 10);
      await this.tx.run((m) =>
        this.users.insert(m, {
          id: randomUUID(),
          username: 'admin',
          passwordHash,
          role: 'admin',
          jobRole: 'admin',
          team: null,
          companyWide: true,
          createdAt: new Date().toISOString(),
        }),
      );
      report.users.push({ username: 'admin', role: 'admin', password: '(FRONTSTAGE_ADMIN_PASSWORD)' });
    }
    return report;
  }

  private async siteIds(): Promise<Set<string>> {
    const rows = await runSql<{ id: string }>(this.dataSource, 'SELECT id FROM sites');
    return new Set(rows.map((r) => r.id));
  }

  /** The demo estate (demo-estate.ts), in one transaction. */
  private async seedEstate(): Promise<SeedReport['sites']> {
    const estate = demoEstate(new Date().toISOString());
    await this.tx.runAlone((m) => insertEstate(m, estate));
    return estate.sites.map((s) => ({
      id: s.id,
      name: s.name,
      units: estate.units.filter((u) => u.siteId === s.id).length,
    }));
  }
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}
