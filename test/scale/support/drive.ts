import { call, type Answer } from './http.js';
import { sleep } from './instance.js';

/** A command the API acknowledged (2xx), under the key it was sent with. */
export interface Ack {
  key: string;
  ticketId: string;
  /** INTAKE for a creation. */
  type: string;
  /** The ticket's version after the command. */
  version: number;
  replayed: boolean;
}

export interface DriveStats {
  acks: Ack[];
  /** Requests sent to each instance (by base) and not yet answered, now. */
  pending: Map<string, number>;
  /** Attempts that met a connection error (the instance was killed) and went to the next instance. */
  failovers: number;
  /** 409s answered to a retry while the first attempt's transaction was still being settled. */
  retried409: number;
  serverErrors: { key: string; status: number; body: unknown }[];
  unexpected: { key: string; status: number; body: unknown }[];
}

export const newStats = (): DriveStats => ({
  acks: [],
  pending: new Map(),
  failovers: 0,
  retried409: 0,
  serverErrors: [],
  unexpected: [],
});

export interface Client {
  /** The instances behind the "load balancer"; the client starts at `home` and fails over in turn. */
  bases: string[];
  home: number;
  tokens: Record<string, string>;
  prefix: string;
  stats: DriveStats;
  stop: () => boolean;
}

/** The repair blueprint's next event from a state, and who sends it; null when the ticket is done. */
function nextEvent(
  state: string,
  n: number,
): { type: string; user: string; data?: Record<string, unknown> } | null {
  switch (state) {
    case 'record':
      return { type: 'RECORDED', user: 'frontdesk', data: { location: `block ${n % 9}` } };
    case 'dispatch':
      return { type: 'DISPATCHED', user: 'dispatcher' };
    case 'fix':
      return { type: 'RESOLVED', user: 'engineer' };
    case 'callback':
      // One callback in four is unsatisfied and sends the ticket back to dispatch.
      return { type: 'CALLBACK_DONE', user: 'frontdesk', data: { satisfaction: n % 4 === 0 ? 2 : 5 } };
    default:
      return null;
  }
}

/**
 * Sends one command until it is answered: the same key and body again, on the next instance, after
 * a connection error or a 5xx; again after a 409 (a duplicate still running, or an attempt on a
 * killed instance that committed while this one ran: the retry then replays the stored answer).
 */
async function send(
  client: Client,
  user: string,
  path: string,
  body: unknown,
  key: string,
): Promise<Answer | null> {
  let conflicts = 0;
  for (let attempt = 0; attempt < 2_000; attempt++) {
    const base = client.bases[client.home % client.bases.length]!;
    let res: Answer;
    const { pending } = client.stats;
    pending.set(base, (pending.get(base) ?? 0) + 1);
    try {
      res = await call(base, 'POST', path, { token: client.tokens[user]!, body, key });
    } catch {
      client.stats.failovers++;
      client.home++;
      await sleep(Math.min(10 + attempt * 10, 200));
      continue;
    } finally {
      pending.set(base, pending.get(base)! - 1);
    }
    if (res.status >= 500) {
      client.stats.serverErrors.push({ key, status: res.status, body: res.body });
      await sleep(50);
      continue;
    }
    if (res.status === 409 && conflicts++ < 20) {
      client.stats.retried409++;
      await sleep(50);
      continue;
    }
    return res;
  }
  return null;
}

/** One client: opens repair tickets and works them through the blueprint until told to stop. */
export async function driveRepairs(client: Client): Promise<void> {
  let n = 0;
  while (!client.stop()) {
    const key = `${client.prefix}-${n++}`;
    const created = await send(
      client,
      'frontdesk',
      '/api/tickets',
      { facts: { description: `leaking tap ${key}` } },
      key,
    );
    if (!created || created.status !== 201) {
      client.stats.unexpected.push({ key, status: created?.status ?? 0, body: created?.body });
      continue;
    }
    let ticket = created.body as { id: string; version: number; state: string };
    const round = n;
    client.stats.acks.push({
      key,
      ticketId: ticket.id,
      type: 'INTAKE',
      version: ticket.version,
      replayed: created.replayed,
    });
    for (
      let r = round, e = nextEvent(ticket.state, r);
      e && !client.stop();
      e = nextEvent(ticket.state, ++r)
    ) {
      const eventKey = `${client.prefix}-${n++}`;
      const res = await send(
        client,
        e.user,
        `/api/tickets/${ticket.id}/events`,
        { type: e.type, ...(e.data ? { data: e.data } : {}), expectedVersion: ticket.version },
        eventKey,
      );
      if (!res || res.status !== 200) {
        client.stats.unexpected.push({ key: eventKey, status: res?.status ?? 0, body: res?.body });
        break;
      }
      ticket = res.body;
      client.stats.acks.push({
        key: eventKey,
        ticketId: ticket.id,
        type: e.type,
        version: ticket.version,
        replayed: res.replayed,
      });
    }
  }
}
