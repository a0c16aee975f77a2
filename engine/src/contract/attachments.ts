import { z } from 'zod';

// The wire shapes of attachments: photos and files on tickets, stored once per content and named
// by the SHA-256 of the bytes the API keeps (an image re-encoded, a PDF as sent).

/**
 * A SHA-256 in lowercase hex: the name of an attachment's stored bytes.
 * @example AttachmentHash.parse('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08')
 */
export const AttachmentHash = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'a SHA-256 hash (64 lowercase hex digits)')
  .meta({ id: 'AttachmentHash' });
export type AttachmentHash = z.infer<typeof AttachmentHash>;

/** The types the API keeps, as told by the content's first bytes (never the name or declared type). */
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export const AttachmentType = z.enum(ATTACHMENT_TYPES).meta({ id: 'AttachmentType' });
export type AttachmentType = z.infer<typeof AttachmentType>;

/**
 * `POST /api/attachments` (multipart/form-data, one field `file`) answers with this: the stored
 * content's hash, type and size, an image's size in pixels, and where to read it and its
 * thumbnail (null for a PDF, which has none). Uploading the same content again answers the same.
 * @example { hash: '9f86…', mime: 'image/jpeg', bytes: 48213, width: 1280, height: 960, url: '/api/attachments/9f86…', thumbnailUrl: '/api/attachments/9f86…/thumbnail' }
 */
export const Attachment = z
  .object({
    hash: AttachmentHash,
    mime: AttachmentType,
    bytes: z.number().int().positive(),
    width: z.number().int().positive().optional(),
    height: z.number().int().positive().optional(),
    url: z.string(),
    thumbnailUrl: z.string().nullable(),
  })
  .meta({ id: 'Attachment' });
export type Attachment = z.infer<typeof Attachment>;

/** An attachment linked to a ticket: who linked it and when (the audit entry that names its hash). */
export const TicketAttachment = Attachment.extend({
  linkedAt: z.string(),
  linkedBy: z.string(),
}).meta({ id: 'TicketAttachment' });
export type TicketAttachment = z.infer<typeof TicketAttachment>;

/**
 * `POST /api/tickets/:id/attachments`: link uploaded attachments to a ticket, by hash. Each must be
 * one the caller uploaded or may already read; the ticket's limit (6 unless configured) counts the
 * ones it has. The intake body's `attachments` takes the same list.
 */
export const LinkAttachmentsBody = z
  .strictObject({
    hashes: z.array(AttachmentHash).min(1).max(50),
  })
  .meta({ id: 'LinkAttachmentsBody' });
export type LinkAttachmentsBody = z.infer<typeof LinkAttachmentsBody>;
