import { describe, expect, it } from 'vitest';
import type { Calendar } from './calendar.js';
import type { Blueprint } from './schema/blueprint.js';
import { step } from './step.js';
import { accepted, actor, at, compiledOf, run, system } from './test-support/drive.js';
import { flow, repairBlueprint, task } from './test-support/builders.js';
import { TIMER_DUE, type Ticket } from './ticket.js';

const repair = compiledOf(repairBlueprint());
const recorded = (options = {}) => run(repair, [['RECORDED', 'frontdesk', { location: 'lobby' }]], options);
const fire = (c = repair, ticket: Ticket, timerId: string, when: string) =>
  step(c, ticket, { type: TIMER_DUE, data: { timerId } }, system, when);

/** Dispatch breaches into a supervisor's step through its own breach event. */
const escalating = (): Blueprint => {
  const b = repairBlueprint();
  b.steps.push(task('supervise', 'backstage', ['supervisor']));
  b.steps[2]!.timeStandard = {
    duration: 'PT30M',
    warnAt: [0.8, 0.5, 0.5],
    onBreach: { escalateTo: 'supervisor', event: 'OVERDUE' },
  };
  b.flows.push(
    flow('dispatch', 'supervise', 'OVERDUE', { roles: ['system'] }),
    flow('supervise', 'fix', 'DISPATCHED'),
  );
  return b;
};

describe('timers', () => {
  it('starts sorted, de-duplicated warnings before the breach, with the escalation role', () => {
    const c = compiledOf(escalating());
    const timers = run(c, [['RECORDED', 'frontdesk', { location: 'lobby' }]]).timers;
    expect(timers.map((x) => [x.kind, x.fraction ?? null, x.due, x.escalateTo ?? null])).toEqual([
      ['warning', 0.5, at(16), null],
      ['warning', 0.8, at(25), null],
      ['breach', null, at(31), 'supervisor'],
    ]);
    expect(new Set(timers.map((x) => x.id)).size).toBe(3);
  });

  it('warns the owner when a warning falls due and puts the ticket at risk', () => {
    const ticket = recorded();
    const warning = ticket.timers[0]!;
    const result = accepted(fire(repair, ticket, warning.id, warning.due));
    expect(result.ticket).toMatchObject({ state: 'dispatch', atRisk: true, overdue: false });
    expect(result.ticket.timers.map((x) => x.kind)).toEqual(['breach']);
    expect(result.ticket.escalations).toEqual([
      { timerId: warning.id, stepId: 'dispatch', kind: 'warning', to: 'dispatcher', at: warning.due },
    ]);
    expect(result.effects).toEqual([
      expect.objectContaining({ kind: 'notify', to: 'dispatcher', reason: 'warning' }),
    ]);
  });

  it('escalates a breach to its role and marks the ticket overdue', () => {
    const ticket = recorded();
    const breach = ticket.timers[1]!;
    const result = accepted(fire(repair, ticket, breach.id, at(45)));
    expect(result.ticket).toMatchObject({
      state: 'dispatch',
      atRisk: true,
      overdue: true,
      timers: [ticket.timers[0]],
    });
    expect(result.effects.map((e) => [e.kind, 'to' in e ? e.to : null])).toEqual([
      ['notify', 'supervisor'],
      ['escalate', 'supervisor'],
    ]);
  });

  it('escalates a breach with no escalation role to the owner of the step', () => {
    const ticket = run(repair, [
      ['RECORDED', 'frontdesk', { location: 'lobby' }],
      ['DISPATCHED', 'dispatcher'],
      ['RESOLVED', 'engineer'],
    ]);
    const breach = ticket.timers[0]!;
    expect(breach).toMatchObject({ stepId: 'callback', kind: 'breach' });
    expect(breach).not.toHaveProperty('escalateTo');
    const result = accepted(fire(repair, ticket, breach.id, breach.due));
    expect(result.ticket.escalations[0]).toMatchObject({ kind: 'breach', to: 'frontdesk' });
    expect(result.effects).toContainEqual({
      kind: 'escalate',
      stepId: 'callback',
      to: 'frontdesk',
      timerId: breach.id,
    });
  });

  it('stays put when the breach event finds no branch that holds', () => {
    const b = escalating();
    b.flows.find((f) => f.event === 'OVERDUE')!.condition = {
      all: [{ fact: 'vip', operator: 'equal', value: true }],
    };
    const c = compiledOf(b);
    const ticket = run(c, [['RECORDED', 'frontdesk', { location: 'lobby' }]]);
    const breach = ticket.timers.find((x) => x.kind === 'breach')!;
    const result = accepted(fire(c, ticket, breach.id, breach.due));
    expect(result.ticket).toMatchObject({ state: 'dispatch', overdue: true });
    expect(result.flows).toEqual([]);
  });

  it('moves the ticket by the breach event and starts the next step afresh', () => {
    const c = compiledOf(escalating());
    const ticket = run(c, [['RECORDED', 'frontdesk', { location: 'lobby' }]]);
    const breach = ticket.timers.find((x) => x.kind === 'breach')!;
    const result = accepted(fire(c, ticket, breach.id, breach.due));
    expect(result.ticket).toMatchObject({ state: 'supervise', overdue: false, atRisk: false, timers: [] });
    expect(result.flows).toEqual(['dispatch-supervise-overdue']);
    expect(result.effects.map((e) => e.kind)).toEqual([
      'notify',
      'escalate',
      'cancelTimer',
      'cancelTimer',
      'assign',
    ]);
    expect(result.ticket.escalations).toHaveLength(1);
    expect(result.ticket.seq).toBe(ticket.seq + 1);
  });

  it('refuses a timer left behind by a step the ticket has moved on from', () => {
    const ticket = recorded();
    const stale = ticket.timers[0]!;
    const moved = accepted(step(repair, ticket, { type: 'DISPATCHED' }, actor('dispatcher'), at(3)));
    expect(moved.effects).toEqual(
      expect.arrayContaining(ticket.timers.map((x) => ({ kind: 'cancelTimer', timerId: x.id }))),
    );
    const result = fire(repair, moved.ticket, stale.id, at(60));
    expect(!result.ok && result.rejection.code).toBe('timer_not_active');
  });

  it('refuses a timer before it is due, even by a millisecond', () => {
    const ticket = recorded();
    const due = ticket.timers[0]!.due;
    const early = new Date(Date.parse(due) - 1).toISOString();
    expect(!fire(repair, ticket, ticket.timers[0]!.id, early).ok && 'refused').toBe('refused');
    expect(fire(repair, ticket, ticket.timers[0]!.id, due).ok).toBe(true);
  });

  it('gives each visit to a step its own timer ids', () => {
    const ticket = run(repair, [
      ['RECORDED', 'frontdesk', { location: 'lobby' }],
      ['DISPATCHED', 'dispatcher'],
      ['RESOLVED', 'engineer'],
      ['CALLBACK_DONE', 'frontdesk', { satisfaction: 1 }],
    ]);
    expect(ticket.state).toBe('dispatch');
    expect(ticket.timers.map((x) => x.id)).toEqual(['dispatch#4:warn:0.5', 'dispatch#4:breach']);
  });
});

