import { Injectable } from '@nestjs/common';
import { step, TICKET_COMMAND, TIMER_DUE, type Actor } from '@frontstage/engine';
import type { EntityManager } from 'typeorm';
import { BlueprintsService } from '../blueprints/blueprints.service.js';
import { Clock } from '../common/clock.js';
import { isUniqueViolation } from '../database/sql.js';
import { Transactor } from '../database/transactor.js';
import { SiteOptions } from '../tickets/site-options.js';
import { TicketWriter, type CommandAttempt } from '../tickets/ticket-writer.js';
import { TicketsRepository } from '../tickets/tickets.repository.js';
import { TimersRepository, type DueTimer } from '../timers/timers.repository.js';

/** Timers act as this actor; the blueprint's escalation runs through engine.step like any event. */
export const SCHEDULER: Actor = { id: 'scheduler', role: 'system' };

/** Fires due time standards: each one a `TIMER_DUE` command through the same pipeline as a person's. */
@Injectable()
export class DueTimers {
  constructor(
    private readonly timers: TimersRepository,
    private readonly tickets: TicketsRepository,
    private readonly writer: TicketWriter,
    private readonly blueprints: BlueprintsService,
    private readonly tx: Transactor,
    private readonly clock: Clock,
    private readonly siteOptions: SiteOptions,
  ) {}

  /** Fires up to `limit` due timers in one transaction; returns how many were claimed. */
  async fireDue(limit = 100): Promise<number> {
    const now = this.clock.iso();
    return this.tx.run(async (m) => {
      const due = await this.timers.claimDue(m, now, limit);
      for (const timer of due) await this.inSavepoint(m, () => this.fire(m, timer, now));
      return due.length;
    });
  }

  private async fire(m: EntityManager, timer: DueTimer, now: string): Promise<void> {
    if (!(await this.timers.lockTicket(m, timer.ticketId))) return;
    const row = await this.tickets.findById(timer.ticketId, m);
    if (!row) return;
    const compiled = await this.blueprints.compiledVersion(row.blueprintKey, row.blueprintVersion);
    const event = { type: TIMER_DUE, data: { timerId: timer.timerId } };
    // The ticket's site's calendar: its time standards run on that site's working hours.
    const result = step(compiled, row.snapshot, event, SCHEDULER, now, await this.siteOptions.of(row.siteId));
    const attempt: CommandAttempt = {
      command: TICKET_COMMAND.timer,
      eventType: TIMER_DUE,
      data: event.data,
      actor: SCHEDULER,
      at: now,
      requestId: null,
      ticket: row,
    };
    // A timer whose row says due but the ticket's clock says not yet (clocks a hair apart): try again next tick.
    if (!result.ok && result.rejection.code === 'timer_not_due') return;
    if (!result.ok) {
      // A timer the ticket no longer holds (its step completed in the same instant): settled, audited, harmless.
      await this.timers.recordFiring(m, timer, now, 'void');
      await this.writer.refuseIn(m, attempt, result.rejection.code, result.rejection.details ?? null);
      return;
    }
    await this.timers.recordFiring(m, timer, now, 'fired');
    const written = await this.writer.accept(m, attempt, {
      row: this.writer.next(row, result.ticket),
      write: 'update',
      effects: result.effects,
      trace: {
        flows: result.flows,
        effects: result.effects.map((e) => e.kind),
        escalations: result.effects.flatMap((e) => (e.kind === 'escalate' ? [e.to] : [])),
      },
    });
    if (!written) throw new Error(`Ticket ${row.id} changed under its lock`);
  }

  /**
   * One timer's failure (say, a firing another instance already recorded) must not undo the others.
   * What the pipeline defers (audit entry, announcement) it defers last, after every write that can
   * fail, so a timer rolled back here leaves nothing deferred behind.
   */
  private async inSavepoint(m: EntityManager, work: () => Promise<void>): Promise<void> {
    const runner = m.queryRunner!;
    await runner.query('SAVEPOINT timer');
    try {
      await work();
      await runner.query('RELEASE SAVEPOINT timer');
    } catch (error) {
      await runner.query('ROLLBACK TO SAVEPOINT timer');
      await runner.query('RELEASE SAVEPOINT timer');
      if (!isUniqueViolation(error)) throw error;
    }
  }
}
