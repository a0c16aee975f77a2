import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { allowedEvents, start, step, type Actor, type Effect, type Ticket } from '@frontstage/engine';
import type { EntityManager } from 'typeorm';
import { ApiError, notFound } from '../common/api-error.js';
import type { CurrentUserData } from '../common/roles.decorator.js';
import type { TicketRow, TimerRow } from '../database/entities.js';
import { Transactor } from '../database/transactor.js';
import { AuditService } from '../audit/audit.service.js';
import { BlueprintsService } from '../blueprints/blueprints.service.js';
import { RulesService } from '../rules/rules.service.js';
import { StreamBus } from '../stream/stream-bus.js';
import { canSee, delimitRoles } from './ticket-access.js';
import { changeOf, ticketView } from './ticket-view.js';
import { TicketsRepository, type TicketFilter } from './tickets.repository.js';

export interface EventCommand {
  type: string;
  data?: Record<string, unknown>;
  expectedVersion: number;
}

const actorOf = (user: CurrentUserData): Actor => ({ id: user.username, role: user.jobRole, ...(user.team ? { team: user.team } : {}) });

@Injectable()
export class TicketsService {
  constructor(
    private readonly repo: TicketsRepository,
    private readonly tx: Transactor,
    private readonly audit: AuditService,
    private readonly blueprints: BlueprintsService,
    private readonly rules: RulesService,
    private readonly bus: StreamBus,
  ) {}

  /** Intake: classify the facts, pin the blueprint's latest version, start, route; one transaction. */
  async create(user: CurrentUserData, facts: Record<string, unknown>, requestId: string) {
    const { rulesetVersion, classification } = await this.rules.evaluate(facts);
    const pinned = await this.blueprints.latestCompiled(classification.blueprint);
    if (!pinned) throw new ApiError('blueprint_not_published', `Blueprint "${classification.blueprint}" has no published version`, { blueprint: classification.blueprint });
    const now = new Date().toISOString();
    const started = start(pinned.compiled, facts, actorOf(user), now, { team: classification.team, timeStandards: classification.timeStandards });
    if (!started.ok) throw ApiError.fromRejection(started.rejection);
    const t = started.ticket;
    const row: TicketRow = {
      id: randomUUID(),
      blueprintKey: pinned.row.key,
      blueprintVersion: pinned.row.version,
      blueprintHash: pinned.row.hash,
      class: classification.class,
      priority: classification.priority,
      team: t.team ?? classification.team ?? null,
      ...columnsOf(t),
      snapshot: t,
      classification: { rulesetVersion, ...classification },
      version: 1,
      createdAt: now,
      createdBy: user.username,
    };
    await this.tx.run(async (m) => {
      await this.repo.insert(m, row);
      await this.applyTimerEffects(m, row.id, started.effects, now);
      await this.audit.append(m, {
        at: now, ticketId: row.id, actorId: user.username, actorRole: user.jobRole, command: 'ticket.create', eventType: 'INTAKE',
        data: facts, fromState: null, toState: t.state, blueprintKey: row.blueprintKey, blueprintVersion: row.blueprintVersion,
        outcome: 'accepted', code: null, // Team and time standards are start() options: kept here so the history alone can replay the ticket.
        trace: {
          classification: { rulesetVersion, class: classification.class, priority: classification.priority, team: classification.team, timeStandards: classification.timeStandards, decidedBy: classification.explanation.decidedBy },
          flows: started.flows,
          effects: started.effects.map((e) => e.kind),
        },
        requestId,
      });
    });
    this.bus.publish(changeOf(row, 'ticket.created'));
    return ticketView(row, now, allowedEvents(pinned.compiled, t, user.jobRole));
  }

  async list(user: CurrentUserData, query: Omit<TicketFilter, 'now' | 'visibleTo'>) {
    const now = new Date().toISOString();
    const visibleTo = user.role === 'staff' ? { jobRole: user.jobRole, ...(user.team ? { team: user.team } : {}) } : undefined;
    const { items, total } = await this.repo.list({ ...query, now, ...(visibleTo ? { visibleTo } : {}) });
    return { items: items.map((r) => ticketView(r, now)), total, limit: query.limit, offset: query.offset };
  }

