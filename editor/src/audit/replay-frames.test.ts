import { describe, expect, it } from 'vitest';
import { compile, type CompiledBlueprint } from '@frontstage/engine';
import { sampleBlueprint } from '../shared/sample-blueprint';
import { replayFrames } from './replay-frames';
import type { AuditEntry } from '@frontstage/engine';

const compiled = compile(sampleBlueprint()) as CompiledBlueprint;
const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 8, minute)).toISOString();

function entry(seq: number, over: Partial<AuditEntry>): AuditEntry {
  return {
    seq,
    at: at(seq),
    ticketId: 't1',
    actorId: 'frontdesk',
    actorRole: 'frontdesk',
    command: 'ticket.event',
    eventType: null,
    data: null,
    fromState: null,
    toState: null,
    outcome: 'accepted',
    code: null,
    trace: null,
    ...over,
  };
}

const history: AuditEntry[] = [
  entry(1, {
    command: 'ticket.create',
    eventType: 'INTAKE',
    data: { description: 'lamp' },
    toState: 'record',
  }),
  entry(2, { eventType: 'RECORDED', outcome: 'refused', code: 'data_invalid', fromState: 'record' }),
  entry(3, { eventType: 'RECORDED', data: { location: 'lobby' }, fromState: 'record', toState: 'dispatch' }),
  entry(4, {
    command: 'ticket.comment',
    data: { body: 'on it' },
    fromState: 'dispatch',
    toState: 'dispatch',
  }),
  entry(5, {
    eventType: 'DISPATCHED',
    actorId: 'dispatcher',
    actorRole: 'dispatcher',
    fromState: 'dispatch',
    toState: 'fix',
  }),
];

describe('replayFrames', () => {
  it('pairs every entry with where the replayed ticket stood after it', () => {
    const outcome = replayFrames(compiled, history);
    expect(outcome.ok).toBe(true);
    expect(outcome.frames.map((f) => f.ticket?.state)).toEqual([
      'record',
      'record',
      'dispatch',
      'dispatch',
      'fix',
    ]);
    expect(outcome.frames.map((f) => f.moved)).toEqual([true, false, true, false, true]);
  });

  it('orders the entries by their place in the log', () => {
    const outcome = replayFrames(compiled, [...history].reverse());
    expect(outcome.frames.map((f) => f.entry.seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it('says where a history that was altered parts from what it records', () => {
    const altered = history.map((e) => (e.seq === 5 ? { ...e, toState: 'callback' } : e));
    const outcome = replayFrames(compiled, altered);
    expect(outcome.ok).toBe(false);
    expect(outcome.message?.en).toContain('Entry 5');
  });

  it('stops drawing where the replay is refused', () => {
    const broken = history.map((e) => (e.seq === 5 ? { ...e, actorRole: 'cleaner' } : e));
    const outcome = replayFrames(compiled, broken);
    expect(outcome.ok).toBe(false);
    expect(outcome.frames.at(-1)!.ticket).toBeNull();
  });
});
