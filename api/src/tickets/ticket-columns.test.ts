import { describe, expect, it } from 'vitest';
import { NO_BREACH, urgencyRank } from './queue-order.js';
import { ticketSnapshot } from '../../test/support/ticket-snapshot.js';
import { columnsOf } from './ticket-writer.js';

// The columns the queue filters and sorts by mirror the engine's ticket; a wrong mirror hides a late
// ticket from its supervisor or sorts it after tickets that are not late at all.
const AT = '2026-12-01T08:00:00.000Z';

const ticket = ticketSnapshot;

const timer = (id: string, kind: 'warning' | 'breach', due: string) => ({ id, stepId: 'repair', kind, due });
const escalation = (stepId: string, to: string) => ({
  timerId: `${stepId}-${to}`,
  stepId,
  kind: 'breach' as const,
  to,
  at: AT,
});

describe('columnsOf', () => {
  it('copies state, status, team, flags and update time', () => {
    const columns = columnsOf(
      ticket({ state: 'callback', status: 'open', team: 'engineering', atRisk: true, overdue: true }),
    );
    expect(columns).toMatchObject({
      state: 'callback',
      status: 'open',
      team: 'engineering',
      atRisk: true,
      overdue: true,
      updatedAt: AT,
    });
    expect(columnsOf(ticket({})).team).toBeNull();
  });

  it('delimits the assigned roles so one role never matches inside another', () => {
    expect(columnsOf(ticket({})).assignedRoles).toBe(',');
    expect(
      columnsOf(ticket({ assignment: { stepId: 'repair', roles: ['engineer', 'supervisor'] } }))
        .assignedRoles,
    ).toBe(',engineer,supervisor,');
  });

  it('takes the earliest breach as the next breach, never a warning, and sorts none last', () => {
    const timers = [
      timer('w', 'warning', '2026-12-01T08:05:00.000Z'),
      timer('b2', 'breach', '2026-12-01T10:00:00.000Z'),
      timer('b1', 'breach', '2026-12-01T09:00:00.000Z'),
      timer('b3', 'breach', '2026-12-01T11:00:00.000Z'),
    ];
    expect(columnsOf(ticket({ timers })).nextBreach).toBe('2026-12-01T09:00:00.000Z');
    expect(columnsOf(ticket({ timers: [timers[0]!] })).nextBreach).toBe(NO_BREACH);
    expect(NO_BREACH > '9999-01-01T00:00:00.000Z').toBe(true);
  });

  it('names who escalations wait for only while the ticket is at risk or late, at its current step, once each', () => {
    const escalations = [
      escalation('repair', 'supervisor'),
      escalation('repair', 'manager'),
      escalation('repair', 'supervisor'),
      escalation('dispatch', 'director'),
    ];
    expect(columnsOf(ticket({ escalations, overdue: true })).escalatedTo).toBe(',supervisor,manager,');
    expect(columnsOf(ticket({ escalations, atRisk: true })).escalatedTo).toBe(',supervisor,manager,');
    expect(columnsOf(ticket({ escalations })).escalatedTo).toBe(',');
    expect(columnsOf(ticket({ escalations, overdue: true, status: 'closed' })).escalatedTo).toBe(',');
  });
});

describe('urgencyRank', () => {
  it('puts emergencies first, then special, then every other class', () => {
    expect(['general', 'emergency', 'special', 'other'].map(urgencyRank)).toEqual([2, 0, 1, 2]);
  });
});
