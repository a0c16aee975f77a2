import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditRow } from '../database/entities.js';
import { checkRun, entryHash, GENESIS_HASH, type ChainBreak } from './audit-chain.js';
import { AuditRepository, type AuditFilter } from './audit.repository.js';

/** What a command leaves in the log; seq, time and hashes are added on append. */
export type AuditRecord = Omit<AuditRow, 'seq' | 'prevHash' | 'hash' | 'at'> & { at: string };

export interface VerifyResult {
  ok: boolean;
  entries: number;
  headSeq: number;
  firstBroken?: ChainBreak;
}

@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  /**
   * Appends one entry inside the caller's transaction, chained to the current head. Callers append
   * last, just before the commit: on PostgreSQL the head stays locked from here to the commit.
   */
  async append(manager: EntityManager, record: AuditRecord): Promise<AuditRow> {
    if (manager.connection.options.type === 'postgres')
      return this.audit.appendInOneStatement(manager, record);
    const head = await this.audit.lockHead(manager);
    const content = { ...record, seq: head.seq + 1 };
    const row: AuditRow = { ...content, prevHash: head.hash, hash: entryHash(head.hash, content) };
    await this.audit.append(manager, row);
    return row;
  }

  history(ticketId: string): Promise<AuditRow[]> {
    return this.audit.forTicket(ticketId);
  }

  search(filter: AuditFilter): Promise<AuditRow[]> {
    return this.audit.search(filter);
  }

  /** Recomputes the whole chain in pages and names the first entry that does not hold. */
  async verify(pageSize = 1000): Promise<VerifyResult> {
    let prev = { seq: 0, hash: GENESIS_HASH };
    for (;;) {
      const rows = await this.audit.page(prev.seq, pageSize);
      const run = checkRun(rows, prev);
      if (!run.ok)
        return {
          ok: false,
          entries: prev.seq,
          headSeq: (await this.audit.head())?.seq ?? 0,
          firstBroken: run.broken,
        };
      prev = run.prev;
      if (rows.length < pageSize) break;
    }
    const head = await this.audit.head();
    if (!head || head.seq !== prev.seq || head.hash !== prev.hash)
      return {
        ok: false,
        entries: prev.seq,
        headSeq: head?.seq ?? 0,
        firstBroken: {
          seq: prev.seq + 1,
          reason: head && head.seq > prev.seq ? 'missing_entry' : 'head_mismatch',
        },
      };
    return { ok: true, entries: prev.seq, headSeq: head.seq };
  }
}
