import type { Ticket } from '@frontstage/engine';

/** An engine ticket at a repair step with nothing running, for tests of what the API makes of one. */
export function ticketSnapshot(over: Partial<Ticket> = {}): Ticket {
  const at = '2026-12-01T08:00:00.000Z';
  return {
    blueprint: { key: 'water-leak', hash: 'h' },
    state: 'repair',
    status: 'open',
    context: { facts: {}, data: {} },
    path: ['intake', 'repair'],
    seq: 2,
    timers: [],
    escalations: [],
    assignment: null,
    timeStandards: {},
    atRisk: false,
    overdue: false,
    createdAt: at,
    updatedAt: at,
    ...over,
  };
}
