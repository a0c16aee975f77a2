import { persist, request, type Answer } from './http.js';
import { sleep } from './server.js';

/** A command the API acknowledged (2xx), with the key it was sent under. */
export interface Ack {
  key: string;
  ticketId: string;
  /** INTAKE for the ticket's creation. */
  type: string;
  /** The ticket's version after the command. */
  version: number;
  replayed: boolean;
}

export interface DriveStats {
  acks: Ack[];
  /** Commands sent and not yet answered, now: how much work a kill at this instant cuts off. */
  pending: number;
  /** Attempts that met a connection error (the API was down) and were sent again. */
  connectionRetries: number;
  inFlightRetries: number;
  /** Stale reads: a 409 version_conflict, after which the client re-reads the ticket. */
  conflicts: number;
  /** Every 5xx, kept as evidence: a 5xx is a bug. */
  serverErrors: { key: string; status: number; body: unknown }[];
  /** Answers outside the contract for these commands (403, 404, 422, other 409s). */
  unexpected: { key: string; status: number; body: unknown }[];
}

export const newStats = (): DriveStats => ({
  acks: [],
  pending: 0,
  connectionRetries: 0,
  inFlightRetries: 0,
  conflicts: 0,
  serverErrors: [],
  unexpected: [],
});

/** Small seeded PRNG (mulberry32), so a failing run can be repeated from its printed seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The repair blueprint's next event from a state, and who sends it. */
export function repairEvent(
  state: string,
  random: () => number,
): { type: string; user: string; data?: Record<string, unknown> } | null {
  switch (state) {
    case 'record':
      return {
        type: 'RECORDED',
        user: 'frontdesk',
        data: { location: `block ${1 + Math.floor(random() * 9)}` },
      };
    case 'dispatch':
      return { type: 'DISPATCHED', user: 'dispatcher' };
    case 'fix':
      return { type: 'RESOLVED', user: 'engineer' };
    case 'callback':
      // One in four callbacks is unsatisfied (< 3) and sends the ticket back to dispatch.
      return {
        type: 'CALLBACK_DONE',
        user: 'frontdesk',
        data: { satisfaction: random() < 0.25 ? 1 + Math.floor(random() * 2) : 3 + Math.floor(random() * 3) },
      };
    default:
      return null;
  }
}

export interface ClientContext {
  base: () => string;
  tokens: Record<string, string>;
  prefix: string;
  stop: () => boolean;
  stats: DriveStats;
  random: () => number;
}

/**
 * Sends one command until it is answered: the SAME key and body again after a connection error, a
 * 5xx or a 409 idempotency_in_flight. Returns the first other answer.
 */
async function command(
  ctx: ClientContext,
  user: string,
  path: string,
  body: unknown,
  key: string,
): Promise<Answer> {
  ctx.stats.pending++;
  try {
    return await answerTo(ctx, user, path, body, key);
  } finally {
    ctx.stats.pending--;
  }
}

async function answerTo(
  ctx: ClientContext,
  user: string,
  path: string,
  body: unknown,
  key: string,
): Promise<Answer> {
  const deadline = Date.now() + 300_000;
  for (let attempt = 0; ; attempt++) {
    let res: Answer;
    try {
      res = await request(ctx.base(), 'POST', path, {
        token: ctx.tokens[user]!,
        body,
        key,
        timeoutMs: 20_000,
      });
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`${key}: no answer for 5 minutes: ${String(error)}`);
      ctx.stats.connectionRetries++;
      await sleep(Math.min(20 + attempt * 10, 200));
      continue;
    }
    if (res.status >= 500) {
      ctx.stats.serverErrors.push({ key, status: res.status, body: res.body });
      await sleep(50);
      continue;
    }
    if (res.status === 409 && res.body?.error === 'idempotency_in_flight') {
      ctx.stats.inFlightRetries++;
      await sleep(20 + Math.min(attempt, 10) * 10);
      continue;
    }
    return res;
  }
}

/** One client: opens repair tickets and drives each to its end, every command with an Idempotency-Key. */
export async function driveRepairs(ctx: ClientContext): Promise<void> {
  for (let n = 0; !ctx.stop(); n++) {
    const createKey = `${ctx.prefix}-t${n}-open`;
    const facts = { description: `lamp out ${ctx.prefix}/${n}`, floor: 1 + Math.floor(ctx.random() * 30) };
    const created = await command(ctx, 'frontdesk', '/api/tickets', { facts }, createKey);
    if (created.status !== 201) {
      ctx.stats.unexpected.push({ key: createKey, status: created.status, body: created.body });
      return;
    }
    const id = created.body.id as string;
    ctx.stats.acks.push({
      key: createKey,
      ticketId: id,
      type: 'INTAKE',
      version: created.body.version,
      replayed: created.replayed,
    });
    let version = created.body.version as number;
    let state = created.body.state as string;
    for (let k = 0; !ctx.stop(); k++) {
      const event = repairEvent(state, ctx.random);
      if (!event) break;
      const key = `${ctx.prefix}-t${n}-e${k}`;
      const body = {
        type: event.type,
        ...(event.data ? { data: event.data } : {}),
        expectedVersion: version,
      };
      const res = await command(ctx, event.user, `/api/tickets/${id}/events`, body, key);
      if (res.status === 200) {
        ctx.stats.acks.push({
          key,
          ticketId: id,
          type: event.type,
          version: res.body.version,
          replayed: res.replayed,
        });
        version = res.body.version;
        state = res.body.state;
      } else if (res.status === 409 && res.body?.error === 'version_conflict') {
        ctx.stats.conflicts++;
        const fresh = await persist(ctx.base, 'GET', `/api/tickets/${id}`, { token: ctx.tokens.supervisor! });
        if (fresh.status !== 200) {
          ctx.stats.unexpected.push({ key: `${key}:reread`, status: fresh.status, body: fresh.body });
          return;
        }
        version = fresh.body.version;
        state = fresh.body.state;
      } else {
        ctx.stats.unexpected.push({ key, status: res.status, body: res.body });
        return;
      }
    }
  }
}
