import { Inject, Injectable } from '@nestjs/common';
import { step, TIMER_DUE, type Actor, type StepOptions, type Ticket } from '@frontstage/engine';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { BlueprintsService } from '../blueprints/blueprints.service.js';
import { Clock } from '../common/clock.js';
import { STEP_OPTIONS } from '../config/tokens.js';
import { isUniqueViolation } from '../database/sql.js';
import { Transactor } from '../database/transactor.js';
import { StreamBus, type TicketChange } from '../stream/stream-bus.js';
import { changeOf } from '../tickets/ticket-view.js';
import { TicketWriter } from '../tickets/ticket-writer.js';
import { TicketsRepository } from '../tickets/tickets.repository.js';
import { TimersRepository, type DueTimer } from './timers.repository.js';

/** Timers act as this actor; the blueprint's escalation runs through engine.step like any event. */
export const SCHEDULER: Actor = { id: 'scheduler', role: 'system' };

@Injectable()
export class TimersService {
  constructor(
    private readonly timers: TimersRepository,
    private readonly tickets: TicketsRepository,
    private readonly writer: TicketWriter,
    private readonly blueprints: BlueprintsService,
    private readonly audit: AuditService,
    private readonly tx: Transactor,
    private readonly bus: StreamBus,
    private readonly clock: Clock,
    @Inject(STEP_OPTIONS) private readonly stepOptions: StepOptions,
  ) {}

  /** Fires up to `limit` due timers in one transaction; returns how many were claimed. */
  async fireDue(limit = 100): Promise<number> {
    const now = this.clock.iso();
    return this.tx.run(async (m) => {
      const due = await this.timers.claimDue(m, now, limit);
      for (const timer of due) {
        const change = await this.inSavepoint(m, () => this.fire(m, timer, now));
        // Announced once its savepoint held: it goes out with the commit, or not at all.
        if (change) this.bus.announce(m, change);
      }
      return due.length;
    });
  }

  private async fire(m: EntityManager, timer: DueTimer, now: string): Promise<TicketChange | null> {
    if (!(await this.timers.lockTicket(m, timer.ticketId))) return null;
    const row = await this.tickets.findById(timer.ticketId, m);
    if (!row) return null;
    const compiled = await this.blueprints.compiledVersion(row.blueprintKey, row.blueprintVersion);
    const event = { type: TIMER_DUE, data: { timerId: timer.timerId } };
    const result = step(compiled, row.snapshot as Ticket, event, SCHEDULER, now, this.stepOptions);
    const base = {
      at: now,
      ticketId: row.id,
      actorId: SCHEDULER.id,
      actorRole: SCHEDULER.role,
      command: 'ticket.timer',
      eventType: TIMER_DUE,
      data: event.data,
      fromState: row.state,
      blueprintKey: row.blueprintKey,
      blueprintVersion: row.blueprintVersion,
      requestId: null,
    };
    // A timer whose row says due but the ticket's clock says not yet (clocks a hair apart): try again next tick.
    if (!result.ok && result.rejection.code === 'timer_not_due') return null;
    if (!result.ok) {
      // A timer the ticket no longer holds (its step completed in the same instant): settled, audited, harmless.
      await this.timers.recordFiring(m, timer, now, 'void');
      await this.audit.append(m, {
        ...base,
        toState: null,
        outcome: 'refused',
        code: result.rejection.code,
        trace: result.rejection.details ?? null,
      });
      return null;
    }
    // The entry is appended last: a deferred entry is dropped with its unit, not with this savepoint.
    await this.timers.recordFiring(m, timer, now, 'fired');
    const next = this.writer.next(row, result.ticket);
    if (!(await this.writer.update(m, next, result.effects, now)))
      throw new Error(`Ticket ${row.id} changed under its lock`);
    await this.audit.append(m, {
      ...base,
      toState: result.ticket.state,
      outcome: 'accepted',
      code: null,
      trace: {
        flows: result.flows,
        effects: result.effects.map((e) => e.kind),
        escalations: result.effects.flatMap((e) => (e.kind === 'escalate' ? [e.to] : [])),
      },
    });
    return changeOf(next, 'ticket.updated', TIMER_DUE);
  }

  /** One timer's failure (say, a firing another instance already recorded) must not undo the others. */
  private async inSavepoint<T>(m: EntityManager, work: () => Promise<T>): Promise<T | null> {
    const runner = m.queryRunner!;
    await runner.query('SAVEPOINT timer');
    try {
      const value = await work();
      await runner.query('RELEASE SAVEPOINT timer');
      return value;
    } catch (error) {
      await runner.query('ROLLBACK TO SAVEPOINT timer');
      await runner.query('RELEASE SAVEPOINT timer');
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }
}
