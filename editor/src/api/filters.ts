import type { RequestClass } from '@frontstage/engine';

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
  search?: string;
  limit?: number;
  offset?: number;
}

/** Filters of `GET /api/audit` and its export; empty values are left out. */
export interface AuditFilter {
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
