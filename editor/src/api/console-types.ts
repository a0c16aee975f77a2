import type { RequestClass } from '@frontstage/engine';

// The wire shapes the console and audit workspace read come from the engine's contract, the one the
// API answers with; what is left here is the editor's own: the filters its forms hold.
export type {
  AuditEntry,
  AuditPage,
  AuditTrace,
  CallerEvent,
  ChainVerification,
  EvaluateResult,
  Heatmap,
  Me,
  ReplayVerdict,
  RequestClass,
  StepHeat,
  TicketChange,
  TicketComment,
  TicketDetail,
  TicketPage,
  TicketView,
  WorkloadRow,
} from '@frontstage/engine';

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
