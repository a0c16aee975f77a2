import { describe, expect, it } from 'vitest';
import { compile, type CompiledBlueprint } from './compile.js';
import { replay, sameTicket, type ReplayCommand } from './replay.js';
import { start, step } from './step.js';
import { repairBlueprint } from './test-support/builders.js';
import type { Ticket } from './ticket.js';

const c = compile(repairBlueprint()) as CompiledBlueprint;
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 23, 8, minutes)).toISOString();
const frontdesk = { id: 'fd', role: 'frontdesk' };
const dispatcher = { id: 'dp', role: 'dispatcher' };

function live(): { ticket: Ticket; commands: ReplayCommand[] } {
  const commands: ReplayCommand[] = [
    { kind: 'start', facts: { unit: '3-1201' }, actor: frontdesk, at: at(0) },
    { kind: 'event', event: { type: 'RECORDED', data: { location: 'lobby' } }, actor: frontdesk, at: at(2) },
    { kind: 'event', event: { type: 'DISPATCHED' }, actor: dispatcher, at: at(9) },
  ];
  const opened = start(c, { unit: '3-1201' }, frontdesk, at(0));
  if (!opened.ok) throw new Error('start');
  let ticket = opened.ticket;
  for (const cmd of commands.slice(1) as Extract<ReplayCommand, { kind: 'event' }>[]) {
    const next = step(c, ticket, cmd.event, cmd.actor, cmd.at);
    if (!next.ok) throw new Error(next.rejection.code);
    ticket = next.ticket;
  }
  return { ticket, commands };
}

describe('replay', () => {
  it('lands exactly on the live ticket and keeps the ticket after every command', () => {
    const { ticket, commands } = live();
    const replayed = replay(c, commands);
    expect(replayed.ok).toBe(true);
    expect(replayed.ok && sameTicket(replayed.ticket, ticket)).toBe(true);
    expect(replayed.trail.map((t) => t.state)).toEqual(['record', 'dispatch', 'fix']);
  });

  it('notices a history that was altered', () => {
    const { ticket, commands } = live();
    const altered = commands.map((cmd, i) => (i === 2 ? { ...cmd, at: at(10) } : cmd));
    const replayed = replay(c, altered);
    expect(replayed.ok && sameTicket(replayed.ticket, ticket)).toBe(false);
  });

  it('names the command a replay cannot apply', () => {
    const { commands } = live();
    const replayed = replay(c, [
      commands[0]!,
      { kind: 'event', event: { type: 'DISPATCHED' }, actor: dispatcher, at: at(1) },
    ]);
    expect(replayed.ok).toBe(false);
    expect(!replayed.ok && [replayed.index, replayed.rejection.code]).toEqual([1, 'event_not_allowed']);
  });

  it('refuses a history that does not open with exactly one start', () => {
    const { commands } = live();
    expect(replay(c, commands.slice(1)).ok).toBe(false);
    expect(replay(c, [commands[0]!, commands[0]!]).ok).toBe(false);
    expect(replay(c, []).ok).toBe(false);
  });
});
