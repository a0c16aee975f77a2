import { Injectable } from '@nestjs/common';
import {
  Blueprint,
  compile,
  PUBLISH_COMMAND,
  validate,
  type BlueprintSummary,
  type CompiledBlueprint,
  type DraftResponse,
  type PublishResponse,
  type SaveDraftResponse,
  type ValidateResponse,
  type VersionResponse,
  type VersionSummary,
} from '@frontstage/engine';
import type { EntityManager } from 'typeorm';
import { ApiError, notFound } from '../common/api-error.js';
import { Clock } from '../common/clock.js';
import { ifMatchHolds, type IfMatch } from '../common/etag.js';
import type { BlueprintVersionRow } from '../database/entities.js';
import { retryOnUniqueViolation } from '../database/sql.js';
import { Transactor } from '../database/transactor.js';
import { AuditService } from '../audit/audit.service.js';
import { UsersRepository } from '../auth/users.repository.js';
import type { Remember } from '../idempotency/idempotency.service.js';
import { BlueprintsRepository } from './blueprints.repository.js';
import { CompiledCache } from './compiled-cache.js';
import { draftTag } from './draft-etag.js';

/** Who does something, for the audit log. */
export interface Doer {
  id: string;
  role: string;
}

@Injectable()
export class BlueprintsService {
  private readonly cache = new CompiledCache();
  // Published versions never change, so key@version → compiled can be kept for the process.
  private readonly pinned = new Map<string, CompiledBlueprint>();

  constructor(
    private readonly repo: BlueprintsRepository,
    private readonly tx: Transactor,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly users: UsersRepository,
  ) {}

  /**
   * What the engine is told beside the blueprint: the roles some account holds, so a step for a
   * role nobody holds is warned about (`role.unheld`) before its tickets wait for ever.
   */
  private async known(): Promise<{ heldRoles: string[] }> {
    return { heldRoles: (await this.users.heldRoles()).map((r) => r.role) };
  }

  /** Every blueprint with a draft or a version, with its latest published version. */
  /** The newest published version of every blueprint, without bodies (drafts are not read). */
  latestVersions() {
    return this.repo.latestVersions();
  }

  async list(): Promise<BlueprintSummary[]> {
    const [drafts, latest] = await Promise.all([this.repo.drafts(), this.repo.latestVersions()]);
    const keys = [...new Set([...drafts.map((d) => d.key), ...latest.map((v) => v.key)])].sort();
    return keys.map((key) => {
      const draft = drafts.find((d) => d.key === key);
      const body = draft?.body as Blueprint | undefined;
      return {
        key,
        name: body?.name ?? null,
        class: body?.class ?? null,
        draftUpdatedAt: draft?.updatedAt ?? null,
        latest: latest.find((v) => v.key === key) ?? null,
      };
    });
  }

  async draft(key: string): Promise<DraftResponse> {
    const row = await this.repo.draft(key);
    if (!row) throw notFound('Blueprint draft', key);
    return {
      key,
      blueprint: row.body,
      updatedAt: row.updatedAt,
      updatedBy: row.updatedBy,
      report: validate(row.body, await this.known()).diagnostics,
    };
  }

  /**
   * Saves a draft; it must be a well-formed blueprint, but may still have diagnostics to fix before
   * publishing. With `ifMatch`, only over the draft that condition names (else 412, nothing saved).
   */
  async saveDraft(
    key: string,
    blueprint: Blueprint,
    doer: Doer,
    ifMatch?: IfMatch,
  ): Promise<SaveDraftResponse> {
    if (blueprint.key !== key)
      throw new ApiError('validation_failed', `key: must equal the path key "${key}"`, { field: 'key' });
    const now = this.clock.iso();
    await this.tx.run(async (m) => {
      if (ifMatch) {
        // Read and written in one transaction (the row locked on PostgreSQL): no save slips in between.
        const current = await this.repo.draft(key, m, true);
        if (!ifMatchHolds(ifMatch, current && draftTag(current.body, current.updatedAt)))
          throw new ApiError('precondition_failed', `If-Match: the draft of "${key}" has changed since`, {
            field: 'If-Match',
          });
      }
      await this.repo.saveDraft(m, { key, body: blueprint, updatedAt: now, updatedBy: doer.id });
    });
    return { key, updatedAt: now, report: validate(blueprint, await this.known()).diagnostics };
  }

