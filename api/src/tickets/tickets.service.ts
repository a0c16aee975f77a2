import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  reassign,
  REASSIGN_COMMAND,
  start,
  step,
  type Actor,
  type StepOptions,
  type Ticket,
} from '@frontstage/engine';
import { ApiError, notFound } from '../common/api-error.js';
import { Clock } from '../common/clock.js';
import { STEP_OPTIONS } from '../config/tokens.js';
import type { CurrentUserData } from '../common/roles.decorator.js';
import type { TicketRow } from '../database/entities.js';
import { Transactor } from '../database/transactor.js';
import { AuditService, type AuditRecord } from '../audit/audit.service.js';
import { BlueprintsService } from '../blueprints/blueprints.service.js';
import type { Remember } from '../idempotency/idempotency.service.js';
import { RulesService } from '../rules/rules.service.js';
import { StreamBus } from '../stream/stream-bus.js';
import { actingRole, callerEvents } from './customer-proxy.js';
import { canSee, SERVICE_CENTRE_TEAM } from './ticket-access.js';
import { changeOf, ticketView } from './ticket-view.js';
import { urgencyRank } from './queue-order.js';
import { columnsOf, TicketWriter } from './ticket-writer.js';
import { TicketsRepository, type TicketFilter } from './tickets.repository.js';

export interface EventCommand {
  type: string;
  data?: Record<string, unknown>;
  expectedVersion: number;
}

type TicketView = ReturnType<typeof ticketView>;

/** A command as the audit log records it, before its outcome is known. */
type Attempt = Omit<AuditRecord, 'toState' | 'outcome' | 'code' | 'trace'>;

/** The 409 of a command sent for another version than the ticket's. */
function versionConflict(expected: number, current?: number): ApiError {
  return new ApiError('version_conflict', `Ticket is at another version than ${expected}`, {
    field: 'expectedVersion',
    expectedVersion: expected,
    ...(current !== undefined ? { currentVersion: current } : {}),
  });
}

const actorOf = (user: CurrentUserData, role = user.jobRole): Actor => ({
  id: user.username,
  role,
  ...(user.team ? { team: user.team } : {}),
});

@Injectable()
export class TicketsService {
  constructor(
    private readonly repo: TicketsRepository,
    private readonly writer: TicketWriter,
    private readonly tx: Transactor,
    private readonly audit: AuditService,
    private readonly blueprints: BlueprintsService,
    private readonly rules: RulesService,
    private readonly bus: StreamBus,
    private readonly clock: Clock,
    @Inject(STEP_OPTIONS) private readonly stepOptions: StepOptions,
  ) {}

  /** Intake: classify the facts, pin the blueprint's latest version, start, route; one transaction. */
  async create(
    user: CurrentUserData,
    facts: Record<string, unknown>,
    requestId: string,
    remember: Remember | null = null,
  ): Promise<TicketView> {
    const now = this.clock.iso();
    const attempt: Attempt = {
      at: now,
      ticketId: null,
      actorId: user.username,
      actorRole: user.jobRole,
      command: 'ticket.create',
      eventType: 'INTAKE',
      data: facts,
      fromState: null,
      blueprintKey: null,
      blueprintVersion: null,
      requestId,
    };
    const refuse = (error: ApiError) => this.refuse(attempt, error);
    const decided = await this.rules.evaluate(facts).catch(async (e: unknown) => {
      throw e instanceof ApiError ? await refuse(e) : e;
    });
    const { rulesetVersion, classification } = decided;
    const pinned = await this.blueprints.latestCompiled(classification.blueprint);
    if (!pinned)
      throw await refuse(
        new ApiError(
          'blueprint_not_published',
          `Blueprint "${classification.blueprint}" has no published version`,
          { blueprint: classification.blueprint },
        ),
      );
    const started = start(pinned.compiled, facts, actorOf(user), now, {
      ...this.stepOptions,
      team: classification.team,
      timeStandards: classification.timeStandards,
    });
    if (!started.ok) throw await refuse(ApiError.fromRejection(started.rejection));
    const t = started.ticket;
    const row: TicketRow = {
      id: randomUUID(),
      blueprintKey: pinned.row.key,
      blueprintVersion: pinned.row.version,
      blueprintHash: pinned.row.hash,
      class: classification.class,
      priority: classification.priority,
      ...columnsOf(t),
      team: t.team ?? classification.team ?? null,
      urgencyRank: urgencyRank(classification.class),
      snapshot: t,
      classification: { rulesetVersion, ...classification },
      version: 1,
      createdAt: now,
      createdBy: user.username,
    };
    const view = ticketView(row, now, callerEvents(pinned.compiled, t, user.jobRole));
    await this.tx.run(async (m) => {
      await this.repo.insert(m, row);
      this.bus.announce(m, changeOf(row, 'ticket.created'));
      await this.writer.applyTimerEffects(m, row.id, started.effects, now);
      await remember?.(m, 201, JSON.stringify(view), now);
      await this.audit.append(m, {
        at: now,
        ticketId: row.id,
        actorId: user.username,
        actorRole: user.jobRole,
        command: 'ticket.create',
        eventType: 'INTAKE',
        data: facts,
        fromState: null,
        toState: t.state,
        blueprintKey: row.blueprintKey,
        blueprintVersion: row.blueprintVersion,
        outcome: 'accepted',
        code: null, // Team and time standards are start() options: kept here so the history alone can replay the ticket.
        trace: {
          classification: {
            rulesetVersion,
            class: classification.class,
            priority: classification.priority,
            team: classification.team,
            timeStandards: classification.timeStandards,
            decidedBy: classification.explanation.decidedBy,
            explanation: classification.explanation,
          },
          flows: started.flows,
          effects: started.effects.map((e) => e.kind),
        },
        requestId,
      });
    });
    return view;
  }