describe('time-standard overrides', () => {
  it('replaces the blueprint duration for this ticket, keeping the warnings', () => {
    const ticket = recorded({ timeStandards: { dispatch: 'PT10M' } });
    expect(ticket.timers.map((x) => x.due)).toEqual([at(6), at(11)]);
    expect(ticket.timeStandards).toEqual({ dispatch: 'PT10M' });
  });

  it('gives a clock to a step the blueprint left untimed', () => {
    const ticket = run(repair, [], { timeStandards: { record: 'PT5M' } });
    expect(ticket.timers).toEqual([
      expect.objectContaining({ stepId: 'record', kind: 'breach', due: at(5) }),
    ]);
  });

  it('carries the team into every assignment', () => {
    const ticket = recorded({ team: 'engineering' });
    expect(ticket.assignment).toEqual({ stepId: 'dispatch', roles: ['dispatcher'], team: 'engineering' });
  });
});

describe('business clock', () => {
  // Beijing office hours, Monday to Friday; 2026-11-23 is a Monday.
  const calendar: Calendar = {
    utcOffsetMinutes: 480,
    workdays: [1, 2, 3, 4, 5],
    opens: '09:00',
    closes: '18:00',
  };
  const businessRepair = () => {
    const b = repairBlueprint();
    b.steps[2]!.timeStandard = { duration: 'PT2H', clock: 'business' };
    return compiledOf(b);
  };

  it('counts working hours only when the site calendar is given', () => {
    const c = businessRepair();
    // Recorded at 16:01 in Beijing: 1 h 59 min run today, the last minute at 09:00 the next morning.
    const withCalendar = run(c, [['RECORDED', 'frontdesk', { location: 'lobby' }]], { calendar });
    expect(withCalendar.timers[0]!.due).toBe('2026-11-24T01:01:00.000Z');
    const wall = run(c, [['RECORDED', 'frontdesk', { location: 'lobby' }]]);
    expect(wall.timers[0]!.due).toBe(at(121));
  });
});

describe('a flow back to its own step', () => {
  /** The callback can be booked for a later time: RESCHEDULED loops back to the callback itself. */
  const rebooking = (): Blueprint => {
    const b = repairBlueprint();
    // The satisfaction form belongs to the answered callback, not to booking a later one.
    const callback = b.steps.find((s) => s.id === 'callback')!;
    const done = b.flows.find((f) => f.event === 'CALLBACK_DONE')!;
    done.requiredData = callback.requiredData!;
    delete callback.requiredData;
    b.flows.push(flow('callback', 'callback', 'RESCHEDULED'));
    return b;
  };

  it('is a new visit: the step is entered again and its time standard starts afresh', () => {
    const c = compiledOf(rebooking());
    const atCallback = run(c, [
      ['RECORDED', 'frontdesk', { location: 'lobby' }],
      ['DISPATCHED', 'dispatcher'],
      ['RESOLVED', 'engineer'],
    ]);
    const before = atCallback.timers.map((x) => x.id);
    expect(before).toHaveLength(1);
    const later = '2026-01-06T09:00:00.000Z';
    const rebooked = accepted(step(c, atCallback, { type: 'RESCHEDULED' }, actor('frontdesk'), later));
    expect(rebooked.ticket.state).toBe('callback');
    expect(rebooked.ticket.path.slice(-2)).toEqual(['callback', 'callback']);
    expect(
      rebooked.effects.filter((e) => e.kind === 'cancelTimer').map((e) => (e as { timerId: string }).timerId),
    ).toEqual(before);
    expect(rebooked.ticket.timers).toEqual([
      expect.objectContaining({ kind: 'breach', stepId: 'callback', due: '2026-01-09T09:00:00.000Z' }),
    ]);
    expect(rebooked.ticket.timers[0]!.id).not.toBe(before[0]);
  });
});
