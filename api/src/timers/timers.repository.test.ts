import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from 'typeorm';
import { isUniqueViolation, runSql } from '../database/sql.js';
import { DB_KINDS, startApi, type Api } from '../../test/support/harness.js';
import { TimersRepository } from './timers.repository.js';
import { timerChanges } from './timer-changes.js';

// The timer statements on their own, on each database: which rows a tick claims, in what order,
// and what settles them. The e2e suites reach these only through whole tickets, where a loose
// comparison (`<` for `<=`) or a missing status filter hides behind the engine's own checks.
const AT = '2026-12-01T08:00:00.000Z';
const minutes = (n: number) => new Date(Date.parse(AT) + n * 60_000).toISOString();

describe.each(DB_KINDS)('the timers repository on %s', (kind) => {
  let api: Api;
  let timers: TimersRepository;
  const tx = <T>(work: (m: EntityManager) => Promise<T>) => api.dataSource.transaction(work);

  /** Starts timers on a fresh ticket id, each `[timerId, due in minutes from AT]`. */
  async function start(...specs: [string, number][]): Promise<string> {
    const ticketId = randomUUID();
    const effects = specs.map(([id, due]) => ({
      kind: 'startTimer' as const,
      timer: { id, stepId: `step-${id}`, kind: 'breach' as const, due: minutes(due) },
    }));
    await tx((m) => timers.apply(m, ticketId, timerChanges(ticketId, effects, AT)));
    return ticketId;
  }

  const statusOf = async (ticketId: string) =>
    Object.fromEntries(
      (
        await runSql<{ timer_id: string; status: string; settled_at: string | null }>(
          api.dataSource,
          'SELECT timer_id, status, settled_at FROM timers WHERE ticket_id = $1 ORDER BY timer_id',
          [ticketId],
        )
      ).map((r) => [r.timer_id, `${r.status}@${r.settled_at ?? '-'}`]),
    );

  beforeAll(async () => {
    api = await startApi(kind, { app: { scheduler: { enabled: false } } });
    timers = api.app.get(TimersRepository);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('starts pending timers with their step, kind and escalation, and cancels only pending ones', async () => {
    const ticketId = await start(['a', 30], ['b', 60], ['c', 90]);
    const rows = await runSql<Record<string, unknown>>(
      api.dataSource,
      'SELECT timer_id, step_id, kind, due, status, escalate_to, created_at FROM timers WHERE ticket_id = $1 ORDER BY timer_id',
      [ticketId],
    );
    expect(rows[0]).toEqual({
      timer_id: 'a',
      step_id: 'step-a',
      kind: 'breach',
      due: minutes(30),
      status: 'pending',
      escalate_to: null,
      created_at: AT,
    });
    await tx((m) =>
      timers.recordFiring(m, { ticketId, timerId: 'b', due: minutes(60) }, minutes(61), 'fired'),
    );
    await tx((m) => timers.apply(m, ticketId, { cancelled: ['a', 'b'], started: [], at: minutes(70) }));
    expect(await statusOf(ticketId)).toEqual({
      a: `cancelled@${minutes(70)}`,
      b: `fired@${minutes(61)}`,
      c: 'pending@-',
    });
  });

  it('claims pending timers due at or before now, by due time, ticket and timer, up to the limit', async () => {
    // Far from the other cases' due times, so their rows are never due here (they are filtered out anyway).
    const base = 10_000;
    const late = await start(['x', base + 5], ['y', base + 1]);
    const early = await start(['z', base + 2], ['w', base + 9]);
    const tie = await start(['b', base + 3], ['a', base + 3]);
    const now = minutes(base + 5);
    const claimed = await tx((m) => timers.claimDue(m, now, 100));
    const name = new Map([
      [late, 'late'],
      [early, 'early'],
      [tie, 'tie'],
    ]);
    const ours = claimed.flatMap((t) =>
      name.has(t.ticketId) ? [`${name.get(t.ticketId)}.${t.timerId}`] : [],
    );
    expect(ours).toEqual(['late.y', 'early.z', 'tie.a', 'tie.b', 'late.x']);
    expect(claimed.find((t) => t.ticketId === late && t.timerId === 'x')?.due).toBe(minutes(base + 5));
    const limited = await tx((m) => timers.claimDue(m, now, 2));
    expect(limited).toEqual(claimed.slice(0, 2));
    expect(await tx((m) => timers.countPendingDue(m, now))).toBe(claimed.length);
  });

  it('leaves settled timers and timers due a millisecond later unclaimed and uncounted', async () => {
    const base = 50_000;
    const ticketId = await start(
      ['due', base],
      ['fired', base],
      ['void', base],
      ['cancelled', base],
      ['later', base + 1],
    );
    await tx(async (m) => {
      await timers.recordFiring(
        m,
        { ticketId, timerId: 'fired', due: minutes(base) },
        minutes(base),
        'fired',
      );
      await timers.recordFiring(m, { ticketId, timerId: 'void', due: minutes(base) }, minutes(base), 'void');
      await timers.apply(m, ticketId, { cancelled: ['cancelled'], started: [], at: minutes(base) });
    });
    const justBefore = new Date(Date.parse(minutes(base + 1)) - 1).toISOString();
    const mine = async (now: string) =>
      (await tx((m) => timers.claimDue(m, now, 1000)))
        .filter((t) => t.ticketId === ticketId)
        .map((t) => t.timerId);
    expect(await mine(justBefore)).toEqual(['due']);
    expect(await mine(minutes(base + 1))).toEqual(['due', 'later']);
    expect(await mine(new Date(Date.parse(minutes(base)) - 1).toISOString())).toEqual([]);
  });

  it('records a firing once: a second firing of the same timer is a unique violation', async () => {
    const ticketId = await start(['once', 5]);
    const timer = { ticketId, timerId: 'once', due: minutes(5) };
    await tx((m) => timers.recordFiring(m, timer, minutes(6), 'fired'));
    const again = await tx((m) => timers.recordFiring(m, timer, minutes(7), 'void')).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isUniqueViolation(again)).toBe(true);
    expect(await statusOf(ticketId)).toEqual({ once: `fired@${minutes(6)}` });
    const firings = await runSql<{ fired_at: string; outcome: string }>(
      api.dataSource,
      'SELECT fired_at, outcome FROM timer_firings WHERE ticket_id = $1',
      [ticketId],
    );
    expect(firings).toEqual([{ fired_at: minutes(6), outcome: 'fired' }]);
  });
});
