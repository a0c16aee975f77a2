import { describe, expect, it } from 'vitest';
import type { Blueprint } from './schema/blueprint.js';
import { start, step } from './step.js';
import { actor, at, compiledOf, run, system } from './test-support/drive.js';
import { endStep, flow, repairBlueprint, startStep, t, task } from './test-support/builders.js';
import { REJECTION_CODES, TIMER_DUE, type RejectionCode, type StepResult } from './ticket.js';

const repair = compiledOf(repairBlueprint());
const recorded = () => run(repair, [['RECORDED', 'frontdesk', { location: 'lobby' }]]);
const closed = () =>
  run(repair, [
    ['RECORDED', 'frontdesk', { location: 'lobby' }],
    ['DISPATCHED', 'dispatcher'],
    ['RESOLVED', 'engineer'],
    ['CALLBACK_DONE', 'frontdesk', { satisfaction: 5 }],
  ]);

/** A check whose only way out is guarded: without the fact, no branch holds. */
const guardedOnly = (): Blueprint => ({
  key: 'guarded',
  name: t('Guarded'),
  class: 'general',
  steps: [startStep(), task('check', 'backstage', ['engineer']), endStep()],
  flows: [
    flow('start', 'check'),
    flow('check', 'end', 'CHECKED', {
      condition: { all: [{ fact: 'safe', operator: 'equal', value: true }] },
    }),
  ],
});

/** One way to provoke every rejection code; the record type makes a missing code a type error. */
const PROVOKE: Record<RejectionCode, () => StepResult> = {
  invalid_input: () => step(repair, { not: 'a ticket' }, { type: 'RECORDED' }, actor('frontdesk'), at(1)),
  wrong_blueprint: () =>
    step(
      repair,
      { ...recorded(), blueprint: { key: 'repair', hash: 'other' } },
      { type: 'DISPATCHED' },
      actor('dispatcher'),
      at(2),
    ),
  ticket_closed: () => step(repair, closed(), { type: 'RECORDED' }, actor('frontdesk'), at(9)),
  event_not_allowed: () => step(repair, recorded(), { type: 'RESOLVED' }, actor('engineer'), at(2)),
  role_not_allowed: () => step(repair, recorded(), { type: 'DISPATCHED' }, actor('engineer'), at(2)),
  data_invalid: () =>
    step(repair, run(repair, []), { type: 'RECORDED', data: {} }, actor('frontdesk'), at(1)),
  no_branch: () => {
    const c = compiledOf(guardedOnly());
    return step(c, run(c, []), { type: 'CHECKED' }, actor('engineer'), at(1));
  },
  timer_not_active: () =>
    step(repair, recorded(), { type: TIMER_DUE, data: { timerId: 'nope' } }, system, at(60)),
  timer_not_due: () => {
    const ticket = recorded();
    return step(repair, ticket, { type: TIMER_DUE, data: { timerId: ticket.timers[0]!.id } }, system, at(2));
  },
};

