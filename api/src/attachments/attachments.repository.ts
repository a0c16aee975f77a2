import { Injectable } from '@nestjs/common';
import type { AttachmentType } from '@frontstage/engine';
import { DataSource, type EntityManager } from 'typeorm';
import { runSql } from '../database/sql.js';
import type { Visible } from '../tickets/ticket-access.js';

/** An attachment's row: what was stored under its hash. */
export interface AttachmentRow {
  hash: string;
  mime: AttachmentType;
  bytes: number;
  width: number | null;
  height: number | null;
  thumbnailHash: string | null;
}

export interface LinkedAttachmentRow extends AttachmentRow {
  linkedBy: string;
  linkedAt: string;
}

interface Raw {
  hash: string;
  mime: AttachmentType;
  bytes: number | string;
  width: number | string | null;
  height: number | string | null;
  thumbnail_hash: string | null;
}

const COLUMNS = 'a.hash, a.mime, a.bytes, a.width, a.height, a.thumbnail_hash';
const num = (v: number | string | null) => (v === null ? null : Number(v));
const rowOf = (r: Raw): AttachmentRow => ({
  hash: r.hash,
  mime: r.mime,
  bytes: Number(r.bytes),
  width: num(r.width),
  height: num(r.height),
  thumbnailHash: r.thumbnail_hash,
});

/** Attachments, their uploaders and the tickets they are linked to; queries only. */
@Injectable()
export class AttachmentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(hash: string): Promise<AttachmentRow | null> {
    const [r] = await runSql<Raw>(this.dataSource, `SELECT ${COLUMNS} FROM attachments a WHERE a.hash = $1`, [
      hash,
    ]);
    return r ? rowOf(r) : null;
  }

  /** Which of `hashes` `username` uploaded. */
  async uploadedBy(
    username: string,
    hashes: string[],
    source: DataSource | EntityManager = this.dataSource,
  ): Promise<Set<string>> {
    if (hashes.length === 0) return new Set();
    const marks = hashes.map((_, i) => `$${i + 2}`).join(', ');
    const rows = await runSql<{ hash: string }>(
      source,
      `SELECT hash FROM attachment_uploads WHERE uploaded_by = $1 AND hash IN (${marks})`,
      [username, ...hashes],
    );
    return new Set(rows.map((r) => r.hash));
  }

  /** The tickets an attachment is linked to, by what decides who sees them. */
  async holders(hash: string): Promise<Visible[]> {
    const rows = await runSql<{
      site_id: string;
      team: string | null;
      assigned_roles: string;
      created_by: string;
      id: string;
      customer_id: string | null;
    }>(
      this.dataSource,
      `SELECT t.site_id, t.team, t.assigned_roles, t.created_by, t.id, t.customer_id
         FROM ticket_attachments l JOIN tickets t ON t.id = l.ticket_id WHERE l.hash = $1`,
      [hash],
    );
    return rows.map((r) => ({
      siteId: r.site_id,
      team: r.team,
      assignedRoles: r.assigned_roles,
      createdBy: r.created_by,
      id: r.id,
      customerId: r.customer_id,
    }));
  }

  /** A ticket's attachments in the order the audit log linked them. */
  async forTicket(
    ticketId: string,
    source: DataSource | EntityManager = this.dataSource,
  ): Promise<LinkedAttachmentRow[]> {
    const rows = await runSql<Raw & { linked_by: string; linked_at: string }>(
      source,
      `SELECT ${COLUMNS}, l.linked_by, l.linked_at FROM ticket_attachments l
         JOIN attachments a ON a.hash = l.hash WHERE l.ticket_id = $1 ORDER BY l.audit_seq, l.position`,
      [ticketId],
    );
    return rows.map((r) => ({ ...rowOf(r), linkedBy: r.linked_by, linkedAt: r.linked_at }));
  }

  /** Rows of `hashes` that exist. */
  async findMany(
    hashes: string[],
    source: DataSource | EntityManager = this.dataSource,
  ): Promise<AttachmentRow[]> {
    if (hashes.length === 0) return [];
    const marks = hashes.map((_, i) => `$${i + 1}`).join(', ');
    const rows = await runSql<Raw>(
      source,
      `SELECT ${COLUMNS} FROM attachments a WHERE a.hash IN (${marks})`,
      hashes,
    );
    return rows.map(rowOf);
  }

  /** Records an upload: the content's row once, and that `username` uploaded it. */
  async recordUpload(m: EntityManager, row: AttachmentRow, username: string, at: string): Promise<void> {
    await runSql(
      m,
      `INSERT INTO attachments (hash, mime, bytes, width, height, thumbnail_hash, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (hash) DO NOTHING`,
      [row.hash, row.mime, row.bytes, row.width, row.height, row.thumbnailHash, at],
    );
    await runSql(
      m,
      'INSERT INTO attachment_uploads (hash, uploaded_by, uploaded_at) VALUES ($1, $2, $3) ON CONFLICT (hash, uploaded_by) DO NOTHING',
      [row.hash, username, at],
    );
  }

  async link(
    m: EntityManager,
    ticketId: string,
    hashes: string[],
    by: string,
    at: string,
    auditSeq: number,
  ): Promise<void> {
    for (const [position, hash] of hashes.entries())
      await runSql(
        m,
        `INSERT INTO ticket_attachments (ticket_id, hash, linked_by, linked_at, audit_seq, position)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (ticket_id, hash) DO NOTHING`,
        [ticketId, hash, by, at, auditSeq, position],
      );
  }
}
