// Kill -9 under load: 20 clients drive repair tickets through the real server process while it is
// SIGKILLed at random moments and started again on the same database. Every command carries an
// Idempotency-Key and is retried with the same key until answered; afterwards every acknowledged
// command must be in the audit log exactly once, and every ticket must equal the replay of its history.
// SQLite and PostgreSQL run side by side (restarts are CPU-bound module loading, commands are I/O).
import { describe, it } from 'vitest';
import { DB_KINDS, freshDb, type DbKind } from './support/db.js';
import { tokens } from './support/http.js';
import { checkLedger } from './support/ledger.js';
import { driveRepairs, newStats, rng } from './support/repair-driver.js';
import { httpAuditor, replayEveryTicket, verifyChain } from './support/replay-check.js';
import { freePort, ServerProcess, sleep } from './support/server.js';

const CLIENTS = 20;
const COMMANDS = 2_000;
/** PostgreSQL may use fewer kills when time is tight, never fewer than 10. */
const KILLS: Record<DbKind, { target: number; floor: number }> = {
  sqlite: { target: 20, floor: 20 },
  postgres: { target: 12, floor: 10 },
};
/** Wall-clock budget of the driving; when it runs out, the floors above and COMMANDS decide. */
const BUDGET_MS = 240_000;

const until = async (done: () => boolean, deadline: number) => {
  while (!done() && Date.now() < deadline) await sleep(5);
};

describe('the API killed with SIGKILL under load', () => {
  it.concurrent.for(DB_KINDS)(
    'loses no acknowledged command on %s, applies none twice, and keeps every ticket equal to its replayed history',
    { timeout: 340_000 },
    async (kind, { expect }) => {
      const seed = Number(process.env.RELIABILITY_SEED ?? Math.floor(Math.random() * 2 ** 31));
      const random = rng(seed);
      const db = await freshDb(kind);
      const srv = new ServerProcess(db.env, await freePort());
      try {
        await srv.start();
        const base = () => srv.base;
        const staff = await tokens(base, ['frontdesk', 'dispatcher', 'engineer', 'supervisor', 'auditor']);
        const stats = newStats();
        const prefix = `k${seed.toString(36)}`;
        let stopping = false;
        const clients = Array.from({ length: CLIENTS }, (_, i) =>
          driveRepairs({
            base,
            tokens: staff,
            prefix: `${prefix}-c${i}`,
            stop: () => stopping,
            stats,
            random: rng(seed + 1 + i),
          }),
        );
        const began = Date.now();
        const deadline = began + BUDGET_MS;
        const { target, floor } = KILLS[kind];
        const perKill = COMMANDS / target;
        while (srv.kills < target && Date.now() < deadline) {
          if (random() < 0.3) {
            // A moment in time: often while the restarted server is still cold and the clients' retries pile in.
            await sleep(random() * 1000);
          } else {
            // A moment in the traffic: after a random number of answers, with the other clients' commands in flight.
            const want = stats.acks.length + Math.round(perKill * (0.2 + random() * 1.4));
            await until(() => stats.acks.length >= want, Math.min(deadline, Date.now() + 20_000));
            await sleep(random() * 20);
          }
          await srv.kill();
          await srv.start();
        }
        await until(() => stats.acks.length >= COMMANDS, deadline);
        stopping = true;
        await Promise.all(clients);
        const drivenMs = Date.now() - began;

        const auditor = httpAuditor(base, staff.auditor!);
        const ledger = await checkLedger(db, stats.acks, prefix);
        const chain = await verifyChain(auditor);
        const replayed = await replayEveryTicket(db, auditor);
        await srv.stop();
        const integrity = await db.integrityCheck();
        const startup = [...srv.startupMs].sort((a, b) => a - b);
        console.log(
          `[kill ${kind}] seed=${seed} commands=${stats.acks.length} kills=${srv.kills} restarts=${srv.starts - 1} lost=${ledger.lost.length} duplicated=${ledger.duplicated.length} ` +
            `misplaced=${ledger.misplaced.length} phantom=${ledger.phantom.length} tickets=${replayed.tickets} replayFailures=${replayed.failures.length} ` +
            `idempotentReplays=${stats.acks.filter((a) => a.replayed).length} connectionRetries=${stats.connectionRetries} inFlightRetries=${stats.inFlightRetries} ` +
            `conflicts=${stats.conflicts} 5xx=${stats.serverErrors.length} chain=${chain.ok}/${chain.entries} integrity=${integrity} ` +
            `driven=${Math.round(drivenMs / 1000)}s medianStartup=${startup[startup.length >> 1]}ms buildRaces=${srv.buildRaces}`,
        );

        expect(stats.acks.length).toBeGreaterThanOrEqual(COMMANDS);
        expect(srv.kills).toBeGreaterThanOrEqual(floor);
        expect(ledger.lost).toEqual([]);
        expect(ledger.duplicated).toEqual([]);
        expect(ledger.misplaced).toEqual([]);
        expect(ledger.phantom).toEqual([]);
        expect(ledger.ticketMismatch).toBeNull();
        expect(stats.serverErrors).toEqual([]);
        expect(stats.unexpected).toEqual([]);
        expect(replayed.failures).toEqual([]);
        expect(replayed.tickets).toBe(stats.acks.filter((a) => a.type === 'INTAKE').length);
        expect(chain).toMatchObject({ ok: true });
        expect(integrity).toBe('ok');
      } finally {
        await srv.stop();
        await db.drop();
      }
    },
  );
});
