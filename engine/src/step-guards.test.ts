import { describe, expect, it } from 'vitest';
import { allowedEvents } from './allowed-events.js';
import { start, step } from './step.js';
import { accepted, actor, at, compiledOf, run } from './test-support/drive.js';
import { flow, repairBlueprint } from './test-support/builders.js';

/** The callback itself decides: an unsatisfied answer sends the work back to dispatch. */
const reopening = () => {
  const b = repairBlueprint();
  b.flows.splice(4, 0, {
    ...flow('callback', 'dispatch', 'CALLBACK_DONE'),
    id: 'reopen',
    condition: { all: [{ fact: 'satisfaction', operator: 'lessThan', value: 3 }] },
  });
  return compiledOf(b);
};
const atCallback = (c = reopening()) =>
  run(c, [
    ['RECORDED', 'frontdesk', { location: 'lobby' }],
    ['DISPATCHED', 'dispatcher'],
    ['RESOLVED', 'engineer'],
  ]);

describe('guarded task flows', () => {
  it('decide on the data their own event carries', () => {
    const c = reopening();
    const unhappy = accepted(
      step(c, atCallback(c), { type: 'CALLBACK_DONE', data: { satisfaction: 1 } }, actor('frontdesk'), at(9)),
    );
    expect(unhappy.flows).toEqual(['reopen']);
    expect(unhappy.ticket.state).toBe('dispatch');
    const happy = accepted(
      step(c, atCallback(c), { type: 'CALLBACK_DONE', data: { satisfaction: 5 } }, actor('frontdesk'), at(9)),
    );
    expect(happy.flows).toEqual(['callback-satisfied-callback_done', 'satisfied-closed']);
    expect(happy.ticket.status).toBe('closed');
  });

  it('record the event data for the steps that follow', () => {
    const c = reopening();
    const result = accepted(
      step(c, atCallback(c), { type: 'CALLBACK_DONE', data: { satisfaction: 1 } }, actor('frontdesk'), at(9)),
    );
    expect(result.ticket.context.data).toEqual({ location: 'lobby', satisfaction: 1 });
  });
});

describe('compiled versions', () => {
  it('refuses a copy that is not what compile makes of its own blueprint', () => {
    const c = compiledOf(repairBlueprint());
    const tampered = { ...c, hash: 'f'.repeat(64), machine: { ...c.machine, initial: 'fix' } };
    expect(start(tampered, {}, actor('frontdesk'), at(0))).toMatchObject({
      ok: false,
      rejection: { code: 'invalid_input', details: { field: 'compiled' } },
    });
    const ticket = { ...run(c, []), blueprint: { key: c.key, hash: tampered.hash } };
    expect(
      step(tampered, ticket, { type: 'RECORDED', data: { location: 'x' } }, actor('frontdesk'), at(1)),
    ).toMatchObject({ ok: false, rejection: { code: 'invalid_input' } });
    expect(allowedEvents(tampered, ticket, 'frontdesk')).toEqual([]);
  });

  it('accepts a copy read back from storage', () => {
    const c = compiledOf(repairBlueprint());
    const stored = JSON.parse(JSON.stringify(c));
    expect(start(stored, {}, actor('frontdesk'), at(0)).ok).toBe(true);
  });
});
