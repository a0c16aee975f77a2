// A repeat fault (重复报修): the same place reports the same kind of trouble again within 30 days,
// which tells a supervisor the first fix did not hold. Tickets are linked both ways: the later one
// names the earlier ones, the earlier one the later ones.

export const REPEAT_FAULT_DAYS = 30;
const REPEAT_WINDOW_MS = REPEAT_FAULT_DAYS * 24 * 60 * 60 * 1000;

/** What the repeat rule reads of a ticket. */
export interface RepeatCandidate {
  id: string;
  createdAt: string;
  unitId: string | null;
  areaId: string | null;
  blueprintKey: string;
  /** The request type the classification read (`facts.type`), when there is one. */
  category: string | null;
}

/** Repeats of a ticket: `earlier` ones it repeats, `later` ones that repeat it, oldest first. */
export interface RepeatLinks {
  earlier: string[];
  later: string[];
}

/**
 * Whether two tickets are the same fault at the same place: the same unit (or the same common
 * area), the same blueprint, the same category when both have one, created at most 30 days apart.
 * A ticket with neither unit nor area (an anonymous report of no place) repeats nothing.
 */
export function isRepeatOf(a: RepeatCandidate, b: RepeatCandidate): boolean {
  if (a.id === b.id) return false;
  const samePlace =
    (a.unitId !== null && a.unitId === b.unitId) || (a.areaId !== null && a.areaId === b.areaId);
  if (!samePlace || a.blueprintKey !== b.blueprintKey) return false;
  if (a.category !== null && b.category !== null && a.category !== b.category) return false;
  return Math.abs(Date.parse(a.createdAt) - Date.parse(b.createdAt)) <= REPEAT_WINDOW_MS;
}

/** The repeat links of `ticket` among `others` (tickets of the same place, in any order). */
export function repeatLinks(ticket: RepeatCandidate, others: readonly RepeatCandidate[]): RepeatLinks {
  const at = Date.parse(ticket.createdAt);
  const repeats = others
    .filter((other) => isRepeatOf(ticket, other))
    .sort((x, y) => Date.parse(x.createdAt) - Date.parse(y.createdAt) || x.id.localeCompare(y.id));
  const earlier = (other: RepeatCandidate) =>
    Date.parse(other.createdAt) < at || (Date.parse(other.createdAt) === at && other.id < ticket.id);
  return {
    earlier: repeats.filter(earlier).map((o) => o.id),
    later: repeats.filter((o) => !earlier(o)).map((o) => o.id),
  };
}

/** The window around a ticket in which its repeats lie (for a query's date range). */
export function repeatWindow(createdAt: string): { from: string; to: string } {
  const at = Date.parse(createdAt);
  return {
    from: new Date(at - REPEAT_WINDOW_MS).toISOString(),
    to: new Date(at + REPEAT_WINDOW_MS).toISOString(),
  };
}
