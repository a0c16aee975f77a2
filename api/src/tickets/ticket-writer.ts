import { Injectable } from '@nestjs/common';
import type { Effect, Ticket, TicketCommand } from '@frontstage/engine';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { ApiError } from '../common/api-error.js';
import type { AuditRow, TicketRow } from '../database/entities.js';
import { Transactor } from '../database/transactor.js';
import { completesMoveIn, MoveInRegistration } from '../estate/move-in-registration.js';
import type { Remember } from '../idempotency/idempotency.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { StreamBus } from '../stream/stream-bus.js';
import { changeOf } from '../stream/ticket-change.js';
import { timerChanges } from '../timers/timer-changes.js';
import { TimersRepository } from '../timers/timers.repository.js';
import { NO_BREACH } from './queue-order.js';
import { delimitRoles } from './ticket-access.js';
import { TicketsRepository } from './tickets.repository.js';

/** A command as the audit log records it, whatever its outcome: who sent what to which ticket, when. */
export interface CommandAttempt {
  command: TicketCommand;
  eventType: string | null;
  data: Record<string, unknown> | null;
  actor: { id: string; role: string };
  at: string;
  requestId: string | null;
  /** The ticket as the command found it; null for intake, which has none yet. */
  ticket: TicketRow | null;
}

/** What an accepted command leaves behind. */
export interface Accepted {
  /** The ticket row after the command: new (intake), one version up, or as it was (a comment). */
  row: TicketRow;
  write: 'insert' | 'update' | 'none';
  /** The engine's effects; the time standards among them become timer rows. */
  effects?: readonly Effect[];
  trace: Record<string, unknown> | null;
  /** The event consoles are told of; by default the command's event (none for intake). */
  heard?: string;
  /** The answer to keep under the request's Idempotency-Key, in the same transaction. */
  answer?: { remember: Remember; statusCode: number; body: string };
  /** Rows that hang on the audit entry itself (a comment keeps its entry's seq). */
  attach?: (m: EntityManager, entry: AuditRow) => Promise<void>;
}

/**
 * The one path of every ticket command, whoever sends it (a person over HTTP, the timer scheduler):
 * an accepted command stores its ticket and timer rows, keeps its idempotent answer, appends its
 * audit entry and announces the change, all in one transaction; a refused one is audited alone.
 */
@Injectable()
export class TicketWriter {
  constructor(
    private readonly tickets: TicketsRepository,
    private readonly timers: TimersRepository,
    private readonly audit: AuditService,
    private readonly bus: StreamBus,
    private readonly tx: Transactor,
    private readonly moveIns: MoveInRegistration,
    private readonly notifications: NotificationsService,
  ) {}

  /** The next row for an engine ticket, one version up. */
  next(row: TicketRow, ticket: Ticket): TicketRow {
    return { ...row, ...columnsOf(ticket), snapshot: ticket, version: row.version + 1 };
  }

  /** Commits an accepted command in a transaction of its own; false (nothing written) on a version conflict. */
  commit(attempt: CommandAttempt, accepted: Accepted): Promise<boolean> {
    // An entry others hang on is appended mid-transaction, which must not hold the chain's head for a batch.
    const run = accepted.attach ? this.tx.runAlone.bind(this.tx) : this.tx.run.bind(this.tx);
    return run((m) => this.accept(m, attempt, accepted));
  }

