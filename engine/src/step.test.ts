import { describe, expect, it } from 'vitest';
import { compile, type CompiledBlueprint } from './compile.js';
import { start, step } from './step.js';
import { repairBlueprint } from './test-support/builders.js';
import type { Ticket } from './ticket.js';

const now = '2026-11-23T08:00:00.000Z';
const frontdesk = { id: 'fd-1', role: 'frontdesk' };

function compiled(): CompiledBlueprint {
  const result = compile(repairBlueprint());
  if (!result.ok) throw new Error(JSON.stringify(result.report.diagnostics));
  return result;
}

function opened(c: CompiledBlueprint): Ticket {
  const result = start(c, { unit: '3-1201' }, frontdesk, now);
  if (!result.ok) throw new Error(result.rejection.code);
  return result.ticket;
}

describe('start', () => {
  it('runs from the start step to the first task and assigns it', () => {
    const c = compiled();
    const result = start(c, { unit: '3-1201' }, frontdesk, now);
    expect(result.ok && result.ticket.state).toBe('record');
    expect(result.ok && result.effects).toEqual([{ kind: 'assign', stepId: 'record', roles: ['frontdesk'] }]);
  });
});

describe('step', () => {
  it('refuses an event the role may not send', () => {
    const c = compiled();
    const result = step(
      c,
      opened(c),
      { type: 'RECORDED', data: { location: 'lobby' } },
      { id: 'e', role: 'engineer' },
      now,
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.rejection.code).toBe('role_not_allowed');
  });

  it('starts the time standard of the next task as warning and breach timers', () => {
    const c = compiled();
    const result = step(c, opened(c), { type: 'RECORDED', data: { location: 'lobby' } }, frontdesk, now);
    expect(result.ok && result.ticket.timers.map((t) => [t.kind, t.due])).toEqual([
      ['warning', '2026-11-23T08:15:00.000Z'],
      ['breach', '2026-11-23T08:30:00.000Z'],
    ]);
  });
});
