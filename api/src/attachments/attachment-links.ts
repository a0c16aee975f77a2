import { Inject, Injectable } from '@nestjs/common';
import type { TicketAttachment } from '@frontstage/engine';
import type { DataSource, EntityManager } from 'typeorm';
import { ApiError } from '../common/api-error.js';
import type { CurrentUserData } from '../common/roles.decorator.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/tokens.js';
import { canReadAttachment } from './attachment-access.js';
import { ticketAttachmentView } from './attachment-view.js';
import { AttachmentsRepository, type AttachmentRow } from './attachments.repository.js';
import { linkPlan } from './link-plan.js';

/** How an audit entry names an attachment: by the hash of its bytes, with what they are. */
export const auditedAttachment = (row: AttachmentRow) => ({
  hash: row.hash,
  mime: row.mime,
  bytes: row.bytes,
});

/**
 * Links attachments to tickets, for intake (a new ticket's photos) and for the link endpoint: what
 * may be linked, and the rows that record it in the command's transaction.
 */
@Injectable()
export class AttachmentLinks {
  constructor(
    private readonly repo: AttachmentsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The attachments to add to a ticket (null: one not written yet), or a 400 naming `field` and
   * each bad hash. Read again inside the command's transaction, so two requests cannot together
   * pass the ticket's limit.
   */
  async plan(
    user: CurrentUserData,
    field: string,
    ticketId: string | null,
    hashes: readonly string[],
    source?: DataSource | EntityManager,
  ): Promise<AttachmentRow[]> {
    const unique = [...new Set(hashes)];
    const rows = await this.repo.findMany(unique, source);
    const uploaded = await this.repo.uploadedBy(user.username, unique, source);
    const attachable = new Set<string>();
    for (const row of rows)
      if (
        uploaded.has(row.hash) ||
        canReadAttachment(user, { uploadedByCaller: false, tickets: await this.repo.holders(row.hash) })
      )
        attachable.add(row.hash);
    const linked = ticketId ? (await this.repo.forTicket(ticketId, source)).map((r) => r.hash) : [];
    const plan = linkPlan(field, hashes, {
      attachable,
      linked,
      perTicket: this.config.attachments.perTicket,
    });
    if (!plan.ok)
      throw new ApiError(
        'validation_failed',
        `Invalid body: ${plan.issues[0]!.field}: ${plan.issues[0]!.message}`,
        {
          field: plan.issues[0]!.field,
          issues: plan.issues,
        },
      );
    const byHash = new Map(rows.map((r) => [r.hash, r]));
    return plan.add.map((hash) => byHash.get(hash)!);
  }

  async write(
    m: EntityManager,
    ticketId: string,
    rows: readonly AttachmentRow[],
    by: string,
    at: string,
    auditSeq: number,
  ): Promise<void> {
    await this.repo.link(
      m,
      ticketId,
      rows.map((r) => r.hash),
      by,
      at,
      auditSeq,
    );
  }

  async forTicket(ticketId: string, source?: DataSource | EntityManager): Promise<TicketAttachment[]> {
    return (await this.repo.forTicket(ticketId, source)).map(ticketAttachmentView);
  }
}
