import { canonicalJson, sha256Hex } from '@frontstage/engine';
import type { AuditRow } from '../database/entities.js';

/** The hash of the empty chain's predecessor. */
export const GENESIS_HASH = '0'.repeat(64);

/** The part of an audit entry its hash covers: everything but the hashes themselves. */
export type AuditContent = Omit<AuditRow, 'prevHash' | 'hash'>;

/**
 * SHA-256 over the previous hash followed by the entry's canonical JSON.
 * @example entryHash(GENESIS_HASH, content) // 64 hex digits
 */
export function entryHash(prevHash: string, content: AuditContent): string {
  return sha256Hex(prevHash + canonicalJson(contentOf(content)));
}

/** Picks the hashed fields in a fixed shape, so extra properties of a loaded row never count. */
export function contentOf(row: AuditContent): AuditContent {
  return {
    seq: row.seq,
    at: row.at,
    ticketId: row.ticketId ?? null,
    actorId: row.actorId,
    actorRole: row.actorRole,
    command: row.command,
    eventType: row.eventType ?? null,
    data: row.data ?? null,
    fromState: row.fromState ?? null,
    toState: row.toState ?? null,
    blueprintKey: row.blueprintKey ?? null,
    blueprintVersion: row.blueprintVersion ?? null,
    outcome: row.outcome,
    code: row.code ?? null,
    trace: row.trace ?? null,
    requestId: row.requestId ?? null,
  };
}

/** Where a chain first stops holding, and why. */
export interface ChainBreak {
  seq: number;
  reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'missing_entry' | 'head_mismatch';
}

/**
 * Checks a run of entries that follow `prev` (the last good entry's seq and hash).
 * Returns the first break, or the new `prev` to continue from.
 */
export function checkRun(
  rows: AuditRow[],
  prev: { seq: number; hash: string },
): { ok: true; prev: { seq: number; hash: string } } | { ok: false; broken: ChainBreak } {
  let last = prev;
  for (const row of rows) {
    if (row.seq !== last.seq + 1)
      return { ok: false, broken: { seq: last.seq + 1, reason: 'missing_entry' } };
    if (row.prevHash !== last.hash)
      return { ok: false, broken: { seq: row.seq, reason: 'prev_hash_mismatch' } };
    if (entryHash(row.prevHash, row) !== row.hash)
      return { ok: false, broken: { seq: row.seq, reason: 'hash_mismatch' } };
    last = { seq: row.seq, hash: row.hash };
  }
  return { ok: true, prev: last };
}
