import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../common/clock.js';
import { runSql } from '../database/sql.js';
import { KEY_RETENTION_MS } from '../idempotency/idempotency.service.js';
import { DB_KINDS, startApi, type Api } from '../../test/support/harness.js';
import { TimerScheduler } from './timer-scheduler.js';

// One tick of the scheduler on each database, driven by hand: it drains every due timer batch by
// batch, two ticks at once are one run, and it purges expired idempotency keys once an hour.
const T0 = '2026-11-24T02:00:00.000Z';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const BATCH = 3;

describe.each(DB_KINDS)('the timer scheduler on %s', (kind) => {
  let api: Api;
  const clock = new FakeClock(new Date(T0));
  const scheduler = () => api.app.get(TimerScheduler);
  const count = async (sql: string, values: unknown[] = []) =>
    Number((await runSql<{ n: number | string }>(api.dataSource, sql, values))[0]!.n);

  /** A burst pipe: its water-leak ticket starts two time standards due within ten minutes. */
  async function leaks(n: number): Promise<void> {
    const auth = { authorization: `Bearer ${await api.token('frontdesk')}` };
    for (let i = 0; i < n; i++)
      await api.http
        .post('/api/tickets')
        .set(auth)
        .send({ facts: { waterFlowing: true, unit: `3-12${String(i).padStart(2, '0')}` } })
        .expect(201);
  }

  async function key(id: string, createdAt: Date): Promise<void> {
    await runSql(
      api.dataSource,
      'INSERT INTO idempotency_keys (actor_id, key, fingerprint, status_code, body, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
      ['scheduler-test', id, 'f', 200, '{}', createdAt.toISOString()],
    );
  }
  const keys = async () =>
    (
      await runSql<{ key: string }>(
        api.dataSource,
        "SELECT key FROM idempotency_keys WHERE actor_id = 'scheduler-test' ORDER BY key",
      )
    ).map((r) => r.key);

  beforeAll(async () => {
    api = await startApi(kind, { app: { clock, scheduler: { enabled: false, batch: BATCH } } });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('fires every due timer in one tick, batch after batch, and counts them', async () => {
    await leaks(4);
    const pending = "SELECT COUNT(*) AS n FROM timers WHERE status = 'pending' AND due <= $1";
    expect(await count(pending, [clock.iso()])).toBe(0);
    clock.advance(10 * MINUTE);
    const due = await count(pending, [clock.iso()]);
    // More than a batch and not a multiple of one, so only a loop over batches fires them all.
    expect(due).toBeGreaterThan(2 * BATCH);
    expect(due % BATCH).not.toBe(0);
    expect(await scheduler().tick()).toBe(due);
    expect(await count(pending, [clock.iso()])).toBe(0);
    expect(await count('SELECT COUNT(*) AS n FROM timer_firings')).toBe(due);
    expect(await scheduler().tick()).toBe(0);
  });

  it('answers two ticks at once with one run', async () => {
    await leaks(2);
    clock.advance(10 * MINUTE);
    const [a, b] = await Promise.all([scheduler().tick(), scheduler().tick()]);
    expect(a).toBeGreaterThan(0);
    expect(b).toBe(a);
    // A tick after the run ended starts a new one.
    expect(await scheduler().tick()).toBe(0);
  });

  it('purges idempotency keys past their retention, at most once an hour', async () => {
    // Earlier ticks purged at their time; an hour on, the next tick purges again.
    clock.advance(HOUR);
    const now = clock.now().getTime();
    await key('expired', new Date(now - KEY_RETENTION_MS - 1));
    await key('kept', new Date(now - KEY_RETENTION_MS + 2 * HOUR));
    await scheduler().tick();
    expect(await keys()).toEqual(['kept']);
    // Within the hour a tick leaves even an expired key alone.
    clock.advance(HOUR - MINUTE);
    await key('expired-later', new Date(clock.now().getTime() - KEY_RETENTION_MS - MINUTE));
    await scheduler().tick();
    expect(await keys()).toEqual(['expired-later', 'kept']);
    clock.advance(MINUTE);
    await scheduler().tick();
    expect(await keys()).toEqual(['kept']);
  });

  it('polls on its own once started, and starts no tick after shutdown', async () => {
    // The polling loop alone: its collaborators only count what reaches them.
    const own = () => {
      const calls = { fireDue: 0 };
      const scheduler = new TimerScheduler(
        { fireDue: () => (calls.fireDue++, Promise.resolve(0)) } as never,
        { purgeBefore: () => Promise.resolve() } as never,
        { run: (work: (m: unknown) => Promise<unknown>) => work(null) } as never,
        clock,
        { enabled: true, intervalMs: 5, batch: BATCH },
        { error: () => undefined } as never,
      );
      return { scheduler, calls };
    };
    const running = own();
    running.scheduler.onApplicationBootstrap();
    await expect.poll(() => running.calls.fireDue, { timeout: 5_000 }).toBeGreaterThanOrEqual(2);
    await running.scheduler.onApplicationShutdown();
    const after = running.calls.fireDue;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(running.calls.fireDue).toBe(after);

    const stopped = own();
    await stopped.scheduler.onApplicationShutdown();
    stopped.scheduler.onApplicationBootstrap();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped.calls.fireDue).toBe(0);
  });
});
