// The outbox under kill -9: tickets are committed with their notifications while the company's
// webhook hangs, so the worker has leased rows and sent them without an answer when the process
// is SIGKILLed. Started again on the same database, the new process must deliver every committed
// notification: what was never leased, and what the dead worker leased once its lease runs out,
// each acknowledged by the receiver exactly once under its notification id.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'vitest';
import { DB_KINDS, freshDb } from './support/db.js';
import { request, tokens } from './support/http.js';
import { freePort, ServerProcess, sleep } from './support/server.js';

const TICKETS = 6;
const LEASE_MS = 2_000;

/** The company webhook: hangs while `stalled` (a delivery in flight at the kill), else answers 200. */
class Receiver {
  stalled = true;
  /** Every request, answered or not, by idempotency key. */
  readonly seen: string[] = [];
  /** Requests answered 200: the deliveries that count. */
  readonly acknowledged = new Map<string, number>();
  private readonly hanging: ServerResponse[] = [];
  private readonly server = createServer((req, res) => {
    const key = String(req.headers['idempotency-key']);
    req.resume();
    req.on('end', () => {
      this.seen.push(key);
      if (this.stalled) return void this.hanging.push(res);
      this.acknowledged.set(key, (this.acknowledged.get(key) ?? 0) + 1);
      res.writeHead(200).end('{}');
    });
  });
  url = '';

  async start(): Promise<void> {
    await new Promise<void>((ok) => this.server.listen(0, '127.0.0.1', ok));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((ok) => this.server.close(() => ok()));
  }
}

const until = async (what: string, check: () => Promise<boolean> | boolean, ms = 60_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
};

describe('the outbox killed with SIGKILL between commit and delivery', () => {
  it.concurrent.for(DB_KINDS)(
    'delivers every committed notification exactly once after a restart on %s',
    { timeout: 240_000 },
    async (kind, { expect }) => {
      const db = await freshDb(kind);
      const receiver = new Receiver();
      await receiver.start();
      const srv = new ServerProcess(
        {
          ...db.env,
          FRONTSTAGE_WEBHOOK_URL: receiver.url,
          FRONTSTAGE_WEBHOOK_SECRET: 'kill-test-webhook-secret',
          FRONTSTAGE_OUTBOX_INTERVAL_MS: '100',
          FRONTSTAGE_OUTBOX_LEASE_MS: String(LEASE_MS),
        },
        await freePort(),
      );
      try {
        await srv.start();
        const { frontdesk } = await tokens(() => srv.base, ['frontdesk']);
        for (let i = 0; i < TICKETS; i++) {
          const res = await request(srv.base, 'POST', '/api/tickets', {
            token: frontdesk,
            body: { facts: { description: `tap ${i} drips`, phone: `1380013800${i}` } },
          });
          expect(res.status).toBe(201);
        }
        // The worker has leased and sent webhook rows that will never be answered: kill it now.
        await until('a delivery in flight', () => receiver.seen.length > 0);
        await srv.kill();
        const inFlight = [...new Set(receiver.seen)];
        const committed = await db.query<{ id: string; channel: string; status: string }>(
          'SELECT id, channel, status FROM outbox',
        );
        expect(committed.length).toBeGreaterThan(TICKETS * 2);
        expect(committed.some((r) => r.status === 'pending')).toBe(true);

        receiver.stalled = false;
        await srv.start();
        await until('every notification delivered', async () => {
          const rows = await db.query<{ status: string }>('SELECT status FROM outbox');
          return rows.every((r) => r.status === 'delivered');
        });
        await srv.stop();

        const webhook = committed.filter((r) => r.channel === 'webhook').map((r) => r.id);
        expect([...receiver.acknowledged.keys()].sort()).toEqual(webhook.sort());
        expect([...receiver.acknowledged.values()].every((n) => n === 1)).toBe(true);
        // The dead worker's leased rows were taken up again once their lease ran out.
        expect(inFlight.every((key) => receiver.acknowledged.get(key) === 1)).toBe(true);
        const inApp = await db.query<{ notification_id: string }>(
          'SELECT notification_id FROM in_app_messages',
        );
        expect(inApp.map((r) => r.notification_id).sort()).toEqual(
          committed
            .filter((r) => r.channel === 'in-app')
            .map((r) => r.id)
            .sort(),
        );
      } finally {
        await srv.kill();
        await receiver.stop();
        await db.drop();
      }
    },
  );
});