  /** Validates and compiles without saving. */
  async check(input: unknown): Promise<ValidateResponse> {
    const result = compile(input, await this.known());
    return result.ok
      ? { ok: true, hash: result.hash, report: result.report }
      : { ok: false, report: result.report };
  }

  async versions(key: string): Promise<VersionSummary[]> {
    const rows = await this.repo.versions(key);
    if (rows.length === 0 && !(await this.repo.draft(key))) throw notFound('Blueprint', key);
    return rows;
  }

  /**
   * Publishes the draft as the next immutable version; an unchanged draft returns the latest version.
   * Two publishes at once (several instances on PostgreSQL) race for the same version number: the
   * loser's insert hits the primary key, and it simply runs again on the winner's version.
   */
  async publish(
    key: string,
    doer: Doer,
    requestId?: string,
    remember: Remember | null = null,
    note: string | null = null,
  ): Promise<PublishResponse> {
    return retryOnUniqueViolation(() => this.publishOnce(key, doer, requestId, remember, note));
  }

  private async publishOnce(
    key: string,
    doer: Doer,
    requestId: string | undefined,
    remember: Remember | null,
    note: string | null,
  ) {
    // The answer is kept under the request's Idempotency-Key in the publish's own transaction.
    const answer = async (m: EntityManager, response: PublishResponse) => {
      if (remember) await remember(m, 200, JSON.stringify(response), this.clock.iso());
      return response;
    };
    return this.tx.run(async (m) => {
      const draft = await this.repo.draft(key, m);
      if (!draft) throw notFound('Blueprint draft', key);
      const compiled = compile(draft.body);
      if (!compiled.ok)
        throw new ApiError('blueprint_invalid', `Blueprint "${key}" does not compile`, {
          diagnostics: compiled.report.diagnostics,
        });
      const latest = await this.repo.latest(key, m);
      if (latest?.hash === compiled.hash) return answer(m, { ...summary(latest), created: false });
      const row: BlueprintVersionRow = {
        key,
        version: (latest?.version ?? 0) + 1,
        hash: compiled.hash,
        body: compiled.blueprint,
        compiled: { machine: compiled.machine, rules: compiled.rules, report: compiled.report },
        publishedAt: this.clock.iso(),
        publishedBy: doer.id,
        note,
      };
      await this.repo.insertVersion(m, row);
      await this.audit.append(m, {
        at: row.publishedAt,
        ticketId: null,
        actorId: doer.id,
        actorRole: doer.role,
        command: PUBLISH_COMMAND.blueprint,
        eventType: null,
        data: { key, version: row.version, hash: row.hash, ...(note ? { note } : {}) },
        fromState: null,
        toState: null,
        blueprintKey: key,
        blueprintVersion: row.version,
        outcome: 'accepted',
        code: null,
        trace: null,
        requestId: requestId ?? null,
      });
      return answer(m, { ...summary(row), created: true });
    });
  }

  async version(key: string, version: number): Promise<VersionResponse> {
    const row = await this.repo.version(key, version);
    if (!row) throw notFound('Blueprint version', `${key}@${version}`);
    return { ...summary(row), blueprint: row.body, compiled: row.compiled };
  }

  /** The latest published version of a blueprint with its compiled form, for starting tickets. */
  async latestCompiled(
    key: string,
  ): Promise<{ row: BlueprintVersionRow; compiled: CompiledBlueprint } | null> {
    const row = await this.repo.latest(key);
    return row ? { row, compiled: this.cache.get(row) } : null;
  }

  /** One published version with its compiled form, for starting tickets at a site pinned to it; null when unpublished. */
  async compiledAt(
    key: string,
    version: number,
  ): Promise<{ row: BlueprintVersionRow; compiled: CompiledBlueprint } | null> {
    const row = await this.repo.version(key, version);
    return row ? { row, compiled: this.cache.get(row) } : null;
  }

  /** A pinned version's compiled form, for moving tickets. */
  async compiledVersion(key: string, version: number): Promise<CompiledBlueprint> {
    const id = `${key}@${version}`;
    const known = this.pinned.get(id);
    if (known) return known;
    const row = await this.repo.version(key, version);
    if (!row) throw new Error(`Pinned blueprint version ${id} is missing`);
    const compiled = this.cache.get(row);
    this.pinned.set(id, compiled);
    return compiled;
  }
}

function summary(row: BlueprintVersionRow): VersionSummary {
  return {
    key: row.key,
    version: row.version,
    hash: row.hash,
    publishedAt: row.publishedAt,
    publishedBy: row.publishedBy,
    note: row.note ?? null,
  };
}
