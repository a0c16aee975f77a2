import type { AllowedEvent, Classification, Escalation, Timer } from '@frontstage/engine';

/** Shapes of the console and audit endpoints (tickets, stream, audit, reports), as the editor reads them. */

export type RequestClass = 'general' | 'special' | 'emergency';

/** Who the token belongs to (`GET /api/auth/me`). */
export interface Me {
  username: string;
  role: string;
  jobRole?: string;
  team?: string | null;
}

/** `POST /api/rules/evaluate`: the classification the ruleset gives, with its explanation. */
export interface EvaluateResult {
  rulesetVersion?: number;
  classification: Classification;
}

/** A ticket as `GET /api/tickets` lists it. */
export interface TicketView {
  id: string;
  version: number;
  blueprint: { key: string; version: number; hash: string };
  class: RequestClass;
  priority: string;
  team: string | null;
  state: string;
  status: 'open' | 'closed';
  assignment: { stepId: string; roles: string[]; team?: string } | null;
  facts: Record<string, unknown>;
  data: Record<string, unknown>;
  path: string[];
  timers: Timer[];
  escalations: Escalation[];
  atRisk: boolean;
  overdue: boolean;
  nextBreach: string | null;
  escalatedTo: string[];
  createdAt: string;
  updatedAt: string;
  createdBy: string;
}

/** An event the caller may send now; `onBehalfOf: 'customer'` when the front desk records it for the customer. */
export type CallerEvent = AllowedEvent & { onBehalfOf?: 'customer' };

/** `GET /api/tickets/:id`: the ticket with the caller's events and its classification. */
export interface TicketDetail extends TicketView {
  allowedEvents: CallerEvent[];
  classification: (Classification & { rulesetVersion?: number }) | null;
}

export interface TicketPage {
  items: TicketView[];
  total: number;
  limit: number;
  offset: number;
}

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

/** One entry of the audit log (`GET /api/tickets/:id/history`, `GET /api/audit`). */
export interface AuditEntry {
  seq: number;
  at: string;
  ticketId: string | null;
  actorId: string;
  actorRole: string;
  command: string;
  eventType: string | null;
  data: Record<string, unknown> | null;
  fromState: string | null;
  toState: string | null;
  blueprintKey?: string | null;
  blueprintVersion?: number | null;
  outcome: 'accepted' | 'refused';
  code: string | null;
  trace: AuditTrace | null;
  requestId?: string | null;
  hash?: string;
}

/** What an entry's trace may carry: the intake's classification, the flows taken, a refusal's details. */
export interface AuditTrace {
  classification?: {
    class?: string;
    priority?: string;
    team?: string;
    rulesetVersion?: number;
    decidedBy?: Record<string, string>;
    timeStandards?: Record<string, string>;
  } | null;
  flows?: string[];
  effects?: string[];
  message?: { 'zh-CN': string; en: string };
  [key: string]: unknown;
}

export interface TicketComment {
  id: string;
  at: string;
  authorId: string;
  authorRole: string;
  body: string;
}

/** A change of a ticket the caller may see, as `GET /api/stream` sends it. */
export interface TicketChange {
  kind: 'ticket.created' | 'ticket.updated';
  ticketId: string;
  version: number;
  state: string;
  status: string;
  team: string | null;
  assignedRoles: string;
  event?: string;
  at: string;
}

export interface WorkloadRow {
  team: string | null;
  open: number;
  emergency: number;
  atRisk: number;
  overdue: number;
  byRole: Record<string, number>;
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

export interface AuditPage {
  items: AuditEntry[];
  nextAfterSeq: number | null;
}

export interface ChainVerification {
  ok: boolean;
  entries: number;
  headSeq: number;
  firstBroken?: { seq: number; reason: string };
}

export interface ReplayVerdict {
  ok: boolean;
  ticketId: string;
  reason?: string;
  field?: string;
  message?: { 'zh-CN': string; en: string };
}

export interface StepHeat {
  stepId: string;
  passed: number;
  medianMs: number | null;
  p90Ms: number | null;
  breaches: number;
  refused: number;
  answers: number;
  meanSatisfaction: number | null;
}

export interface Heatmap {
  blueprint: string;
  version: number;
  from?: string;
  to?: string;
  tickets: number;
  entries: number;
  steps: StepHeat[];
}
