import { Inject, Injectable } from '@nestjs/common';
import { TICKET_COMMAND, type Attachment, type TicketAttachment } from '@frontstage/engine';
import { Clock } from '../common/clock.js';
import { ApiError } from '../common/api-error.js';
import type { CurrentUserData } from '../common/roles.decorator.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/tokens.js';
import { Transactor } from '../database/transactor.js';
import { TicketWriter } from '../tickets/ticket-writer.js';
import { TicketsService } from '../tickets/tickets.service.js';
import { canReadAttachment } from './attachment-access.js';
import { AttachmentLinks, auditedAttachment } from './attachment-links.js';
import { AttachmentStore } from './attachment-store.js';
import { attachmentView } from './attachment-view.js';
import { AttachmentsRepository, type AttachmentRow } from './attachments.repository.js';
import { inspectUpload } from './inspect-upload.js';

/** Bytes to answer a read with, and their type. */
export interface StoredContent {
  mime: string;
  content: Buffer;
}

/** Uploads (checked, re-encoded, stored once per content), reads behind the access check, and links to tickets. */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly repo: AttachmentsRepository,
    private readonly store: AttachmentStore,
    private readonly links: AttachmentLinks,
    private readonly tickets: TicketsService,
    private readonly writer: TicketWriter,
    private readonly tx: Transactor,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get maxBytes(): number {
    return this.config.attachments.maxBytes;
  }

  async upload(user: CurrentUserData, bytes: Buffer): Promise<Attachment> {
    const upload = await inspectUpload(bytes, this.maxBytes);
    await this.store.put(upload.hash, upload.content);
    if (upload.thumbnail) await this.store.put(upload.thumbnail.hash, upload.thumbnail.content);
    const row: AttachmentRow = {
      hash: upload.hash,
      mime: upload.mime,
      bytes: upload.content.length,
      width: upload.width ?? null,
      height: upload.height ?? null,
      thumbnailHash: upload.thumbnail?.hash ?? null,
    };
    const at = this.clock.iso();
    await this.tx.run((m) => this.repo.recordUpload(m, row, user.username, at));
    // Content uploaded before keeps its first row (same bytes, same answer).
    return attachmentView((await this.repo.find(row.hash)) ?? row);
  }

  /** An attachment's bytes or its thumbnail's, for a caller who may read them; 404 for anyone else. */
  async read(user: CurrentUserData, hash: string, thumbnail: boolean): Promise<StoredContent> {
    const row = await this.repo.find(hash);
    if (!row || !(await this.mayRead(user, row))) throw notFound(hash);
    const stored = thumbnail ? row.thumbnailHash : row.hash;
    const content = stored ? await this.store.get(stored) : null;
    if (!content) throw notFound(hash);
    return { mime: thumbnail ? 'image/jpeg' : row.mime, content };
  }

  private async mayRead(user: CurrentUserData, row: AttachmentRow): Promise<boolean> {
    const uploaded = await this.repo.uploadedBy(user.username, [row.hash]);
    return canReadAttachment(user, {
      uploadedByCaller: uploaded.size > 0,
      tickets: await this.repo.holders(row.hash),
    });
  }

  /**
   * Links attachments to a ticket the caller sees: one audit entry names each new one by hash, in
   * the transaction that writes the links; hashes the ticket holds already are skipped.
   */
  async link(
    user: CurrentUserData,
    ticketId: string,
    hashes: readonly string[],
    requestId: string,
  ): Promise<TicketAttachment[]> {
    const ticket = await this.tickets.visibleRow(user, ticketId);
    const rows = await this.links.plan(user, 'hashes', ticket.id, hashes);
    if (rows.length === 0) return this.links.forTicket(ticket.id);
    const at = this.clock.iso();
    await this.writer.commit(
      {
        command: TICKET_COMMAND.attach,
        eventType: null,
        data: { attachments: rows.map(auditedAttachment) },
        actor: { id: user.username, role: user.jobRole },
        at,
        requestId,
        ticket,
      },
      {
        row: ticket,
        write: 'none',
        trace: null,
        heard: 'ATTACHED',
        attach: async (m, entry) => {
          // Again inside the transaction: a concurrent link may have filled the ticket meanwhile.
          const again = await this.links.plan(user, 'hashes', ticket.id, hashes, m);
          if (again.length !== rows.length)
            throw new ApiError('conflict', 'The ticket’s attachments changed meanwhile; nothing was linked', {
              retryable: true,
            });
          await this.links.write(m, ticket.id, rows, user.username, at, entry.seq);
        },
      },
    );
    return this.links.forTicket(ticket.id);
  }
}

const notFound = (hash: string) =>
  new ApiError('not_found', `Attachment "${hash}" not found`, { field: 'hash' });
