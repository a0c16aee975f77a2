import { describe, expect, it } from 'vitest';
import type { AuditEntry, Blueprint } from '@frontstage/engine';
import { customerVisible } from './customer-visible';

const steps = [
  { id: 'start', lane: 'customer' },
  { id: 'record', lane: 'frontstage' },
  { id: 'alert', lane: 'support' },
  { id: 'repair', lane: 'backstage' },
  { id: 'report', lane: 'backstage' },
  { id: 'callback', lane: 'frontstage' },
  { id: 'closed', lane: 'backstage' },
] as unknown as Blueprint['steps'];

let seq = 0;
const entry = (
  fromState: string | null,
  toState: string | null,
  over: Partial<AuditEntry> = {},
): AuditEntry => ({
  seq: ++seq,
  at: '2026-11-24T08:00:00.000Z',
  ticketId: 't',
  actorId: 'frontdesk',
  actorRole: 'frontdesk',
  command: 'ticket.event',
  eventType: 'X',
  data: null,
  fromState,
  toState,
  outcome: 'accepted',
  code: null,
  trace: null,
  ...over,
});

describe('customerVisible', () => {
  it('keeps entries that touch the customer or front-stage rows, at either end', () => {
    const intake = entry(null, 'record', { eventType: 'INTAKE' });
    const recorded = entry('record', 'repair');
    const reported = entry('repair', 'report');
    const callback = entry('report', 'callback');
    const done = entry('callback', 'closed');
    expect(customerVisible([intake, recorded, reported, callback, done], { steps })).toEqual([
      intake,
      recorded,
      callback,
      done,
    ]);
  });

  it('hides refused commands and staff comments, even at a front-stage step', () => {
    const refused = entry('record', null, { outcome: 'refused', code: 'data_invalid' });
    const comment = entry('callback', 'callback', { command: 'ticket.comment', eventType: null });
    expect(customerVisible([refused, comment], { steps })).toEqual([]);
  });

  it('hides what stays behind the line of visibility', () => {
    expect(customerVisible([entry('repair', 'report'), entry('alert', 'repair')], { steps })).toEqual([]);
  });
});
