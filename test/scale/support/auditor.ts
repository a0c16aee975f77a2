import type { Ack } from './drive.js';
import { read } from './http.js';

export interface LedgerReport {
  /** Acknowledged, but no accepted audit entry carries the key. */
  lost: string[];
  /** More than one accepted entry carries the key. */
  duplicated: string[];
  /** The entry is on another ticket, another event or another version than acknowledged. */
  misplaced: string[];
  /** Accepted entries of this run's keys that no client was told about. */
  phantom: string[];
  /** Tickets whose stored version is not the number of accepted entries in their history. */
  versionGaps: string[];
}

type Query = <T>(sql: string, params?: unknown[]) => Promise<T[]>;

/** Every acknowledged command in the audit log exactly once, where and as it was acknowledged. */
export async function checkLedger(query: Query, acks: Ack[], prefix: string): Promise<LedgerReport> {
  const rows = await query<{ seq: string; ticket_id: string; event_type: string; request_id: string | null }>(
    "SELECT seq, ticket_id, event_type, request_id FROM audit_entries WHERE outcome = 'accepted' AND ticket_id IS NOT NULL ORDER BY seq",
  );
  const versionOf = new Map<string, number>();
  const byKey = new Map<string, { ticketId: string; type: string; version: number }[]>();
  for (const r of rows) {
    const version = (versionOf.get(r.ticket_id) ?? 0) + 1;
    versionOf.set(r.ticket_id, version);
    if (r.request_id?.startsWith(prefix))
      byKey.set(r.request_id, [
        ...(byKey.get(r.request_id) ?? []),
        { ticketId: r.ticket_id, type: r.event_type, version },
      ]);
  }
  const report: LedgerReport = { lost: [], duplicated: [], misplaced: [], phantom: [], versionGaps: [] };
  const acked = new Set<string>();
  for (const ack of acks) {
    acked.add(ack.key);
    const entries = byKey.get(ack.key) ?? [];
    if (entries.length === 0) report.lost.push(ack.key);
    else if (entries.length > 1) report.duplicated.push(ack.key);
    else if (
      entries[0]!.ticketId !== ack.ticketId ||
      entries[0]!.type !== ack.type ||
      entries[0]!.version !== ack.version
    )
      report.misplaced.push(`${ack.key}: ${JSON.stringify(entries[0])} vs ${JSON.stringify(ack)}`);
  }
  for (const key of byKey.keys()) if (!acked.has(key)) report.phantom.push(key);
  const stored = await query<{ id: string; version: number }>('SELECT id, version FROM tickets');
  for (const t of stored)
    if (versionOf.get(t.id) !== Number(t.version))
      report.versionGaps.push(`${t.id}: stored ${t.version}, history ${versionOf.get(t.id) ?? 0}`);
  return report;
}

/** GET /api/audit/replay page by page: every ticket against the replay of its history. */
export async function replayAll(
  base: string,
  token: string,
): Promise<{ checked: number; mismatches: unknown[] }> {
  const limit = 500;
  let checked = 0;
  const mismatches: unknown[] = [];
  for (let offset = 0; ; offset += limit) {
    const page = (await read(base, `/api/audit/replay?limit=${limit}&offset=${offset}`, token)) as {
      ok: boolean;
      checked: number;
      mismatches: unknown[];
    };
    checked += page.checked;
    mismatches.push(...page.mismatches);
    if (page.checked < limit) return { checked, mismatches };
  }
}

export async function verifyChain(base: string, token: string): Promise<{ ok: boolean; entries: number }> {
  return (await read(base, '/api/audit/verify', token)) as { ok: boolean; entries: number };
}
