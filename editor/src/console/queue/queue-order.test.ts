import { describe, expect, it } from 'vitest';
import { byUrgency, newEmergencies, splitQueue, urgencyAt } from './queue-order';

const ticket = (
  id: string,
  over: Partial<{
    class: 'general' | 'special' | 'emergency';
    nextBreach: string | null;
    createdAt: string;
  }> = {},
) => ({
  id,
  class: over.class ?? 'general',
  nextBreach: over.nextBreach === undefined ? null : over.nextBreach,
  createdAt: over.createdAt ?? '2026-11-24T08:00:00.000Z',
});

describe('byUrgency', () => {
  it('puts emergencies first, whatever their time left', () => {
    const order = byUrgency([
      ticket('soon', { nextBreach: '2026-11-24T08:01:00.000Z' }),
      ticket('leak', { class: 'emergency', nextBreach: '2026-11-24T09:00:00.000Z' }),
    ]);
    expect(order.map((t) => t.id)).toEqual(['leak', 'soon']);
  });

  it('then orders by the least time left, tickets without a time standard last', () => {
    const order = byUrgency([
      ticket('none'),
      ticket('later', { nextBreach: '2026-11-24T10:00:00.000Z' }),
      ticket('sooner', { nextBreach: '2026-11-24T09:00:00.000Z' }),
    ]);
    expect(order.map((t) => t.id)).toEqual(['sooner', 'later', 'none']);
  });

  it('breaks ties by age and leaves the input as it was', () => {
    const input = [
      ticket('young', { createdAt: '2026-11-24T09:00:00.000Z' }),
      ticket('old', { createdAt: '2026-11-24T07:00:00.000Z' }),
    ];
    expect(byUrgency(input).map((t) => t.id)).toEqual(['old', 'young']);
    expect(input[0]!.id).toBe('young');
  });
});

describe('urgencyAt', () => {
  const now = Date.parse('2026-11-24T09:00:00.000Z');
  const open = { status: 'open' as const, overdue: false, atRisk: false };

  it('turns overdue the moment the breach falls due, before the server says so', () => {
    expect(urgencyAt({ ...open, nextBreach: '2026-11-24T08:59:59.000Z' }, now)).toBe('overdue');
    expect(urgencyAt({ ...open, nextBreach: '2026-11-24T09:10:00.000Z' }, now)).toBe('on-time');
  });

  it('shows at risk after a warning, and nothing for a closed ticket', () => {
    expect(urgencyAt({ ...open, atRisk: true, nextBreach: '2026-11-24T09:10:00.000Z' }, now)).toBe('at-risk');
    expect(urgencyAt({ ...open, status: 'closed', overdue: true, nextBreach: null }, now)).toBe('none');
  });
});

describe('newEmergencies', () => {
  it('is silent on the first load', () => {
    expect(newEmergencies(null, [ticket('a', { class: 'emergency' })])).toEqual([]);
  });

  it('names the emergencies that were not in the queue before', () => {
    const found = newEmergencies(new Set(['a', 'c']), [
      ticket('a', { class: 'emergency' }),
      ticket('b', { class: 'emergency' }),
      ticket('c'),
      ticket('d'),
    ]);
    expect(found.map((t) => t.id)).toEqual(['b']);
  });
});

describe('splitQueue', () => {
  const t = (
    id: string,
    roles: string[],
    extra: { escalatedTo?: string[]; status?: 'open' | 'closed' } = {},
  ) => ({
    id,
    status: extra.status ?? ('open' as const),
    assignment: { stepId: 's', roles },
    escalatedTo: extra.escalatedTo ?? [],
  });
  it('puts first what the role must act on or was escalated to, the rest after, each in the given order', () => {
    const items = [
      t('a', ['frontdesk']),
      t('b', ['engineer']),
      t('c', ['customer'], { escalatedTo: ['engineer'] }),
      t('d', ['engineer'], { status: 'closed' }),
      { id: 'e', status: 'open' as const, assignment: null, escalatedTo: [] },
    ];
    const { mine, others } = splitQueue(items, 'engineer');
    expect([mine.map((x) => x.id), others.map((x) => x.id)]).toEqual([
      ['b', 'c'],
      ['a', 'd', 'e'],
    ]);
  });
});
