import { describe, expect, it } from 'vitest';
import { checkTicket, commandsFromHistory, replayHistory } from './history.js';
import { start, step } from './step.js';
import { repairBlueprint } from './test-support/builders.js';
import { accepted, actor, at, compiledOf, system } from './test-support/drive.js';
import type { Ticket } from './ticket.js';

const c = compiledOf(repairBlueprint());
const classification = {
  rulesetVersion: 3,
  class: 'general',
  priority: 'normal',
  team: 'engineering',
  timeStandards: { dispatch: 'PT10M' },
  decidedBy: ['default'],
};

/** An audit entry as the API writes it, hashes and all. */
function entry(seq: number, fields: Record<string, unknown>): Record<string, unknown> {
  return {
    seq,
    at: at(seq),
    ticketId: 't-1',
    actorId: 'fd-1',
    actorRole: 'frontdesk',
    command: 'ticket.event',
    eventType: null,
    data: null,
    fromState: null,
    toState: null,
    blueprintKey: 'repair',
    blueprintVersion: 1,
    outcome: 'accepted',
    code: null,
    trace: null,
    requestId: `req-${seq}`,
    prevHash: 'a'.repeat(64),
    hash: 'b'.repeat(64),
    ...fields,
  };
}

/**
 * A ticket worked live the way the API works it (intake with classification, an event refused on
 * the way, a breach timer fired by the scheduler), with the history it leaves.
 */
function live(): { ticket: Ticket; history: Record<string, unknown>[] } {
  const facts = { unit: '3-1201' };
  let ticket = accepted(
    start(c, facts, actor('frontdesk'), at(1), { team: 'engineering', timeStandards: { dispatch: 'PT10M' } }),
  ).ticket;
  const history = [
    entry(1, {
      command: 'ticket.create',
      eventType: 'INTAKE',
      data: facts,
      toState: ticket.state,
      trace: { classification, flows: [], effects: [] },
    }),
  ];
  ticket = accepted(
    step(c, ticket, { type: 'RECORDED', data: { location: 'lobby' } }, actor('frontdesk'), at(2)),
  ).ticket;
  history.push(
    entry(2, {
      eventType: 'RECORDED',
      data: { location: 'lobby' },
      fromState: 'record',
      toState: ticket.state,
    }),
  );
  history.push(
    entry(3, {
      eventType: 'RESOLVED',
      actorId: 'engineer-1',
      actorRole: 'engineer',
      fromState: 'dispatch',
      outcome: 'refused',
      code: 'event_not_allowed',
      trace: { state: 'dispatch' },
    }),
  );
  const breach = ticket.timers.find((t) => t.kind === 'breach')!;
  ticket = accepted(
    step(c, ticket, { type: 'TIMER_DUE', data: { timerId: breach.id } }, system, breach.due),
  ).ticket;
  history.push(
    entry(4, {
      at: breach.due,
      command: 'ticket.timer',
      eventType: 'TIMER_DUE',
      data: { timerId: breach.id },
      actorId: 'scheduler',
      actorRole: 'system',
      fromState: 'dispatch',
      toState: ticket.state,
    }),
  );
  ticket = accepted(step(c, ticket, { type: 'DISPATCHED' }, actor('dispatcher'), at(20))).ticket;
  history.push(
    entry(5, {
      at: at(20),
      eventType: 'DISPATCHED',
      actorId: 'dispatcher-1',
      actorRole: 'dispatcher',
      fromState: 'dispatch',
      toState: ticket.state,
    }),
  );
  return { ticket, history };
}

describe('commandsFromHistory', () => {
  it('turns the intake into a start with its classification and accepted entries into events, leaving refused ones out', () => {
    const read = commandsFromHistory(live().history);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.refused).toBe(1);
    expect(read.sources.map((s) => s.seq)).toEqual([1, 2, 4, 5]);
    expect(read.commands[0]).toEqual({
      kind: 'start',
      facts: { unit: '3-1201' },
      actor: { id: 'fd-1', role: 'frontdesk' },
      at: at(1),
      options: { team: 'engineering', timeStandards: { dispatch: 'PT10M' } },
    });
    expect(read.commands[1]).toEqual({
      kind: 'event',
      event: { type: 'RECORDED', data: { location: 'lobby' } },
      actor: { id: 'fd-1', role: 'frontdesk' },
      at: at(2),
    });
    expect(read.commands[2]).toMatchObject({
      kind: 'event',
      event: { type: 'TIMER_DUE' },
      actor: { id: 'scheduler', role: 'system' },
    });
    expect(read.commands[3]).toEqual({
      kind: 'event',
      event: { type: 'DISPATCHED' },
      actor: { id: 'dispatcher-1', role: 'dispatcher' },
      at: at(20),
    });
  });

  it('leaves out a team that classification did not give, and options it did not record', () => {
    const noTeam = commandsFromHistory([
      entry(1, {
        eventType: 'INTAKE',
        data: {},
        trace: { classification: { ...classification, team: null } },
      }),
    ]);
    expect(noTeam.ok && noTeam.commands[0]).toMatchObject({
      options: { timeStandards: { dispatch: 'PT10M' } },
    });
    expect(noTeam.ok && noTeam.commands[0]).not.toHaveProperty('options.team');
    const bare = commandsFromHistory([entry(1, { eventType: 'INTAKE', data: {} })]);
    expect(bare.ok && bare.commands[0]).not.toHaveProperty('options');
  });

  it('reads a seq a database driver returned as a string of digits', () => {
    const read = commandsFromHistory([entry(1, { seq: '12', eventType: 'INTAKE', data: {} })]);
    expect(read.ok && read.sources[0]!.seq).toBe(12);
  });

  it('orders entries by seq and skips accepted entries that sent no event', () => {
    const { history } = live();
    const read = commandsFromHistory([
      history[2],
      history[0],
      entry(6, { command: 'ticket.note' }),
      history[1],
    ]);
    expect(read.ok && read.sources.map((s) => s.seq)).toEqual([1, 2]);
  });

  it('returns every problem of untrusted input instead of throwing', () => {
    expect(commandsFromHistory({ entries: [] })).toMatchObject({
      ok: false,
      issues: [{ code: 'history.invalid', path: [] }],
    });
    expect(commandsFromHistory({ length: { toString: false } }).ok).toBe(false);
    const read = commandsFromHistory([
      entry(1, { at: 'yesterday' }),
      entry(2, { outcome: 'maybe' }),
      null,
      entry(4, { actorId: '' }),
    ]);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.issues.map((i) => i.path)).toEqual([
      [0, 'at'],
      [1, 'outcome'],
      [2],
      [3, 'actorId'],
    ]);
  });

  it('refuses duplicate seqs, entries of several tickets and an intake without facts', () => {
    const read = commandsFromHistory([
      entry(1, { eventType: 'INTAKE' }),
      entry(1, { outcome: 'refused' }),
      entry(2, { ticketId: 't-2' }),
    ]);
    expect(!read.ok && read.issues.map((i) => [i.code, i.path])).toEqual([
      ['history.invalid', [0, 'data']],
      ['history.duplicate_seq', [1, 'seq']],
      ['history.several_tickets', []],
    ]);
  });
});

