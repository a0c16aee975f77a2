import { Injectable } from '@nestjs/common';
import {
  maskPhone,
  reassign,
  step,
  TICKET_COMMAND,
  type Actor,
  type TicketDetail,
  type TicketPage,
} from '@frontstage/engine';
import { ApiError, notFound } from '../common/api-error.js';
import { encodeCursor } from '../common/cursor.js';
import { Clock } from '../common/clock.js';
import type { CurrentUserData } from '../common/roles.decorator.js';
import type { TicketRow } from '../database/entities.js';
import { AuditService } from '../audit/audit.service.js';
import { BlueprintsService } from '../blueprints/blueprints.service.js';
import type { Remember } from '../idempotency/idempotency.service.js';
import { actingRole, callerEvents } from './customer-proxy.js';
import { canSee, SERVICE_CENTRE_TEAM } from './ticket-access.js';
import { staleVersion, type ExpectedVersion } from './expected-version.js';
import { ticketSortKey } from './ticket-cursor.js';
import { ticketDetail, ticketView } from './ticket-view.js';
import { SiteOptions } from './site-options.js';
import { TicketContexts } from './ticket-context.js';
import { TicketWriter, type CommandAttempt } from './ticket-writer.js';
import type { TicketFilter } from './ticket-filter.js';
import { TicketsRepository } from './tickets.repository.js';
import type { TicketSearchQuery } from './ticket-search.js';
import { CustomersRepository } from '../estate/customers.repository.js';
import { callsCustomers } from '../estate/estate-views.js';

export interface EventCommand {
  type: string;
  data?: Record<string, unknown>;
  expected: ExpectedVersion;
}

const actorOf = (user: CurrentUserData, role = user.jobRole): Actor => ({
  id: user.username,
  role,
  ...(user.team ? { team: user.team } : {}),
});

/** The idempotent answer of a command, kept with it when the request carried a key. */
const answerOf = (remember: Remember | null, statusCode: number, view: TicketDetail) =>
  remember ? { answer: { remember, statusCode, body: JSON.stringify(view) } } : {};

@Injectable()
export class TicketsService {
  constructor(
    private readonly repo: TicketsRepository,
    private readonly writer: TicketWriter,
    private readonly audit: AuditService,
    private readonly blueprints: BlueprintsService,
    private readonly clock: Clock,
    private readonly siteOptions: SiteOptions,
    private readonly contexts: TicketContexts,
    private readonly customers: CustomersRepository,
  ) {}

  async list(
    user: CurrentUserData,
    query: Omit<TicketFilter, 'now' | 'visibleTo' | 'sort' | 'scope' | 'search'> &
      TicketSearchQuery & { search?: string; sort: 'newest' | 'urgency' },
  ): Promise<TicketPage> {
    const now = this.clock.iso();
    const visibleTo =
      user.role === 'staff' && user.team !== SERVICE_CENTRE_TEAM
        ? { jobRole: user.jobRole, username: user.username, ...(user.team ? { team: user.team } : {}) }
        : undefined;
    const { q, room, phone, from, to, search, ...filter } = query;
    const showsPhones = callsCustomers(user);
    const { items, total, totalIsLowerBound, more } = await this.repo.list({
      ...filter,
      search: { query: { q: q ?? search, room, phone, from, to }, showsPhones },
      scope: user,
      now,
      ...(visibleTo ? { visibleTo } : {}),
    });
    const last = items[items.length - 1];
    const callers = await this.customers.byIds(items.flatMap((r) => (r.customerId ? [r.customerId] : [])));
    const byId = new Map(callers.map((c) => [c.id, c]));
    return {
      items: items.map((r) => {
        const c = r.customerId ? byId.get(r.customerId) : undefined;
        const caller = c
          ? { name: c.name, phone: showsPhones ? c.phone : maskPhone(c.phone), phoneMasked: !showsPhones }
          : null;
        return { ...ticketView(r, now), caller };
      }),
      total,
      totalIsLowerBound,
      limit: query.limit,
      offset: query.offset,
      nextCursor: more && last ? encodeCursor(ticketSortKey(last, query.sort)) : null,
    };
  }

