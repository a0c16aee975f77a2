import { Injectable } from '@nestjs/common';
import {
  canonicalJson,
  classify,
  compileRuleset,
  sha256Hex,
  type Classification,
  type Ruleset,
  PUBLISH_COMMAND,
} from '@frontstage/engine';
import { ApiError, notFound } from '../common/api-error.js';
import { retryOnUniqueViolation } from '../database/sql.js';
import { Clock } from '../common/clock.js';
import type { RulesetVersionRow } from '../database/entities.js';
import { Transactor } from '../database/transactor.js';
import { AuditService } from '../audit/audit.service.js';
import type { Doer } from '../blueprints/blueprints.service.js';
import { RulesRepository } from './rules.repository.js';

@Injectable()
export class RulesService {
  // The parsed latest ruleset, keyed by version: classify() caches its compilation per object.
  private current?: { version: number; ruleset: Ruleset };

  constructor(
    private readonly repo: RulesRepository,
    private readonly tx: Transactor,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async latest() {
    const row = await this.repo.latest();
    if (!row) throw new ApiError('not_found', 'No ruleset has been published', { field: 'ruleset' });
    return {
      version: row.version,
      hash: row.hash,
      publishedAt: row.publishedAt,
      publishedBy: row.publishedBy,
      note: row.note ?? null,
      ruleset: row.body,
    };
  }

  /**
   * Publishes a ruleset as the next version (unchanged content keeps the current version), with
   * the designer's change note when one is given.
   */
  async publish(ruleset: Ruleset, doer: Doer, requestId?: string, note: string | null = null) {
    return retryOnUniqueViolation(() => this.publishOnce(ruleset, doer, requestId, note));
  }

  /** Every published version, newest first, without bodies. */
  versions() {
    return this.repo.versions();
  }

  async version(version: number) {
    const row = await this.repo.version(version);
    if (!row) throw notFound('Ruleset version', String(version));
    return {
      version: row.version,
      hash: row.hash,
      publishedAt: row.publishedAt,
      publishedBy: row.publishedBy,
      note: row.note ?? null,
      ruleset: row.body,
    };
  }

  /** Checks a ruleset without publishing it: the full list of problems, or ok. */
  check(ruleset: Ruleset) {
    const compiled = compileRuleset(ruleset);
    // Warnings (a shared condition nothing uses) come with an ok ruleset.
    return compiled.ok
      ? { ok: true, hash: sha256Hex(canonicalJson(ruleset)), diagnostics: compiled.diagnostics }
      : { ok: false, diagnostics: compiled.diagnostics };
  }

  private async publishOnce(
    ruleset: Ruleset,
    doer: Doer,
    requestId: string | undefined,
    note: string | null,
  ) {
    const compiled = compileRuleset(ruleset);
    if (!compiled.ok)
      throw new ApiError('ruleset_invalid', 'The ruleset does not compile', {
        diagnostics: compiled.diagnostics,
      });
    const hash = sha256Hex(canonicalJson(ruleset));
    return this.tx.run(async (m) => {
      const latest = await this.repo.latest(m);
      if (latest?.hash === hash) return { version: latest.version, hash, created: false };
      const row: RulesetVersionRow = {
        version: (latest?.version ?? 0) + 1,
        key: ruleset.key,
        hash,
        body: ruleset,
        publishedAt: this.clock.iso(),
        publishedBy: doer.id,
        note,
      };
      await this.repo.insert(m, row);
      await this.audit.append(m, {
        at: row.publishedAt,
        ticketId: null,
        actorId: doer.id,
        actorRole: doer.role,
        command: PUBLISH_COMMAND.rules,
        eventType: null,
        data: { key: row.key, version: row.version, hash, ...(note ? { note } : {}) },
        fromState: null,
        toState: null,
        blueprintKey: null,
        blueprintVersion: null,
        outcome: 'accepted',
        code: null,
        trace: null,
        requestId: requestId ?? null,
      });
      return { version: row.version, hash, created: true };
    });
  }

  /**
   * Classifies facts with the given ruleset, or a published version (a site's assignment may hold
   * it on one), or the latest published one.
   */
  async evaluate(
    facts: Record<string, unknown>,
    ruleset?: Ruleset,
    version?: number | null,
  ): Promise<{ rulesetVersion: number | null; classification: Classification }> {
    const used = ruleset
      ? { version: null, ruleset }
      : version
        ? await this.publishedRuleset(version)
        : await this.currentRuleset();
    const result = classify(used.ruleset, facts);
    if (!result.ok)
      throw new ApiError('classification_failed', 'The facts could not be classified', {
        diagnostics: result.diagnostics,
      });
    return { rulesetVersion: used.version, classification: result.classification };
  }

  /** Published rulesets never change: parsed once per version. */
  private readonly held = new Map<number, { version: number; ruleset: Ruleset }>();

  private async publishedRuleset(version: number): Promise<{ version: number; ruleset: Ruleset }> {
    const known = this.held.get(version);
    if (known) return known;
    const row = await this.repo.version(version);
    if (!row)
      throw new ApiError('classification_failed', `The site's ruleset version ${version} is not published`, {
        field: 'ruleset',
        rulesetVersion: version,
      });
    const used = { version: row.version, ruleset: row.body as Ruleset };
    this.held.set(version, used);
    return used;
  }

  private async currentRuleset(): Promise<{ version: number; ruleset: Ruleset }> {
    const row = await this.repo.latest();
    if (!row)
      throw new ApiError('classification_failed', 'No ruleset has been published', { field: 'ruleset' });
    if (this.current?.version !== row.version)
      this.current = { version: row.version, ruleset: row.body as Ruleset };
    return this.current;
  }
}