  async list(user: CurrentUserData, query: Omit<TicketFilter, 'now' | 'visibleTo'>) {
    const now = this.clock.iso();
    const visibleTo =
      user.role === 'staff' && user.team !== SERVICE_CENTRE_TEAM
        ? { jobRole: user.jobRole, username: user.username, ...(user.team ? { team: user.team } : {}) }
        : undefined;
    const { items, total } = await this.repo.list({ ...query, now, ...(visibleTo ? { visibleTo } : {}) });
    return { items: items.map((r) => ticketView(r, now)), total, limit: query.limit, offset: query.offset };
  }

  async get(user: CurrentUserData, id: string) {
    const row = await this.visible(user, id);
    const compiled = await this.blueprints.compiledVersion(row.blueprintKey, row.blueprintVersion);
    return ticketView(row, this.clock.iso(), callerEvents(compiled, row.snapshot as Ticket, user.jobRole));
  }

  async history(user: CurrentUserData, id: string) {
    await this.visible(user, id);
    return this.audit.history(id);
  }

  /** Runs one event through engine.step; accepted or refused, the command is audited. */
  async sendEvent(
    user: CurrentUserData,
    id: string,
    command: EventCommand,
    requestId: string,
    remember: Remember | null = null,
  ): Promise<TicketView> {
    const row = await this.visible(user, id);
    const now = this.clock.iso();
    const compiled = await this.blueprints.compiledVersion(row.blueprintKey, row.blueprintVersion);
    const role = actingRole(compiled, row.snapshot as Ticket, user.jobRole, command.type);
    const base: Attempt = {
      at: now,
      ticketId: id,
      actorId: user.username,
      actorRole: role,
      command: 'ticket.event',
      eventType: command.type,
      data: command.data ?? null,
      fromState: row.state,
      blueprintKey: row.blueprintKey,
      blueprintVersion: row.blueprintVersion,
      requestId,
    };
    const refuse = (error: ApiError) => this.refuse(base, error);
    if (row.version !== command.expectedVersion)
      throw await refuse(versionConflict(command.expectedVersion, row.version));
    const result = step(
      compiled,
      row.snapshot,
      { type: command.type, ...(command.data ? { data: command.data } : {}) },
      actorOf(user, role),
      now,
      this.stepOptions,
    );
    if (!result.ok) throw await refuse(ApiError.fromRejection(result.rejection));
    const next = this.writer.next(row, result.ticket);
    const view = ticketView(next, now, callerEvents(compiled, result.ticket, user.jobRole));
    const entry: AuditRecord = {
      ...base,
      toState: result.ticket.state,
      outcome: 'accepted',
      code: null,
      trace: { flows: result.flows, effects: result.effects.map((e) => e.kind) },
    };
    const written = await this.tx.run(async (m) => {
      if (!(await this.writer.update(m, next, result.effects, now))) return false;
      this.bus.announce(m, changeOf(next, 'ticket.updated', command.type));
      await remember?.(m, 200, JSON.stringify(view), now);
      await this.audit.append(m, entry);
      return true;
    });
    if (!written) throw await refuse(versionConflict(command.expectedVersion));
    return view;
  }

  /** The supervisor's authority to dispatch to any department: the ticket moves to another team, audited. */
  async reassign(
    user: CurrentUserData,
    id: string,
    team: string,
    expectedVersion: number,
    requestId: string,
  ): Promise<TicketView> {
    const row = await this.visible(user, id);
    const now = this.clock.iso();
    const base: Attempt = {
      at: now,
      ticketId: id,
      actorId: user.username,
      actorRole: user.jobRole,
      command: REASSIGN_COMMAND,
      eventType: 'REASSIGNED',
      data: { team },
      fromState: row.state,
      blueprintKey: row.blueprintKey,
      blueprintVersion: row.blueprintVersion,
      requestId,
    };
    const refuse = (error: ApiError) => this.refuse(base, error);
    if (row.version !== expectedVersion) throw await refuse(versionConflict(expectedVersion, row.version));
    const result = reassign(row.snapshot, team, now);
    if (!result.ok) throw await refuse(ApiError.fromRejection(result.rejection));
    const compiled = await this.blueprints.compiledVersion(row.blueprintKey, row.blueprintVersion);
    const next = this.writer.next(row, result.ticket);
    const written = await this.tx.run(async (m) => {
      if (!(await this.writer.update(m, next))) return false;
      this.bus.announce(m, changeOf(next, 'ticket.updated', 'REASSIGNED'));
      await this.audit.append(m, {
        ...base,
        toState: row.state,
        outcome: 'accepted',
        code: null,
        trace: { from: row.team, to: team },
      });
      return true;
    });
    if (!written) throw await refuse(versionConflict(expectedVersion));
    return ticketView(next, now, callerEvents(compiled, result.ticket, user.jobRole));
  }

  /** Audits a refused command in its own transaction, and hands the error back to be thrown. */
  private async refuse(attempt: Attempt, error: ApiError): Promise<ApiError> {
    await this.tx.run((m) =>
      this.audit.append(m, {
        ...attempt,
        toState: null,
        outcome: 'refused',
        code: error.code,
        trace: error.details ?? null,
      }),
    );
    return error;
  }

  /** A ticket the caller may see, or a 404 (for other services of the tickets domain). */
  async visibleRow(user: CurrentUserData, id: string): Promise<TicketRow> {
    return this.visible(user, id);
  }

  private async visible(user: CurrentUserData, id: string): Promise<TicketRow> {
    const row = await this.repo.findById(id);
    // A ticket the caller may not see does not exist for them (no probing of ids).
    if (!row || !canSee(user, row)) throw notFound('Ticket', id);
    return row;
  }
}
