import type { AuditEntry } from '@frontstage/engine';

/** An attachment as an audit entry names it. */
export interface AttachmentRef {
  hash: string;
  mime: string;
  bytes: number;
}

const isRef = (v: unknown): v is AttachmentRef =>
  !!v &&
  typeof v === 'object' &&
  typeof (v as AttachmentRef).hash === 'string' &&
  typeof (v as AttachmentRef).mime === 'string' &&
  typeof (v as AttachmentRef).bytes === 'number';

/**
 * The attachments an entry links: a `ticket.attach` entry's data, or an intake's trace.
 * @example attachmentRefs({ command: 'ticket.attach', data: { attachments: [{ hash: 'ab…', mime: 'image/jpeg', bytes: 2068 }] }, … })
 */
export function attachmentRefs(entry: Pick<AuditEntry, 'data' | 'trace'>): AttachmentRef[] {
  const listed = entry.data?.attachments ?? (entry.trace as Record<string, unknown> | null)?.attachments;
  return Array.isArray(listed) ? listed.filter(isRef) : [];
}

/** A file type as staff say it: JPEG, PNG, WEBP, PDF. */
export const typeName = (mime: string): string => (mime.split('/')[1] ?? mime).toUpperCase();
