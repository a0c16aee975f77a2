// Durable time standards in fake time: 1,000 water-leak emergencies (warning at 2.5 min, breach at
// 5 min), opened in waves while the clock moves, the app restarted between ticks and once in the
// middle of a tick. Every warning and every breach must fire exactly once, at the first tick at or
// after its due time: never early, never twice, never lost.
import { afterEach, describe, expect, it } from 'vitest';
import { DB_KINDS, freshDb, type FreshDb } from './support/db.js';
import { FakeClock, startInProcess, type InProcessApi } from './support/inproc.js';
import { replayEveryTicket, verifyChain, type AuditorGet } from './support/replay-check.js';

const T0 = Date.parse('2026-11-24T02:00:00.000Z');
const TICKETS = 1_000;
const WAVES = 4;
const WAVE_GAP_MS = 70_000;
const STEP_MS = 41_000;
const END = T0 + 14 * 60_000;

interface Due {
  ticketId: string;
  timerId: string;
  kind: string;
  due: string;
}

describe.each(DB_KINDS)('durable time standards across restarts on %s', (kind) => {
  let db: FreshDb | undefined;
  let api: InProcessApi | undefined;

  afterEach(async () => {
    await api?.close();
    await db?.drop();
  });

  it('fires every warning and breach of 1,000 emergencies exactly once, never early and never lost', async () => {
    db = await freshDb(kind);
    const clock = new FakeClock(T0);
    const a = (api = await startInProcess(db, clock));
    const timers = new Map<string, Due>();
    const tickTimes: string[] = [];
    const problems: string[] = [];
    let interruptedTickErrors = 0;
    let interruptedTickClaims = 0;

    const openWave = async (wave: number, count: number) => {
      for (let i = 0; i < count; i += 25) {
        const batch = Array.from({ length: Math.min(25, count - i) }, (_, j) => i + j);
        const created = await Promise.all(
          batch.map((n) =>
            a.request('POST', '/api/tickets', {
              user: 'frontdesk',
              body: { facts: { waterFlowing: true, unit: `${wave}-${n}` } },
            }),
          ),
        );
        for (const res of created) {
          if (res.status !== 201) throw new Error(`intake: ${res.status} ${JSON.stringify(res.body)}`);
          for (const t of res.body.timers as { id: string; kind: string; due: string }[])
            timers.set(`${res.body.id}|${t.id}`, {
              ticketId: res.body.id,
              timerId: t.id,
              kind: t.kind,
              due: t.due,
            });
        }
      }
    };
    /** After a tick at `now`: nothing due may still be pending, and no firing may precede its due time. */
    const checkAfterTick = async () => {
      const now = clock.iso();
      const [late] = await db!.query<{ n: number | string }>(
        "SELECT COUNT(*) AS n FROM timers WHERE status = 'pending' AND due <= $1",
        [now],
      );
      if (Number(late!.n) > 0) problems.push(`${late!.n} timers due by ${now} still pending after the tick`);
      const early = await db!.query<{ ticket_id: string; timer_id: string; fired_at: string; due: string }>(
        'SELECT f.ticket_id, f.timer_id, f.fired_at, t.due FROM timer_firings f JOIN timers t ON t.ticket_id = f.ticket_id AND t.timer_id = f.timer_id WHERE f.fired_at < t.due',
      );
      for (const e of early)
        problems.push(`${e.ticket_id}/${e.timer_id} fired at ${e.fired_at}, due ${e.due}`);
    };
    const tick = async () => {
      tickTimes.push(clock.iso());
      await a.tick();
      await checkAfterTick();
    };

    for (let wave = 0; wave < WAVES; wave++) {
      await openWave(wave, TICKETS / WAVES);
      clock.advance(WAVE_GAP_MS);
      if (wave % 2 === 1) await a.restart();
      await tick();
    }
    for (let step = 1; clock.now().getTime() < END; step++) {
      clock.advance(STEP_MS);
      if (step % 3 === 0) await a.restart();
      if (step === 2 || step === 7) {
        // Shut down while a tick is claiming and firing (as SIGTERM would): whatever it committed stays, the rest fires on the next tick.
        tickTimes.push(clock.iso());
        const running = a.tick().catch(() => {
          interruptedTickErrors++;
          return 0;
        });
        await a.restart();
        interruptedTickClaims += await running;
      }
      await tick();
    }

    // Exactly once, at the first tick at or after its due time.
    expect(timers.size).toBe(TICKETS * 2);
    const firings = await db.query<{
      ticket_id: string;
      timer_id: string;
      fired_at: string;
      outcome: string;
    }>('SELECT ticket_id, timer_id, fired_at, outcome FROM timer_firings');
    const fired = new Map<string, number>();
    for (const f of firings) {
      const id = `${f.ticket_id}|${f.timer_id}`;
      fired.set(id, (fired.get(id) ?? 0) + 1);
      const timer = timers.get(id);
      if (!timer) problems.push(`firing of an unknown timer ${id}`);
      else if (f.outcome !== 'fired') problems.push(`${id} settled as ${f.outcome}`);
      else if (f.fired_at !== tickTimes.find((t) => t >= timer.due))
        problems.push(
          `${id} (${timer.kind}) due ${timer.due} fired at ${f.fired_at}, first tick after due was ${tickTimes.find((t) => t >= timer.due)}`,
        );
    }
    const lost = [...timers.keys()].filter((id) => !fired.has(id));
    const twice = [...fired].filter(([, n]) => n > 1);

    // The audit log: two accepted TIMER_DUE entries per ticket, one per timer, none before its due time.
    const entries = await db.query<{ ticket_id: string; data: string; at: string; outcome: string }>(
      "SELECT ticket_id, data, at, outcome FROM audit_entries WHERE event_type = 'TIMER_DUE'",
    );
    const audited = new Map<string, number>();
    for (const e of entries) {
      const id = `${e.ticket_id}|${(JSON.parse(e.data) as { timerId: string }).timerId}`;
      audited.set(id, (audited.get(id) ?? 0) + 1);
      if (e.outcome !== 'accepted') problems.push(`TIMER_DUE for ${id} ${e.outcome}`);
      if (e.at < (timers.get(id)?.due ?? ''))
        problems.push(`TIMER_DUE for ${id} audited at ${e.at}, before its due time`);
    }
    const perTicket = new Map<string, number>();
    for (const e of entries) perTicket.set(e.ticket_id, (perTicket.get(e.ticket_id) ?? 0) + 1);
    const wrongTickets = [...perTicket].filter(([, n]) => n !== 2);

    const auditor: AuditorGet = (path) => a.request('GET', path, { user: 'auditor' });
    const chain = await verifyChain(auditor);
    const replayed = await replayEveryTicket(db, auditor);
    const rows = await db.query<{ version: number | string; overdue: unknown }>(
      'SELECT version, overdue FROM tickets',
    );
    console.log(
      `[timers ${kind}] tickets=${rows.length} timers=${timers.size} firings=${firings.length} auditedTimerDue=${entries.length} lost=${lost.length} twice=${twice.length} ` +
        `problems=${problems.length} ticks=${tickTimes.length} restarts=${a.restarts} interruptedTick=${interruptedTickClaims} claimed/${interruptedTickErrors} errors replayFailures=${replayed.failures.length} chain=${chain.ok}`,
    );
    expect(problems.slice(0, 20)).toEqual([]);
    expect(interruptedTickErrors).toBe(0);
    expect(lost).toEqual([]);
    expect(twice).toEqual([]);
    expect(firings).toHaveLength(TICKETS * 2);
    expect(entries).toHaveLength(TICKETS * 2);
    expect(audited.size).toBe(TICKETS * 2);
    expect(perTicket.size).toBe(TICKETS);
    expect(wrongTickets).toEqual([]);
    expect(rows.every((r) => Number(r.version) === 3 && (r.overdue === true || r.overdue === 1))).toBe(true);
    expect(replayed.failures).toEqual([]);
    expect(chain).toMatchObject({ ok: true });
  }, 240_000);
});
