import type { FreshDb } from './db.js';
import type { Ack } from './repair-driver.js';

interface AcceptedRow {
  seq: number | string;
  ticket_id: string | null;
  event_type: string | null;
  request_id: string | null;
}

export interface LedgerReport {
  commands: number;
  /** Acknowledged, but no accepted audit entry carries its key. */
  lost: Ack[];
  /** Acknowledged once, but more than one accepted entry carries its key. */
  duplicated: { key: string; entries: number }[];
  /** The entry exists but on another ticket, with another event, or at another version than acknowledged. */
  misplaced: { key: string; why: string }[];
  /** Accepted entries of this run's keys that no client was told succeeded. */
  phantom: string[];
  /** Tickets in the database that no acknowledged intake opened, or acknowledged intakes without a ticket. */
  ticketMismatch: string | null;
  /** Accepted entries with no request id (timer firings). */
  unkeyed: number;
}

/** Matches every acknowledged command to the audit log by its key (sent as the request id), ticket, event and version. */
export async function checkLedger(db: FreshDb, acks: Ack[], prefix: string): Promise<LedgerReport> {
  const rows = await db.query<AcceptedRow>(
    "SELECT seq, ticket_id, event_type, request_id FROM audit_entries WHERE outcome = 'accepted' AND ticket_id IS NOT NULL ORDER BY seq",
  );
  const byKey = new Map<string, AcceptedRow[]>();
  const byTicket = new Map<string, AcceptedRow[]>();
  let unkeyed = 0;
  for (const row of rows) {
    if (row.request_id) byKey.set(row.request_id, [...(byKey.get(row.request_id) ?? []), row]);
    else unkeyed++;
    byTicket.set(row.ticket_id!, [...(byTicket.get(row.ticket_id!) ?? []), row]);
  }
  const report: LedgerReport = {
    commands: acks.length,
    lost: [],
    duplicated: [],
    misplaced: [],
    phantom: [],
    ticketMismatch: null,
    unkeyed,
  };
  const acked = new Set<string>();
  for (const ack of acks) {
    if (acked.has(ack.key)) report.misplaced.push({ key: ack.key, why: 'acknowledged twice by the client' });
    acked.add(ack.key);
    const entries = byKey.get(ack.key) ?? [];
    if (entries.length === 0) report.lost.push(ack);
    else if (entries.length > 1) report.duplicated.push({ key: ack.key, entries: entries.length });
    else {
      const entry = entries[0]!;
      const position = (byTicket.get(entry.ticket_id!) ?? []).indexOf(entry) + 1;
      if (entry.ticket_id !== ack.ticketId)
        report.misplaced.push({
          key: ack.key,
          why: `on ticket ${entry.ticket_id}, acknowledged for ${ack.ticketId}`,
        });
      else if (entry.event_type !== ack.type)
        report.misplaced.push({ key: ack.key, why: `event ${entry.event_type}, acknowledged ${ack.type}` });
      else if (position !== ack.version)
        report.misplaced.push({
          key: ack.key,
          why: `entry #${position} of its ticket, acknowledged version ${ack.version}`,
        });
    }
  }
  for (const key of byKey.keys()) if (key.startsWith(prefix) && !acked.has(key)) report.phantom.push(key);
  const opened = new Set(acks.filter((a) => a.type === 'INTAKE').map((a) => a.ticketId));
  const stored = (await db.query<{ id: string }>('SELECT id FROM tickets')).map((r) => r.id);
  const extra = stored.filter((id) => !opened.has(id));
  const missing = [...opened].filter((id) => !stored.includes(id));
  if (extra.length || missing.length)
    report.ticketMismatch = `${extra.length} tickets nobody was told about (${extra.slice(0, 3).join(', ')}), ${missing.length} acknowledged tickets missing (${missing.slice(0, 3).join(', ')})`;
  return report;
}
