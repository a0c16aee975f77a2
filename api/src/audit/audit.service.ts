import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditRow } from '../database/entities.js';
import { Transactor, type BatchTail } from '../database/transactor.js';
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
  /** Appends a batch's deferred entries in one go, just before its commit. */
  private readonly tail: BatchTail<AuditRecord> = {
    flush: async (manager, records) => {
      await this.appendAll(manager, records);
    },
  };

  constructor(
    private readonly audit: AuditRepository,
    private readonly tx: Transactor,
  ) {}

  /**
   * Appends an entry with the caller's transaction: inside a batch, at the batch's end (dropped if
   * the caller's unit fails), so the chain head is locked only from there to the commit; on
   * PostgreSQL that lock is what every instance's commands take turns on.
   */
  async append(manager: EntityManager, record: AuditRecord): Promise<void> {
    if (this.tx.defer(manager, this.tail, record)) return;
    await this.appendAll(manager, [record]);
  }

  /**
   * Appends now and returns the entry (for callers that store its seq). The head stays locked
   * until the commit, so call it from `Transactor.runAlone` and last but for rows no one else locks.
   */
  async appendNow(manager: EntityManager, record: AuditRecord): Promise<AuditRow> {
    const [row] = await this.appendAll(manager, [record]);
    return row!;
  }

  private async appendAll(manager: EntityManager, records: AuditRecord[]): Promise<AuditRow[]> {
    if (records.length === 0) return [];
    let prev = await this.audit.lockHead(manager);
    const rows = records.map((record) => {
      const content = { ...record, seq: prev.seq + 1 };
      const row: AuditRow = { ...content, prevHash: prev.hash, hash: entryHash(prev.hash, content) };
      prev = { id: 1, seq: row.seq, hash: row.hash };
      return row;
    });
    await this.audit.append(manager, rows);
    return rows;
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
