import { checkTicket, compile, type CompiledBlueprint } from '@frontstage/engine';
import type { FreshDb } from './db.js';
import { persist, type Answer } from './http.js';

/** A GET as the auditor, over HTTP or in-process. */
export type AuditorGet = (path: string) => Promise<Answer>;

/** GETs through a server that may be restarting, as `auditor`. */
export const httpAuditor =
  (base: () => string, token: string): AuditorGet =>
  (path) =>
    persist(base, 'GET', path, { token, timeoutMs: 120_000 });

interface TicketRowRaw {
  id: string;
  version: number | string;
  snapshot: string;
  blueprint_key: string;
  blueprint_version: number | string;
  blueprint_hash: string;
}

export interface ReplayFailure {
  ticketId: string;
  reason: string;
}

/**
 * Every stored ticket against the replay of its audit history over its pinned blueprint version:
 * the blueprint is fetched from the API, compiled here by the engine (its hash must be the pinned
 * one), the snapshot read from the database, and `checkTicket` (engine replay + sameTicket) judges.
 */
export async function replayEveryTicket(
  db: FreshDb,
  get: AuditorGet,
  ids?: string[],
): Promise<{ tickets: number; failures: ReplayFailure[] }> {
  const rows = await db.query<TicketRowRaw>(
    'SELECT id, version, snapshot, blueprint_key, blueprint_version, blueprint_hash FROM tickets',
  );
  const wanted = ids ? new Set(ids) : null;
  const compiledBy = new Map<string, CompiledBlueprint>();
  const failures: ReplayFailure[] = [];
  const selected = rows.filter((r) => !wanted || wanted.has(r.id));
  const queue = [...selected];
  const worker = async () => {
    for (let row = queue.shift(); row; row = queue.shift()) {
      const failure = await checkOne(row);
      if (failure) failures.push({ ticketId: row.id, reason: failure });
    }
  };
  const checkOne = async (row: TicketRowRaw): Promise<string | null> => {
    const ref = `${row.blueprint_key}/versions/${Number(row.blueprint_version)}`;
    let compiled = compiledBy.get(ref);
    if (!compiled) {
      const res = await get(`/api/blueprints/${ref}`);
      if (res.status !== 200) return `blueprint ${ref}: ${res.status}`;
      const result = compile(res.body.blueprint);
      if (!result.ok) return `blueprint ${ref} does not compile`;
      compiled = result;
      compiledBy.set(ref, compiled);
    }
    if (compiled.hash !== row.blueprint_hash)
      return `pinned hash ${row.blueprint_hash} but ${ref} hashes to ${compiled.hash}`;
    const history = await get(`/api/tickets/${row.id}/history`);
    if (history.status !== 200) return `history: ${history.status}`;
    const accepted = (history.body as { outcome: string }[]).filter((e) => e.outcome === 'accepted').length;
    if (accepted !== Number(row.version)) return `version ${row.version} but ${accepted} accepted entries`;
    const check = checkTicket(compiled, history.body, JSON.parse(row.snapshot));
    return check.ok ? null : `${check.reason}: ${check.message.en}`;
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return { tickets: selected.length, failures };
}

export async function verifyChain(
  get: AuditorGet,
): Promise<{ ok: boolean; entries: number; firstBroken?: unknown }> {
  const res = await get('/api/audit/verify');
  if (res.status !== 200) throw new Error(`audit/verify: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