  async get(user: CurrentUserData, id: string): Promise<TicketDetail> {
    const row = await this.visible(user, id);
    const compiled = await this.blueprints.compiledVersion(row.blueprintKey, row.blueprintVersion);
    return ticketDetail(
      row,
      this.clock.iso(),
      callerEvents(compiled, row.snapshot, user.jobRole),
      await this.contexts.of(user, row),
    );
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
  ): Promise<TicketDetail> {
    const row = await this.visible(user, id);
    const now = this.clock.iso();
    const compiled = await this.blueprints.compiledVersion(row.blueprintKey, row.blueprintVersion);
    const role = actingRole(compiled, row.snapshot, user.jobRole, command.type);
    const attempt: CommandAttempt = {
      command: TICKET_COMMAND.event,
      eventType: command.type,
      data: command.data ?? null,
      actor: { id: user.username, role },
      at: now,
      requestId,
      ticket: row,
    };
    const refuse = (error: ApiError) => this.writer.refuse(attempt, error);
    if (row.version !== command.expected.version)
      throw await refuse(staleVersion(command.expected, row.version));
    const result = step(
      compiled,
      row.snapshot,
      { type: command.type, ...(command.data ? { data: command.data } : {}) },
      actorOf(user, role),
      now,
      await this.siteOptions.of(row.siteId),
    );
    if (!result.ok) throw await refuse(ApiError.fromRejection(result.rejection));
    const next = this.writer.next(row, result.ticket);
    const view = await this.answerOf(user, compiled, next, now);
    const written = await this.writer.commit(attempt, {
      row: next,
      write: 'update',
      effects: result.effects,
      trace: { flows: result.flows, effects: result.effects.map((e) => e.kind) },
      ...answerOf(remember, 200, view),
    });
    if (!written) throw await refuse(staleVersion(command.expected));
    return view;
  }

  /** The supervisor's authority to dispatch to any department: the ticket moves to another team, audited. */
  async reassign(
    user: CurrentUserData,
    id: string,
    team: string,
    expected: ExpectedVersion,
    requestId: string,
    remember: Remember | null = null,
  ): Promise<TicketDetail> {
    const row = await this.visible(user, id);
    const now = this.clock.iso();
    const attempt: CommandAttempt = {
      command: TICKET_COMMAND.reassign,
      eventType: 'REASSIGNED',
      data: { team },
      actor: { id: user.username, role: user.jobRole },
      at: now,
      requestId,
      ticket: row,
    };
    const refuse = (error: ApiError) => this.writer.refuse(attempt, error);
    if (row.version !== expected.version) throw await refuse(staleVersion(expected, row.version));
    const result = reassign(row.snapshot, team, now);
    if (!result.ok) throw await refuse(ApiError.fromRejection(result.rejection));
    const compiled = await this.blueprints.compiledVersion(row.blueprintKey, row.blueprintVersion);
    const next = this.writer.next(row, result.ticket);
    const view = await this.answerOf(user, compiled, next, now);
    const written = await this.writer.commit(attempt, {
      row: next,
      write: 'update',
      // The assignment to the new team: its staff are told (no timers move).
      effects: result.effects,
      trace: { from: row.team, to: team },
      ...answerOf(remember, 200, view),
    });
    if (!written) throw await refuse(staleVersion(expected));
    return view;
  }

  /** The answer to a command: the ticket as the caller now sees it, and whether they still may. */
  private async answerOf(
    user: CurrentUserData,
    compiled: Parameters<typeof callerEvents>[0],
    next: TicketRow,
    now: string,
  ): Promise<TicketDetail> {
    return {
      ...ticketDetail(
        next,
        now,
        callerEvents(compiled, next.snapshot, user.jobRole),
        await this.contexts.of(user, next),
      ),
      visibleToCaller: canSee(user, next),
    };
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