  /**
   * Writes an accepted command in the caller's transaction; false, with nothing written, when the
   * ticket is no longer at the version the command read. The audit entry and the announcement come
   * last, deferred to the batch's end, so work that fails before them leaves neither behind.
   */
  async accept(m: EntityManager, attempt: CommandAttempt, accepted: Accepted): Promise<boolean> {
    const { row, write } = accepted;
    const effects = accepted.effects ?? [];
    if (write === 'insert') {
      await this.tickets.insert(m, row);
      await this.timers.apply(m, row.id, timerChanges(row.id, effects, attempt.at));
    } else if (write === 'update') {
      const patch = { ...columnsOf(row.snapshot), snapshot: row.snapshot, version: row.version };
      const timers = timerChanges(row.id, effects, attempt.at);
      if (!(await this.tickets.updateWithTimers(m, row.id, row.version - 1, patch, timers))) return false;
    }
    const { answer } = accepted;
    if (answer) await answer.remember(m, answer.statusCode, answer.body, attempt.at);
    // The outbox rows of what the customer and staff are told, committed with the change or not at all.
    if (write !== 'none')
      await this.notifications.ticketChanged(m, row, {
        created: write === 'insert',
        flows: flowsOf(accepted.trace),
        effects,
      });
    // Here, where every command that can close a ticket passes (a person's event, a timer's), and
    // in its transaction: a move-in's close registers its owner, and the close entry says how.
    const registered = completesMoveIn(attempt.ticket, row)
      ? await this.moveIns.register(m, row, attempt.at)
      : null;
    const record = {
      ...recordOf(attempt),
      ticketId: row.id,
      toState: row.state,
      blueprintKey: row.blueprintKey,
      blueprintVersion: row.blueprintVersion,
      outcome: 'accepted',
      code: null,
      trace: registered ? { ...accepted.trace, moveIn: registered } : accepted.trace,
    };
    if (accepted.attach) await accepted.attach(m, await this.audit.appendNow(m, record));
    else await this.audit.append(m, record);
    const touched = write === 'none' ? { ...row, updatedAt: attempt.at } : row;
    const heard = accepted.heard ?? (write === 'insert' ? undefined : (attempt.eventType ?? undefined));
    this.bus.announce(m, changeOf(touched, write === 'insert' ? 'ticket.created' : 'ticket.updated', heard));
    return true;
  }

  /** Audits a refused command in a transaction of its own, and hands the error back to be thrown. */
  async refuse(attempt: CommandAttempt, error: ApiError): Promise<ApiError> {
    await this.tx.run((m) => this.refuseIn(m, attempt, error.code, error.details ?? null));
    return error;
  }

  /** Audits a refused command in the caller's transaction. */
  async refuseIn(
    m: EntityManager,
    attempt: CommandAttempt,
    code: string,
    details: Record<string, unknown> | null,
  ): Promise<void> {
    await this.audit.append(m, {
      ...recordOf(attempt),
      toState: null,
      outcome: 'refused',
      code,
      trace: details,
    });
  }
}

/** The flows a command took, as every path that moves a ticket records them in its trace (intake, event, timer). */
function flowsOf(trace: Record<string, unknown> | null): string[] {
  const flows = trace?.flows;
  return Array.isArray(flows) ? flows.filter((f): f is string => typeof f === 'string') : [];
}

/** The audit columns every outcome shares. */
function recordOf(a: CommandAttempt) {
  return {
    at: a.at,
    ticketId: a.ticket?.id ?? null,
    actorId: a.actor.id,
    actorRole: a.actor.role,
    command: a.command,
    eventType: a.eventType,
    data: a.data,
    fromState: a.ticket?.state ?? null,
    blueprintKey: a.ticket?.blueprintKey ?? null,
    blueprintVersion: a.ticket?.blueprintVersion ?? null,
    requestId: a.requestId,
  };
}

/** Who the escalations of the step the ticket waits at are waiting for, while it is at risk or late. */
function liveEscalations(t: Ticket): string[] {
  if (t.status === 'closed' || !(t.atRisk || t.overdue)) return [];
  return [...new Set(t.escalations.filter((e) => e.stepId === t.state).map((e) => e.to))];
}

/** The columns that mirror the engine's ticket, for filtering without parsing JSON. */
export function columnsOf(t: Ticket) {
  return {
    state: t.state,
    status: t.status,
    team: t.team ?? null,
    assignedRoles: delimitRoles(t.assignment?.roles ?? []),
    escalatedTo: delimitRoles(liveEscalations(t)),
    nextBreach: t.timers
      .filter((x) => x.kind === 'breach')
      .reduce((min, x) => (x.due < min ? x.due : min), NO_BREACH),
    overdue: t.overdue,
    atRisk: t.atRisk,
    updatedAt: t.updatedAt,
  };
}
