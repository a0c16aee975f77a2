import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TICKET_COMMAND, type TicketComment } from '@frontstage/engine';
import { Clock } from '../common/clock.js';
import type { CurrentUserData } from '../common/roles.decorator.js';
import type { CommentRow } from '../database/entities.js';
import type { Remember } from '../idempotency/idempotency.service.js';
import { CommentsRepository } from './comments.repository.js';
import { TicketWriter } from './ticket-writer.js';
import { TicketsService } from './tickets.service.js';

/** Notes staff leave on a ticket; each is in the audit log too, so nothing said is lost or rewritten. */
@Injectable()
export class TicketComments {
  constructor(
    private readonly comments: CommentsRepository,
    private readonly tickets: TicketsService,
    private readonly writer: TicketWriter,
    private readonly clock: Clock,
  ) {}

  async list(user: CurrentUserData, ticketId: string): Promise<TicketComment[]> {
    await this.tickets.visibleRow(user, ticketId);
    return this.comments.forTicket(ticketId);
  }

  async add(
    user: CurrentUserData,
    ticketId: string,
    body: string,
    requestId: string,
    remember: Remember | null = null,
  ): Promise<TicketComment> {
    const ticket = await this.tickets.visibleRow(user, ticketId);
    const id = randomUUID();
    const at = this.clock.iso();
    let comment: CommentRow | undefined;
    await this.writer.commit(
      {
        command: TICKET_COMMAND.comment,
        eventType: null,
        data: { commentId: id, body },
        actor: { id: user.username, role: user.jobRole },
        at,
        requestId,
        ticket,
      },
      {
        row: ticket,
        write: 'none',
        trace: null,
        heard: 'COMMENTED',
        // The comment stores the seq of the entry that records it.
        attach: async (m, entry) => {
          comment = {
            id,
            ticketId,
            at,
            authorId: user.username,
            authorRole: user.jobRole,
            body,
            auditSeq: entry.seq,
          };
          await this.comments.insert(m, comment);
          // The answer names the entry's seq, so it is kept here, once the entry exists.
          if (remember) await remember(m, 201, JSON.stringify(comment), at);
        },
      },
    );
    return comment!;
  }
}
