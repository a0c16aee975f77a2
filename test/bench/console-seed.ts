// Fills a SQLite database, already migrated and seeded by the API, with a year of service: tickets
// driven through the shipped blueprints by the engine itself, and their hash-chained audit log,
// written with the same columns and hashes the API writes. For the console and audit benchmarks.
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import {
  compile,
  scenarioFor,
  start,
  step,
  TICKET_COMMAND,
  TIMER_DUE,
  verify,
  type CompiledBlueprint,
  type Scenario,
  type Ticket,
} from '@frontstage/engine';
import { columnsOf, entryHash, GENESIS_HASH } from '@frontstage/api';

export interface SeedFigures {
  tickets: number;
  entries: number;
  seconds: number;
}

interface Route {
  key: string;
  version: number;
  hash: string;
  class: string;
  compiled: CompiledBlueprint;
  scenarios: Scenario[];
}

/** Who fires due time standards in the API (its scheduler). */
const SCHEDULER = { id: 'scheduler', role: 'system' };

/** A small deterministic generator, so two runs seed the same data. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function routes(db: Database.Database): Route[] {
  const rows = db.prepare('SELECT key, version, hash, body FROM blueprint_versions').all() as {
    key: string;
    version: number;
    hash: string;
    body: string;
  }[];
  return rows.flatMap((r) => {
    const compiled = compile(JSON.parse(r.body));
    if (!compiled.ok) return [];
    const scenarios = verify(compiled, { maxPaths: 40 })
      .paths.map((p) => scenarioFor(compiled, p))
      .filter((s): s is Scenario => s.ok);
    return scenarios.length
      ? [
          {
            key: r.key,
            version: r.version,
            hash: r.hash,
            class: compiled.blueprint.class,
            compiled,
            scenarios,
          },
        ]
      : [];
  });
}

/** Seeds `tickets` tickets over the year before `end`; about ten audit entries each. */
export function seedLargeDatabase(file: string, tickets: number, end: Date): SeedFigures {
  const began = performance.now();
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF'); // a bulk load for a benchmark: durability is not what is measured
  const next = random(42);
  const available = routes(db);
  const head = db.prepare('SELECT seq, hash FROM audit_head WHERE id = 1').get() as {
    seq: number;
    hash: string;
  };
  // The tickets belong to the site of the console's user, so the console lists them.
  const site = (
    db
      .prepare(
        "SELECT us.site_id AS id FROM user_sites us JOIN users u ON u.id = us.user_id WHERE u.username = 'frontdesk'",
      )
      .get() as { id: string } | undefined
  )?.id;
  if (!site) throw new Error('the frontdesk demo user works at no site: seed the database first');
  let seq = head.seq;
  let prev = head.hash || GENESIS_HASH;
  const insertTicket = db.prepare(
    `INSERT INTO tickets (id, blueprint_key, blueprint_version, blueprint_hash, class, priority, team, state, status, assigned_roles, escalated_to, urgency_rank, next_breach, overdue, at_risk, snapshot, classification, version, created_at, updated_at, created_by, site_id)
     VALUES (@id, @blueprintKey, @blueprintVersion, @blueprintHash, @class, @priority, @team, @state, @status, @assignedRoles, @escalatedTo, @urgencyRank, @nextBreach, @overdue, @atRisk, @snapshot, @classification, @version, @createdAt, @updatedAt, @createdBy, @siteId)`,
  );
  const insertEntry = db.prepare(
    `INSERT INTO audit_entries (seq, at, ticket_id, actor_id, actor_role, command, event_type, data, from_state, to_state, blueprint_key, blueprint_version, outcome, code, trace, request_id, prev_hash, hash)
     VALUES (@seq, @at, @ticketId, @actorId, @actorRole, @command, @eventType, @data, @fromState, @toState, @blueprintKey, @blueprintVersion, @outcome, @code, @trace, @requestId, @prevHash, @hash)`,
  );
  const append = (content: Record<string, unknown>) => {
    seq += 1;
    const row = {
      ...content,
      seq,
      requestId: null,
      code: (content.code as string | undefined) ?? null,
    } as Parameters<typeof entryHash>[1];
    const hash = entryHash(prev, row);
    insertEntry.run({
      ...row,
      data: row.data ? JSON.stringify(row.data) : null,
      trace: row.trace ? JSON.stringify(row.trace) : null,
      prevHash: prev,
      hash,
    });
    prev = hash;
  };
  const year = 365 * 86_400_000;
  // Tickets are written in time order, so the log's seq and its times rise together as they would live.
  const starts = Array.from({ length: tickets }, () => end.getTime() - year * next()).sort((a, b) => a - b);
  let entries = 0;
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const route = available[Math.floor(next() * available.length)]!;
      const scenario = route.scenarios[Math.floor(next() * route.scenarios.length)]!;
      // A fifth of the tickets are still open, somewhere along their path.
      const length = next() < 0.2 ? Math.floor(next() * scenario.events.length) : scenario.events.length;
      let at = starts[i]!;
      const iso = () => new Date(at).toISOString();
      const id = randomUUID();
      const base = { ticketId: id, blueprintKey: route.key, blueprintVersion: route.version };
      const opened = start(route.compiled, scenario.facts, { id: 'frontdesk', role: 'frontdesk' }, iso());
      if (!opened.ok) continue;
      let ticket: Ticket = opened.ticket;
      append({
        ...base,
        at: iso(),
        actorId: 'frontdesk',
        actorRole: 'frontdesk',
        command: 'ticket.create',
        eventType: 'INTAKE',
        data: scenario.facts,
        fromState: null,
        toState: ticket.state,
        outcome: 'accepted',
        trace: { classification: { class: route.class, team: null, timeStandards: {} }, flows: opened.flows },
      });
      entries += 1;
      let version = 1;
      for (const event of scenario.events.slice(0, length)) {
        at += Math.floor(5 * 60_000 + next() * 8 * 3_600_000);
        if (next() < 0.05) {
          append({
            ...base,
            at: iso(),
            actorId: 'engineer',
            actorRole: 'engineer',
            command: 'ticket.event',
            eventType: event.type,
            data: null,
            fromState: ticket.state,
            toState: null,
            outcome: 'refused',
            code: 'role_not_allowed',
            trace: null,
          });
          entries += 1;
        }
        // Staff leave notes on about half the steps (a phone call, a part ordered): the log's bulk.
        if (next() < 0.5) {
          append({
            ...base,
            at: iso(),
            actorId: event.role,
            actorRole: event.role,
            command: 'ticket.comment',
            eventType: null,
            data: { body: '已联系业主，约定上门时间' },
            fromState: ticket.state,
            toState: ticket.state,
            outcome: 'accepted',
            trace: null,
          });
          entries += 1;
        }
        const moved = step(
          route.compiled,
          ticket,
          { type: event.type, ...(event.data ? { data: event.data } : {}) },
          { id: event.role, role: event.role },
          iso(),
        );
        if (!moved.ok) break;
        append({
          ...base,
          at: iso(),
          actorId: event.role,
          actorRole: event.role,
          command: 'ticket.event',
          eventType: event.type,
          data: event.data ?? null,
          fromState: ticket.state,
          toState: moved.ticket.state,
          outcome: 'accepted',
          trace: { flows: moved.flows },
        });
        entries += 1;
        ticket = moved.ticket;
        version += 1;
      }
      // An open ticket's clocks keep running after its last event: each one due before `end` fires
      // as the API's scheduler fires it (a TIMER_DUE command, audited), so tickets left at a step
      // past their time standard are at risk or overdue, as they would be live (and the overdue
      // queue has rows to find). Closed tickets are left as their scenarios drove them.
      for (let fired = 0; ticket.status !== 'closed' && fired < 10; fired++) {
        const timer = ticket.timers
          .filter((t) => Date.parse(t.due) < end.getTime())
          .sort((a, b) => Date.parse(a.due) - Date.parse(b.due))[0];
        if (!timer) break;
        at = Math.max(at, Date.parse(timer.due));
        const data = { timerId: timer.id };
        const due = step(route.compiled, ticket, { type: TIMER_DUE, data }, SCHEDULER, iso());
        if (!due.ok) break;
        append({
          ...base,
          at: iso(),
          actorId: SCHEDULER.id,
          actorRole: SCHEDULER.role,
          command: TICKET_COMMAND.timer,
          eventType: TIMER_DUE,
          data,
          fromState: ticket.state,
          toState: due.ticket.state,
          outcome: 'accepted',
          trace: { flows: due.flows, effects: due.effects.map((e) => e.kind) },
        });
        entries += 1;
        ticket = due.ticket;
        version += 1;
      }
      const columns = columnsOf(ticket);
      insertTicket.run({
        id,
        blueprintKey: route.key,
        blueprintVersion: route.version,
        blueprintHash: route.hash,
        class: route.class,
        priority: route.class === 'emergency' ? 'urgent' : 'normal',
        urgencyRank: route.class === 'emergency' ? 0 : route.class === 'special' ? 1 : 2,
        ...columns,
        team: columns.team ?? 'customer_service',
        overdue: columns.overdue ? 1 : 0,
        atRisk: columns.atRisk ? 1 : 0,
        snapshot: JSON.stringify(ticket),
        classification: JSON.stringify({ class: route.class }),
        version,
        createdAt: new Date(starts[i]!).toISOString(),
        createdBy: 'frontdesk',
        siteId: site,
      });
    }
  });
  for (let i = 0; i < tickets; i += 5000) batch(i, Math.min(tickets, i + 5000));
  db.prepare('UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1').run(seq, prev);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { tickets, entries, seconds: (performance.now() - began) / 1000 };
}