describe('rejections', () => {
  it('has a way to provoke every rejection code', () => {
    expect(Object.keys(PROVOKE).sort()).toEqual([...REJECTION_CODES].sort());
  });

  it.each(REJECTION_CODES.map((code) => [code]))('refuses with %s, in both languages', (code) => {
    const result = PROVOKE[code]();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rejection.code).toBe(code);
    expect(result.rejection.message['zh-CN'].length).toBeGreaterThan(0);
    expect(result.rejection.message.en.length).toBeGreaterThan(0);
  });

  it('names the invalid part of the input', () => {
    const cases: [StepResult, string][] = [
      [step(null, recorded(), { type: 'X' }, actor('a'), at(1)), 'compiled'],
      [step(repair, recorded(), { type: 'lower' }, actor('a'), at(1)), 'event.type'],
      [step(repair, recorded(), { type: 'X' }, { id: '' }, at(1)), 'actor.id'],
      [step(repair, recorded(), { type: 'X' }, actor('a'), 'yesterday'), 'now'],
      [step(repair, { ...recorded(), state: 'nowhere' }, { type: 'X' }, actor('a'), at(1)), 'ticket.state'],
      [start(repair, [1, 2], actor('a'), at(0)), 'facts'],
      [start(repair, {}, 'frontdesk', at(0)), 'actor'],
      [start(repair, {}, actor('a'), 12), 'now'],
      [start({ ok: true }, {}, actor('a'), at(0)), 'compiled'],
      [start(repair, {}, actor('a'), at(0), { team: 7 } as never), 'options.team'],
    ];
    for (const [result, field] of cases)
      expect(!result.ok && result.rejection).toMatchObject({ code: 'invalid_input', details: { field } });
  });

  it('lists the events the step does accept', () => {
    const result = PROVOKE.event_not_allowed();
    expect(!result.ok && result.rejection.details).toEqual({ state: 'dispatch', allowed: ['DISPATCHED'] });
  });

  it('lists the roles that may send the event', () => {
    const result = PROVOKE.role_not_allowed();
    expect(!result.ok && result.rejection.details).toEqual({ allowedRoles: ['dispatcher'] });
  });

  it("lets a flow's own roles replace its step's roles", () => {
    const b = repairBlueprint();
    b.flows = b.flows.map((f) => (f.event === 'DISPATCHED' ? { ...f, roles: ['engineer'] } : f));
    const c = compiledOf(b);
    const ticket = run(c, [['RECORDED', 'frontdesk', { location: 'lobby' }]]);
    const byStepRole = step(c, ticket, { type: 'DISPATCHED' }, actor('dispatcher'), at(2));
    expect(!byStepRole.ok && byStepRole.rejection).toMatchObject({
      code: 'role_not_allowed',
      details: { allowedRoles: ['engineer'] },
    });
    expect(step(c, ticket, { type: 'DISPATCHED' }, actor('engineer'), at(2)).ok).toBe(true);
  });

  it('refuses a supervisor at a step that does not name the role', () => {
    const result = step(repair, recorded(), { type: 'DISPATCHED' }, actor('supervisor'), at(2));
    expect(!result.ok && result.rejection).toMatchObject({
      code: 'role_not_allowed',
      details: { allowedRoles: ['dispatcher'] },
    });
  });

  it('names each missing or invalid field', () => {
    const ticket = run(repair, [
      ['RECORDED', 'frontdesk', { location: 'lobby' }],
      ['DISPATCHED', 'dispatcher'],
      ['RESOLVED', 'engineer'],
    ]);
    const result = step(
      repair,
      ticket,
      { type: 'CALLBACK_DONE', data: { satisfaction: 9, mood: 'ok' } },
      actor('frontdesk'),
      at(5),
    );
    expect(
      !result.ok &&
        (result.rejection.details!.issues as { field: string; problem: string }[]).map((i) => [
          i.field,
          i.problem,
        ]),
    ).toEqual([
      ['satisfaction', 'range'],
      ['mood', 'unknown'],
    ]);
  });

  it('lets only the system fire a timer', () => {
    const ticket = recorded();
    const result = step(
      repair,
      ticket,
      { type: TIMER_DUE, data: { timerId: ticket.timers[0]!.id } },
      actor('dispatcher'),
      at(60),
    );
    expect(!result.ok && result.rejection).toEqual({
      code: 'role_not_allowed',
      message: { 'zh-CN': '只有系统可以触发计时器', en: 'Only the system fires timers' },
      details: { allowedRoles: ['system'] },
    });
  });

  it('leaves the ticket as it was when it refuses', () => {
    const ticket = recorded();
    const copy = JSON.parse(JSON.stringify(ticket));
    step(repair, ticket, { type: 'DISPATCHED' }, actor('engineer'), at(2));
    expect(ticket).toEqual(copy);
  });
});
