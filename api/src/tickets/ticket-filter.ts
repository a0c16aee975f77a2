import type { Scoped } from '../estate/site-scope.js';
import type { TicketSortKey } from './ticket-cursor.js';
import type { TicketSearchQuery } from './ticket-search.js';

/** Listing filters; `visibleTo` restricts staff to their team or job role. */
export interface TicketFilter {
  state?: string;
  class?: string;
  team?: string;
  assignee?: string;
  status?: string;
  overdue?: boolean;
  atRisk?: boolean;
  escalatedTo?: string;
  /** Of one site, unit, common area or customer. */
  site?: string;
  unit?: string;
  area?: string;
  customer?: string;
  /** The caller's sites: nothing outside them is listed or counted. */
  scope: Scoped;
  /** Words, room, phone, report dates (searchConditions), and whether the caller reads phones whole. */
  search?: { query: TicketSearchQuery; showsPhones: boolean };
  /** `urgency`: emergencies first, then the least time left to breach; default newest first. */
  sort?: 'urgency' | 'newest';
  visibleTo?: { team?: string; jobRole: string; username: string };
  now: string;
  limit: number;
  offset: number;
  /** Keyset paging: the page starts after the row with this sort key (of the same sort). */
  after?: TicketSortKey;
}
