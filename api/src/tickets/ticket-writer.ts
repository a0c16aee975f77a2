import { Injectable } from '@nestjs/common';
import type { Effect, Ticket } from '@frontstage/engine';
import type { EntityManager } from 'typeorm';
import type { TicketRow, TimerRow } from '../database/entities.js';
import { NO_BREACH } from './queue-order.js';
import { delimitRoles } from './ticket-access.js';
import { TicketsRepository, type TicketPatch } from './tickets.repository.js';

/**
 * What every accepted command does to storage, whoever sends it (a person over HTTP or the timer
 * scheduler): the optimistic ticket update and the timer rows its effects start and cancel.
 */
@Injectable()
export class TicketWriter {
  constructor(private readonly repo: TicketsRepository) {}

  /** The next row for an engine ticket, one version up. */
  next(row: TicketRow, ticket: Ticket): TicketRow {
    return { ...row, ...columnsOf(ticket), snapshot: ticket, version: row.version + 1 };
  }

  /**
   * Writes `next` and the timer rows its effects start and cancel (so time standards survive
   * restarts), only if the stored row is still at the version it came from; false on a conflict,
   * with nothing written.
   */
  async update(
    m: EntityManager,
    next: TicketRow,
    effects: Effect[] = [],
    now = next.updatedAt,
  ): Promise<boolean> {
    const patch: TicketPatch = {
      ...columnsOf(next.snapshot as Ticket),
      snapshot: next.snapshot,
      version: next.version,
    };
    return this.repo.updateWithTimers(m, next.id, next.version - 1, patch, {
      ...timerChanges(next.id, effects, now),
      at: now,
    });
  }

  /** The timer rows of a new ticket's first effects. */
  async applyTimerEffects(m: EntityManager, ticketId: string, effects: Effect[], now: string): Promise<void> {
    const timers = timerChanges(ticketId, effects, now);
    await this.repo.cancelTimers(m, ticketId, timers.cancelled, now);
    await this.repo.insertTimers(m, timers.started);
  }
}

/** Time standards started and stopped by a step's effects, as timer rows and timer ids. */
function timerChanges(ticketId: string, effects: Effect[], now: string) {
  const started: TimerRow[] = effects.flatMap((e) =>
    e.kind === 'startTimer'
      ? [
          {
            ticketId,
            timerId: e.timer.id,
            stepId: e.timer.stepId,
            kind: e.timer.kind,
            due: e.timer.due,
            status: 'pending',
            escalateTo: e.timer.escalateTo ?? null,
            createdAt: now,
            settledAt: null,
          },
        ]
      : [],
  );
  const cancelled = effects.flatMap((e) => (e.kind === 'cancelTimer' ? [e.timerId] : []));
  return { started, cancelled };
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