describe('replayHistory', () => {
  it('lands on the live ticket, with the ticket after every accepted entry', () => {
    const { ticket, history } = live();
    const replayed = replayHistory(c, history);
    expect(replayed.ok && replayed.ticket).toEqual(ticket);
    expect(replayed.ok && replayed.trail.map((t) => t.state)).toEqual([
      'record',
      'dispatch',
      'dispatch',
      'fix',
    ]);
  });

  it('names the entry that does not replay', () => {
    const { history } = live();
    const replayed = replayHistory(c, [...history.slice(0, 2), entry(3, { eventType: 'CALLBACK_DONE' })]);
    expect(replayed).toMatchObject({
      ok: false,
      reason: 'replay_refused',
      index: 2,
      seq: 3,
      rejection: { code: 'event_not_allowed' },
    });
  });

  it('reports an unreadable history before replaying anything', () => {
    expect(replayHistory(c, 'not a history')).toMatchObject({ ok: false, reason: 'history_invalid' });
  });
});

describe('checkTicket', () => {
  it('accepts the stored ticket its history produces, whatever its key order', () => {
    const { ticket, history } = live();
    const reordered = Object.fromEntries(Object.entries(ticket).reverse());
    expect(checkTicket(c, history, reordered)).toMatchObject({ ok: true });
  });

  it('names the first field where the stored ticket differs', () => {
    const { ticket, history } = live();
    expect(checkTicket(c, history, { ...ticket, state: 'callback' })).toMatchObject({
      ok: false,
      reason: 'ticket_differs',
      field: 'state',
    });
    const moved = { ...ticket, escalations: ticket.escalations.map((e) => ({ ...e, at: at(99) })) };
    expect(checkTicket(c, history, moved)).toMatchObject({ ok: false, field: 'escalations[0].at' });
    expect(checkTicket(c, history, { ...ticket, note: 'added' })).toMatchObject({ ok: false, field: 'note' });
    expect(checkTicket(c, history, null)).toMatchObject({ ok: false, field: '(ticket)' });
  });

  it('notices when the classification recorded at intake was altered', () => {
    const { ticket, history } = live();
    const altered = history.map((e, i) =>
      i === 0 ? { ...e, trace: { classification: { ...classification, timeStandards: {} } } } : e,
    );
    expect(checkTicket(c, altered, ticket).ok).toBe(false);
  });

  it('names the entry whose recorded state the replay does not reach', () => {
    const { ticket, history } = live();
    const to = history.map((e, i) => (i === 1 ? { ...e, toState: 'fix' } : e));
    expect(checkTicket(c, to, ticket)).toMatchObject({
      ok: false,
      reason: 'state_differs',
      index: 1,
      seq: 2,
      field: 'toState',
      recorded: 'fix',
      replayed: 'dispatch',
    });
    const from = history.map((e, i) => (i === 4 ? { ...e, fromState: 'record' } : e));
    expect(checkTicket(c, from, ticket)).toMatchObject({
      ok: false,
      reason: 'state_differs',
      seq: 5,
      field: 'fromState',
    });
  });

  it('passes on a refusal and an unreadable history with their reasons', () => {
    const { ticket, history } = live();
    const refused = checkTicket(
      c,
      [...history, entry(9, { eventType: 'DISPATCHED', actorRole: 'dispatcher' })],
      ticket,
    );
    expect(refused).toMatchObject({
      ok: false,
      reason: 'replay_refused',
      seq: 9,
      rejection: { code: 'event_not_allowed' },
    });
    expect(!refused.ok && refused.message.en).toContain('Entry 9');
    expect(checkTicket(c, [], ticket)).toMatchObject({
      ok: false,
      reason: 'replay_refused',
      index: 0,
      seq: null,
    });
    expect(checkTicket(c, [{}], ticket)).toMatchObject({ ok: false, reason: 'history_invalid' });
  });
});
