import type { TicketView } from '@frontstage/engine';

/** How a ticket stands against its time standards at a moment. */
export type Urgency = 'overdue' | 'at-risk' | 'on-time' | 'none';

type Orderable = Pick<TicketView, 'id' | 'class' | 'nextBreach' | 'createdAt'>;

/**
 * The queue's order, as `sort=urgency` gives it: emergencies first, then the least time left before
 * the next breach (tickets without one last), then the oldest. A copy; the input is not changed.
 * @example byUrgency([general, emergency]).map((t) => t.class) // ['emergency', 'general']
 */
export function byUrgency<T extends Orderable>(tickets: readonly T[]): T[] {
  const breach = (t: Orderable) => (t.nextBreach ? Date.parse(t.nextBreach) : Number.POSITIVE_INFINITY);
  return [...tickets].sort((a, b) => {
    const emergency = Number(b.class === 'emergency') - Number(a.class === 'emergency');
    if (emergency !== 0) return emergency;
    const left = breach(a) - breach(b);
    if (left !== 0 && !Number.isNaN(left)) return left;
    return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
  });
}

/** Whether a ticket is overdue, at risk or on time at `now` (the countdown runs between fetches). */
export function urgencyAt(
  ticket: Pick<TicketView, 'overdue' | 'atRisk' | 'nextBreach' | 'status'>,
  now: number,
): Urgency {
  if (ticket.status === 'closed') return 'none';
  const due = ticket.nextBreach ? Date.parse(ticket.nextBreach) : null;
  if (ticket.overdue || (due !== null && due <= now)) return 'overdue';
  if (ticket.atRisk) return 'at-risk';
  return due === null ? 'none' : 'on-time';
}

/**
 * Emergencies in the queue that were not there before: the ones to sound an alarm for. The first
 * load only learns what is there (`known` null), so opening the console is silent.
 * @example newEmergencies(new Set(['a']), [{ id: 'a', class: 'emergency' }, { id: 'b', class: 'emergency' }]) // [b]
 */
export function newEmergencies<T extends Pick<TicketView, 'id' | 'class'>>(
  known: ReadonlySet<string> | null,
  tickets: readonly T[],
): T[] {
  if (known === null) return [];
  return tickets.filter((t) => t.class === 'emergency' && !known.has(t.id));
}
