import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { compile, type CompiledBlueprint } from '@frontstage/engine';
import { sampleBlueprint } from '../../shared/sample-blueprint';
import { simulator } from './simulator';

const NOW = '2026-11-23T09:00:00.000Z';

function running() {
  const compiled = compile(sampleBlueprint()) as CompiledBlueprint;
  expect(compiled.ok).toBe(true);
  const actor = createActor(simulator).start();
  actor.send({ type: 'START', compiled, now: NOW });
  const at = () => actor.getSnapshot().context.frames.at(-1)!.ticket;
  return { actor, at };
}

describe('simulator', () => {
  it('runs a ticket through the engine to the end, recording the path and flows', () => {
    const { actor, at } = running();
    expect(at().state).toBe('record');
    actor.send({ type: 'SEND', event: 'RECORDED', role: 'frontdesk', data: { location: 'B2 lobby' } });
    actor.send({ type: 'SEND', event: 'DISPATCHED', role: 'dispatcher', data: {} });
    actor.send({ type: 'SEND', event: 'RESOLVED', role: 'engineer', data: {} });
    actor.send({ type: 'SEND', event: 'CALLBACK_DONE', role: 'frontdesk', data: { satisfaction: 5 } });
    expect(at().status).toBe('closed');
    expect(at().path).toEqual([
      'report',
      'record',
      'dispatch',
      'notify',
      'fix',
      'callback',
      'satisfied',
      'closed',
    ]);
    expect(actor.getSnapshot().context.frames.at(-1)!.flows).toContain('satisfied-closed');
  });

  it('refuses what the engine refuses: a wrong role, missing data', () => {
    const { actor, at } = running();
    actor.send({ type: 'SEND', event: 'RECORDED', role: 'engineer', data: { location: 'x' } });
    expect(actor.getSnapshot().context.rejection?.code).toBe('role_not_allowed');
    actor.send({ type: 'SEND', event: 'RECORDED', role: 'frontdesk', data: {} });
    expect(actor.getSnapshot().context.rejection?.code).toBe('data_invalid');
    expect(at().state).toBe('record');
  });

  it('jumps the clock to the next timer and fires it, and steps back', () => {
    const { actor, at } = running();
    actor.send({ type: 'SEND', event: 'RECORDED', role: 'frontdesk', data: { location: 'x' } });
    expect(at().timers.length).toBeGreaterThan(0);
    actor.send({ type: 'JUMP' });
    expect(at().escalations[0]).toMatchObject({ stepId: 'dispatch', kind: 'warning' });
    actor.send({ type: 'JUMP' });
    expect(at().overdue).toBe(true);
    expect(actor.getSnapshot().context.frames.at(-1)!.now).toBe('2026-11-23T09:30:00.000Z');
    actor.send({ type: 'BACK' });
    actor.send({ type: 'BACK' });
    expect(at().escalations).toEqual([]);
    actor.send({ type: 'RESET' });
    expect(actor.getSnapshot().value).toBe('idle');
  });

  it('stays idle after a refused start, showing the refusal, and can start again', () => {
    const compiled = compile(sampleBlueprint()) as CompiledBlueprint;
    const actor = createActor(simulator).start();
    actor.send({ type: 'START', compiled, now: NOW, facts: [1] as never });
    expect(actor.getSnapshot().value).toBe('idle');
    expect(actor.getSnapshot().context.rejection?.code).toBe('invalid_input');
    expect(actor.getSnapshot().context.frames).toEqual([]);
    actor.send({ type: 'START', compiled, now: NOW, facts: {} });
    expect(actor.getSnapshot().value).toBe('running');
    expect(actor.getSnapshot().context.rejection).toBeNull();
  });

  it('drops a run whose blueprint changed, noting why', () => {
    const { actor } = running();
    actor.send({ type: 'STALE' });
    expect(actor.getSnapshot().value).toBe('idle');
    expect(actor.getSnapshot().context).toMatchObject({ frames: [], compiled: null, stale: true });
  });
});