  async get(user: CurrentUserData, id: string) {
    const row = await this.visible(user, id);
    const compiled = await this.blueprints.compiledVersion(row.blueprintKey, row.blueprintVersion);
    return ticketView(row, new Date().toISOString(), allowedEvents(compiled, row.snapshot as Ticket, user.jobRole));
  }

  async history(user: CurrentUserData, id: string) {
    await this.visible(user, id);
    return this.audit.history(id);
  }

  /** Runs one event through engine.step; accepted or refused, the command is audited. */
  async sendEvent(user: CurrentUserData, id: string, command: EventCommand, requestId: string) {
    const row = await this.visible(user, id);
    const now = new Date().toISOString();
    const base = { ticketId: id, actorId: user.username, actorRole: user.jobRole, command: 'ticket.event', eventType: command.type, data: command.data ?? null, fromState: row.state, blueprintKey: row.blueprintKey, blueprintVersion: row.blueprintVersion, requestId };
    const refuse = async (error: ApiError) => {
      await this.tx.run((m) => this.audit.append(m, { ...base, at: now, toState: null, outcome: 'refused', code: error.code, trace: error.details ?? null }));
      return error;
    };
    const conflict = () => new ApiError('version_conflict', `Ticket is at another version than ${command.expectedVersion}`, { field: 'expectedVersion', expectedVersion: command.expectedVersion });
    if (row.version !== command.expectedVersion) throw await refuse(new ApiError('version_conflict', `Ticket is at version ${row.version}, not ${command.expectedVersion}`, { field: 'expectedVersion', currentVersion: row.version }));
    const compiled = await this.blueprints.compiledVersion(row.blueprintKey, row.blueprintVersion);
    const result = step(compiled, row.snapshot, { type: command.type, ...(command.data ? { data: command.data } : {}) }, actorOf(user), now);
    if (!result.ok) throw await refuse(ApiError.fromRejection(result.rejection));
    const t = result.ticket;
    const next: TicketRow = { ...row, ...columnsOf(t), snapshot: t, version: row.version + 1 };
    const patch = { ...columnsOf(t), snapshot: t, version: next.version };
    const written = await this.tx.run(async (m) => {
      if (!(await this.repo.updateIfVersion(m, id, command.expectedVersion, patch))) return false;
      await this.applyTimerEffects(m, id, result.effects, now);
      await this.audit.append(m, { ...base, at: now, toState: t.state, outcome: 'accepted', code: null, trace: { flows: result.flows, effects: result.effects.map((e) => e.kind) } });
      return true;
    });
    if (!written) throw await refuse(conflict());
    this.bus.publish(changeOf(next, 'ticket.updated', command.type));
    return ticketView(next, now, allowedEvents(compiled, t, user.jobRole));
  }

  private async visible(user: CurrentUserData, id: string): Promise<TicketRow> {
    const row = await this.repo.findById(id);
    // A ticket the caller may not see does not exist for them (no probing of ids).
    if (!row || !canSee(user, row)) throw notFound('Ticket', id);
    return row;
  }

  /** Time standards become timer rows in the same transaction, so they survive restarts. */
  private async applyTimerEffects(m: EntityManager, ticketId: string, effects: Effect[], now: string): Promise<void> {
    const started: TimerRow[] = effects.flatMap((e) =>
      e.kind === 'startTimer'
        ? [{ ticketId, timerId: e.timer.id, stepId: e.timer.stepId, kind: e.timer.kind, due: e.timer.due, status: 'pending', escalateTo: e.timer.escalateTo ?? null, createdAt: now, settledAt: null }]
        : [],
    );
    const cancelled = effects.flatMap((e) => (e.kind === 'cancelTimer' ? [e.timerId] : []));
    await this.repo.cancelTimers(m, ticketId, cancelled, now);
    await this.repo.insertTimers(m, started);
  }
}

/** The columns that mirror the engine's ticket, for filtering without parsing JSON. */
function columnsOf(t: Ticket) {
  return {
    state: t.state,
    status: t.status,
    assignedRoles: delimitRoles(t.assignment?.roles ?? []),
    overdue: t.overdue,
    atRisk: t.atRisk,
    updatedAt: t.updatedAt,
  };
}
