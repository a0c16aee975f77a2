// Optimistic concurrency under a fast-check scheduler: 50 clients each read one repair ticket and
// send the event its state allows with expectedVersion = the version they saw, in orders the
// scheduler picks. Versions must stay gapless with one winner each, every loser must be told 409
// version_conflict, and the ticket must equal the serial replay of the winners.
import { commandsFromHistory, compile, replay, sameTicket, type ReplayCommand } from '@frontstage/engine';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, freshDb, type FreshDb } from './support/db.js';
import { FakeClock, startInProcess, type InProcessApi } from './support/inproc.js';
import { repairEvent } from './support/repair-driver.js';
import { replayEveryTicket } from './support/replay-check.js';

const CLIENTS = 50;
const RUNS = 5;
const T0 = Date.parse('2026-11-24T02:00:00.000Z');

interface Outcome {
  client: number;
  key: string;
  user: string;
  type: string;
  data?: Record<string, unknown>;
  expectedVersion: number;
  status: number;
  error?: string;
  version?: number;
}

describe.each(DB_KINDS)('conflicting commands on one ticket on %s', (kind) => {
  let db: FreshDb;
  let api: InProcessApi;
  const clock = new FakeClock(T0);

  beforeAll(async () => {
    db = await freshDb(kind);
    api = await startInProcess(db, clock);
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('gives every version exactly one winner, answers every stale command 409 (404 once the caller may no longer see the ticket), and ends on the serial replay of the winners', async () => {
    const tickets: string[] = [];
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.array(fc.integer({ min: 1, max: 2 }), { minLength: CLIENTS, maxLength: CLIENTS }),
        fc.array(fc.boolean(), { minLength: CLIENTS, maxLength: CLIENTS }),
        async (s, satisfaction, racing) => {
          run++;
          const opened = await api.request('POST', '/api/tickets', {
            user: 'frontdesk',
            body: { facts: { description: `race ${run}` } },
          });
          expect(opened.status).toBe(201);
          const id = opened.body.id as string;
          tickets.push(id);
          const recorded = await api.request('POST', `/api/tickets/${id}/events`, {
            user: 'frontdesk',
            body: { type: 'RECORDED', data: { location: 'hall' }, expectedVersion: 1 },
          });
          expect(recorded.status).toBe(200);
          const outcomes: Outcome[] = [];
          const unawaited: Promise<void>[] = [];
          const send = async (i: number, seen: { state: string; version: number }) => {
            // Unsatisfied callbacks only (1 or 2): the repair loops dispatch → fix → callback → dispatch, so every read has a command to send.
            const event = repairEvent(seen.state, () => 0)!;
            const data = event.type === 'CALLBACK_DONE' ? { satisfaction: satisfaction[i]! } : event.data;
            const key = `race-${kind}-${run}-${i}`;
            const body = { type: event.type, ...(data ? { data } : {}), expectedVersion: seen.version };
            const res = await api.request('POST', `/api/tickets/${id}/events`, {
              user: event.user,
              body,
              key,
            });
            outcomes.push({
              client: i,
              key,
              user: event.user,
              type: event.type,
              ...(data ? { data } : {}),
              expectedVersion: seen.version,
              status: res.status,
              error: res.body?.error,
              version: res.body?.version,
            });
          };
          // Each client reads, then sends; the scheduler interleaves the clients' steps. Some clients wait
          // for their answer before the scheduler moves on, the others leave their command racing the
          // next steps inside the API (the UPDATE … WHERE version race, not only the read check).
          const clients = Array.from({ length: CLIENTS }, (_, i) => {
            let seen = { state: '', version: 0 };
            return s.scheduleSequence([
              {
                label: `read ${i}`,
                builder: async () => {
                  seen = (await api.request('GET', `/api/tickets/${id}`, { user: 'supervisor' })).body;
                },
              },
              {
                label: `send ${i}${racing[i] ? ' (racing)' : ''}`,
                builder: async () => {
                  const answered = send(i, seen);
                  if (racing[i]) unawaited.push(answered);
                  else await answered;
                },
              },
            ]).task;
          });
          await s.waitFor(Promise.all(clients));
          await Promise.all(unawaited);

          const final = await api.request('GET', `/api/tickets/${id}`, { user: 'supervisor' });
          const winners = outcomes.filter((o) => o.status === 200).sort((a, b) => a.version! - b.version!);
          const losers = outcomes.filter((o) => o.status !== 200);
          expect(outcomes).toHaveLength(CLIENTS);
          // Gapless: the winners' versions are exactly 3..final (1 = intake, 2 = RECORDED), one winner per expected version.
          expect(winners.map((w) => w.version)).toEqual(
            Array.from({ length: final.body.version - 2 }, (_, k) => k + 3),
          );
          for (const w of winners) expect(w.version).toBe(w.expectedVersion + 1);
          // Every loser lost to the winner of the version it saw, and is told 409 version_conflict. One
          // exception, by the API's visibility rule (a ticket a caller may not see does not exist for
          // them): an engineer sees a repair ticket only while it waits for an engineer, so a stale
          // RESOLVED that arrives after the ticket left `fix` is answered 404 not_found, unaudited.
          const wonAt = new Set(winners.map((w) => w.expectedVersion));
          const conflicted = losers.filter((l) => l.status === 409);
          const hidden = losers.filter((l) => l.status !== 409);
          for (const l of losers) expect(wonAt.has(l.expectedVersion)).toBe(true);
          for (const l of conflicted)
            expect({ client: l.client, error: l.error }).toEqual({
              client: l.client,
              error: 'version_conflict',
            });
          for (const l of hidden)
            expect({ client: l.client, status: l.status, error: l.error, user: l.user }).toEqual({
              client: l.client,
              status: 404,
              error: 'not_found',
              user: 'engineer',
            });
          // The audit log holds the winners in version order, and a refusal for every 409.
          const history = (await api.request('GET', `/api/tickets/${id}/history`, { user: 'auditor' }))
            .body as { outcome: string; requestId: string | null; code: string | null }[];
          expect(
            history
              .filter((e) => e.outcome === 'accepted')
              .map((e) => e.requestId)
              .slice(2),
          ).toEqual(winners.map((w) => w.key));
          expect(
            history
              .filter((e) => e.outcome === 'refused')
              .map((e) => [e.requestId, e.code])
              .sort(),
          ).toEqual(conflicted.map((l) => [l.key, 'version_conflict']).sort());
          // The stored ticket is the serial replay of intake, RECORDED and the winners in version order.
          const read = commandsFromHistory(history);
          if (!read.ok) throw new Error(JSON.stringify(read.issues));
          const serial: ReplayCommand[] = [
            ...read.commands.slice(0, 2),
            ...winners.map((w): ReplayCommand => ({
              kind: 'event',
              event: { type: w.type, ...(w.data ? { data: w.data } : {}) },
              actor: { id: w.user, role: w.user },
              at: clock.iso(),
            })),
          ];
          const pinned = compile(
            (
              await api.request('GET', `/api/blueprints/repair/versions/${final.body.blueprint.version}`, {
                user: 'auditor',
              })
            ).body.blueprint,
          );
          if (!pinned.ok) throw new Error('the pinned blueprint does not compile');
          const replayed = replay(pinned, serial);
          if (!replayed.ok)
            throw new Error(
              `serial replay refused at ${replayed.index}: ${JSON.stringify(replayed.rejection)}`,
            );
          const [row] = await db.query<{ snapshot: string; version: number | string }>(
            'SELECT snapshot, version FROM tickets WHERE id = $1',
            [id],
          );
          expect(replayed.ok).toBe(true);
          expect(sameTicket(replayed.ok && replayed.ticket, JSON.parse(row!.snapshot))).toBe(true);
          expect(Number(row!.version)).toBe(final.body.version);
          console.log(
            `[race ${kind}] run ${run}: ${winners.length} winners (versions 3..${final.body.version}), ${conflicted.length} × 409, ${hidden.length} × 404 (stale engineer), ${racing.filter(Boolean).length} sent racing`,
          );
        },
      ),
      { numRuns: RUNS, endOnFailure: true },
    );
    // And every ticket equals the replay of its audit history over its pinned blueprint (engine checkTicket).
    const checked = await replayEveryTicket(
      db,
      (path) => api.request('GET', path, { user: 'auditor' }),
      tickets,
    );
    expect(checked.failures).toEqual([]);
  }, 180_000);
});
