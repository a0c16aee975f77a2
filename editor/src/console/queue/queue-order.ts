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

/**
 * The queue as a person works it: what waits on them now (their role must act at the current step,
 * or an escalation waits for them) and the rest of what they see (waiting on the customer, on
 * another role, on a timer). Each part keeps the order given.
 * @example splitQueue(items, 'engineer').mine.every((t) => t.assignment?.roles.includes('engineer') || t.escalatedTo.includes('engineer'))
 */
export function splitQueue<T extends Pick<TicketView, 'status' | 'assignment' | 'escalatedTo'>>(
  tickets: readonly T[],
  role: string,
): { mine: T[]; others: T[] } {
  const mine: T[] = [];
  const others: T[] = [];
  for (const t of tickets)
    (t.status === 'open' && (t.assignment?.roles.includes(role) || t.escalatedTo.includes(role))
      ? mine
      : others
    ).push(t);
  return { mine, others };
}
