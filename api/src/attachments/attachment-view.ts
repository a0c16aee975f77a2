import type { Attachment, TicketAttachment } from '@frontstage/engine';
import type { AttachmentRow, LinkedAttachmentRow } from './attachments.repository.js';

/** Where an attachment and its thumbnail are read, relative to the API's origin. */
export const attachmentUrl = (hash: string): string => `/api/attachments/${hash}`;

/** The API's shape of a stored attachment. */
export function attachmentView(row: AttachmentRow): Attachment {
  return {
    hash: row.hash,
    mime: row.mime,
    bytes: row.bytes,
    ...(row.width !== null ? { width: row.width } : {}),
    ...(row.height !== null ? { height: row.height } : {}),
    url: attachmentUrl(row.hash),
    thumbnailUrl: row.thumbnailHash ? `${attachmentUrl(row.hash)}/thumbnail` : null,
  };
}

export function ticketAttachmentView(row: LinkedAttachmentRow): TicketAttachment {
  return { ...attachmentView(row), linkedAt: row.linkedAt, linkedBy: row.linkedBy };
}
