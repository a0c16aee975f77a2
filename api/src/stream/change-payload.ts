import type { TicketChange } from '@frontstage/engine';

/** The PostgreSQL channel every instance NOTIFYs committed ticket changes on and LISTENs to. */
export const CHANGE_CHANNEL = 'frontstage_ticket_changes';

/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more. */
export const MAX_PAYLOAD_BYTES = 7999;

/** What a too-large change travels as: enough to find the ticket and say what happened to it. */
export type ChangeRef = Pick<TicketChange, 'kind' | 'ticketId' | 'version' | 'at'> & { event?: string };

export type DecodedChange = { change: TicketChange } | { ref: ChangeRef };

const KINDS = new Set<string>(['ticket.created', 'ticket.updated']);

/**
 * The NOTIFY payload of a change: its JSON, or, when that would pass PostgreSQL's limit (a step
 * naming very many roles), a reference that the listener completes from the ticket row.
 * @example encodeChange(change) // '{"change":{"kind":"ticket.updated",…}}'
 */
export function encodeChange(change: TicketChange): string {
  const full = JSON.stringify({ change });
  if (Buffer.byteLength(full, 'utf8') <= MAX_PAYLOAD_BYTES) return full;
  const ref: ChangeRef = {
    kind: change.kind,
    ticketId: change.ticketId,
    version: change.version,
    at: change.at,
    ...(change.event ? { event: change.event } : {}),
  };
  return JSON.stringify({ ref });
}

/**
 * The NOTIFY payloads of a transaction's changes: as many changes to a payload as fit, since every
 * notification costs each listening instance (and the server) a wake-up and a socket read.
 * @example packChanges([a, b]) // ['{"items":[{"change":…},{"change":…}]}']
 */
export function packChanges(changes: TicketChange[]): string[] {
  const payloads: string[] = [];
  let items: string[] = [];
  let bytes = PACK_OVERHEAD;
  for (const change of changes) {
    const item = encodeChange(change);
    const size = Buffer.byteLength(item, 'utf8') + 1;
    if (items.length > 0 && bytes + size > MAX_PAYLOAD_BYTES) {
      payloads.push(pack(items));
      items = [];
      bytes = PACK_OVERHEAD;
    }
    items.push(item);
    bytes += size;
  }
  if (items.length > 0) payloads.push(pack(items));
  return payloads;
}

const pack = (items: string[]) => `{"items":[${items.join(',')}]}`;
const PACK_OVERHEAD = Buffer.byteLength(pack([]), 'utf8');

/** Reads a payload back: its changes, or null for anything this version did not write (another tool may NOTIFY the channel). */
export function decodePayload(payload: string | undefined): DecodedChange[] | null {
  const parsed = parse(payload);
  const items = (parsed as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) {
    const one = decodeItem(parsed);
    return one ? [one] : null;
  }
  const decoded = items.map(decodeItem);
  return decoded.every((d) => d !== null) ? (decoded as DecodedChange[]) : null;
}

/** Reads a single change's payload back; null for anything this version did not write. */
export function decodeChange(payload: string | undefined): DecodedChange | null {
  return decodeItem(parse(payload));
}

function parse(payload: string | undefined): unknown {
  if (!payload) return null;
  try {
    return JSON.parse(payload);
  } catch {
    return null;
  }
}

function decodeItem(parsed: unknown): DecodedChange | null {
  const { change, ref } = (parsed ?? {}) as { change?: unknown; ref?: unknown };
  if (isChange(change)) return { change };
  // A change without its site (sent by an instance older than sites) is completed from the row like a reference.
  if (isRef(change)) return { ref: refOf(change) };
  if (isRef(ref)) return { ref };
  return null;
}

function refOf(change: ChangeRef): ChangeRef {
  const { kind, ticketId, version, at, event } = change;
  return { kind, ticketId, version, at, ...(typeof event === 'string' ? { event } : {}) };
}

/** The key a change is delivered under at most once per instance: one ticket version is committed once. */
export const changeKey = (change: Pick<TicketChange, 'ticketId' | 'version' | 'notification'>): string =>
  // An in-app message leaves the version as it is: it is a change of its own, once per notification.
  change.notification
    ? `${change.ticketId}:${change.version}:${change.notification}`
    : `${change.ticketId}:${change.version}`;

function isRef(value: unknown): value is ChangeRef {
  const v = value as Partial<ChangeRef> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    KINDS.has(v.kind as string) &&
    typeof v.ticketId === 'string' &&
    Number.isInteger(v.version) &&
    typeof v.at === 'string'
  );
}

function isChange(value: unknown): value is TicketChange {
  const v = value as Partial<TicketChange> | null;
  return (
    isRef(value) &&
    typeof v!.state === 'string' &&
    typeof v!.status === 'string' &&
    typeof v!.assignedRoles === 'string' &&
    typeof v!.site === 'string' &&
    (v!.team === null || typeof v!.team === 'string')
  );
}
