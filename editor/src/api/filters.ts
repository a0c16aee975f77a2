import type { JsonValue, RequestClass } from '@frontstage/engine';

// What the API answers with comes from the engine's contract; these are the editor's own: the
// filters its forms hold, with '' for "any" (left out of the query string).

/** Filters of `GET /api/tickets`; empty values are left out of the query. */
export interface TicketQuery {
  status?: 'open' | 'closed';
  sort?: 'urgency' | 'newest';
  class?: RequestClass | '';
  team?: string;
  state?: string;
  assignee?: string;
  overdue?: boolean;
  atRisk?: boolean;
  escalatedTo?: string;
  /** Words of the description, the caller's name or the place; all must match. */
  q?: string;
  /** A unit as typed (3栋2单元1101, 3-2-1101), a room number or a common area. */
  room?: string;
  /** Digits of the caller's phone (the last four for who reads phones masked). */
  phone?: string;
  /** Reported from this instant on, and before `to` (ISO). */
  from?: string;
  to?: string;
  /** A site id; '' for every site in the caller's scope. */
  site?: string;
  unit?: string;
  area?: string;
  customer?: string;
  limit?: number;
  offset?: number;
}

/**
 * `POST /api/tickets`: the facts the rules read, and where and for whom. `site` may be left out when
 * the caller has one site; the place is a picked unit or area, or typed `address` text the API reads
 * to a unit; no `customerId` is an anonymous report.
 */
export interface NewTicket {
  facts: Record<string, JsonValue>;
  site?: string;
  unitId?: string;
  areaId?: string;
  address?: string;
  customerId?: string;
}

/** `GET /api/sites/:site/units`: a building's units, or units whose code starts with `q`. */
export interface UnitQuery {
  building?: string;
  q?: string;
  limit?: number;
  cursor?: string;
}

/** Filters of `GET /api/audit` and its export; empty values are left out. */
export interface AuditFilter {
  /** The ticket search: words, a room, the caller's phone (as the console's). */
  q?: string;
  room?: string;
  phone?: string;
  ticketId?: string;
  actorId?: string;
  actorRole?: string;
  command?: string;
  eventType?: string;
  outcome?: '' | 'accepted' | 'refused';
  from?: string;
  to?: string;
  blueprintKey?: string;
  blueprintVersion?: string;
  class?: '' | RequestClass;
  team?: string;
}
