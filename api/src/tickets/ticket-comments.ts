import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import type { CurrentUserData } from '../common/roles.decorator.js';
import { Comment, type CommentRow } from '../database/entities.js';
import { Transactor } from '../database/transactor.js';
import { StreamBus } from '../stream/stream-bus.js';
import { changeOf } from './ticket-view.js';
import { TicketsService } from './tickets.service.js';

/** Notes staff leave on a ticket; each is in the audit log too, so nothing said is lost or rewritten. */
@Injectable()
export class TicketComments {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tickets: TicketsService,
    private readonly tx: Transactor,
    private readonly audit: AuditService,
    private readonly bus: StreamBus,
    private readonly clock: Clock,
  ) {}

  async list(user: CurrentUserData, ticketId: string): Promise<CommentRow[]> {
    await this.tickets.visibleRow(user, ticketId);
    return this.dataSource.getRepository(Comment).find({ where: { ticketId }, order: { auditSeq: 'ASC' } });
  }

  async add(user: CurrentUserData, ticketId: string, body: string, requestId: string): Promise<CommentRow> {
    const ticket = await this.tickets.visibleRow(user, ticketId);
    const id = randomUUID();
    const at = this.clock.iso();
    // Alone and appended first: the comment stores its entry's seq, so the head is locked mid-transaction.
    const row = await this.tx.runAlone(async (m) => {
      const entry = await this.audit.appendNow(m, {
        at,
        ticketId,
        actorId: user.username,
        actorRole: user.jobRole,
        command: 'ticket.comment',
        eventType: null,
        data: { commentId: id, body },
        fromState: ticket.state,
        toState: ticket.state,
        blueprintKey: ticket.blueprintKey,
        blueprintVersion: ticket.blueprintVersion,
        outcome: 'accepted',
        code: null,
        trace: null,
        requestId,
      });
      const comment: CommentRow = {
        id,
        ticketId,
        at,
        authorId: user.username,
        authorRole: user.jobRole,
        body,
        auditSeq: entry.seq,
      };
      await m.getRepository(Comment).insert(comment);
      this.bus.announce(m, changeOf({ ...ticket, updatedAt: at }, 'ticket.updated', 'COMMENTED'));
      return comment;
    });
    return row;
  }
}
