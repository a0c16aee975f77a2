import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CommentEntity, type CommentRow } from '../database/entities.js';

/** Staff's notes on tickets, in the order the audit log recorded them. */
@Injectable()
export class CommentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  forTicket(ticketId: string): Promise<CommentRow[]> {
    return this.dataSource
      .getRepository(CommentEntity)
      .find({ where: { ticketId }, order: { auditSeq: 'ASC' } });
  }

  async insert(m: EntityManager, row: CommentRow): Promise<void> {
    await m.getRepository(CommentEntity).insert(row);
  }
}
