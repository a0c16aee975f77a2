import type {
  Blueprint,
  CompiledBlueprint,
  RequestClass,
  Ruleset,
  StoredClassification,
  Ticket,
  TicketComment,
} from '@frontstage/engine';
import { EntitySchema } from 'typeorm';
import { ESTATE_ENTITIES } from '../estate/estate.entities.js';

// Entities are plain interfaces mapped by EntitySchema: no decorator metadata, one mapping per table,
// and the same column types on SQLite and PostgreSQL (times are ISO-8601 strings, JSON is text).

export interface UserRow {
  id: string;
  username: string;
  passwordHash: string;
  /** API role: designer, staff, supervisor, auditor, admin. */
  role: string;
  /** The role the blueprints name (frontdesk, dispatcher, engineer…); equals `role` for non-staff. */
  jobRole: string;
  team: string | null;
  /** Sees every site, whatever its API role (the quality desk); auditors, admins and designers always do. */
  companyWide: boolean;
  createdAt: string;
}

export interface BlueprintDraftRow {
  key: string;
  body: Blueprint;
  updatedAt: string;
  updatedBy: string;
}

export interface BlueprintVersionRow {
  key: string;
  version: number;
  hash: string;
  body: Blueprint;
  /** What publishing compiled, kept for clients; the API recompiles `body` to run tickets. */
  compiled: Pick<CompiledBlueprint, 'machine' | 'rules' | 'report'>;
  publishedAt: string;
  publishedBy: string;
  /** The designer's change note; null for versions published before notes, and by the seed. */
  note: string | null;
}

export interface RulesetVersionRow {
  version: number;
  key: string;
  hash: string;
  body: Ruleset;
  publishedAt: string;
  publishedBy: string;
  /** The designer's change note; null for versions published before notes, and by the seed. */
  note: string | null;
}

export interface TicketRow {
  id: string;
  blueprintKey: string;
  blueprintVersion: number;
  blueprintHash: string;
  class: RequestClass;
  priority: string;
  team: string | null;
  state: string;
  status: string;
  /** `,frontdesk,dispatcher,`: the roles who should act now, delimited for LIKE filters. */
  assignedRoles: string;
  /** `,supervisor,`: the roles the live escalations of the current step wait for. */
  escalatedTo: string;
  /** 0 emergency, 1 special, 2 general: the queue's first order. */
  urgencyRank: number;
  /** Due time of the next breach timer, or NO_BREACH: the queue's order after class. */
  nextBreach: string;
  overdue: boolean;
  atRisk: boolean;
  /** The engine's ticket (persisted XState snapshot plus path, timers, escalations). */
  snapshot: Ticket;
  /** What intake's classification decided, with the ruleset version that decided it. */
  classification: StoredClassification;
  version: number;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  /** The site the ticket belongs to: who may see it (site scope). */
  siteId: string;
  unitId: string | null;
  areaId: string | null;
  /** The unit's or area's code when the ticket started, kept for lists without a join. */
  locationCode: string | null;
  customerId: string | null;
}

export interface TimerRow {
  ticketId: string;
  timerId: string;
  stepId: string;
  kind: string;
  due: string;
  status: string;
  escalateTo: string | null;
  createdAt: string;
  settledAt: string | null;
}

export interface AuditRow {
  seq: number;
  at: string;
  ticketId: string | null;
  actorId: string;
  actorRole: string;
  command: string;
  eventType: string | null;
  data: object | null;
  fromState: string | null;
  toState: string | null;
  blueprintKey: string | null;
  blueprintVersion: number | null;
  outcome: string;
  code: string | null;
  trace: object | null;
  requestId: string | null;
  prevHash: string;
  hash: string;
}

export interface AuditHeadRow {
  id: number;
  seq: number;
  hash: string;
}

const str = (length: number, nullable = false) => ({ type: 'varchar' as const, length, nullable });
const json = (nullable = false) => ({ type: 'simple-json' as const, nullable });

export const UserEntity = new EntitySchema<UserRow>({
  name: 'User',
  tableName: 'users',
  columns: {
    id: { ...str(36), primary: true },
    username: { ...str(64), unique: true },
    passwordHash: { ...str(100), name: 'password_hash' },
    role: str(20),
    jobRole: { ...str(40), name: 'job_role' },
    team: str(64, true),
    companyWide: { type: 'boolean', name: 'company_wide', default: false },
    createdAt: { ...str(30), name: 'created_at' },
  },
});

export const BlueprintDraftEntity = new EntitySchema<BlueprintDraftRow>({
  name: 'BlueprintDraft',
  tableName: 'blueprint_drafts',
  columns: {
    key: { ...str(64), primary: true },
    body: json(),
    updatedAt: { ...str(30), name: 'updated_at' },
    updatedBy: { ...str(64), name: 'updated_by' },
  },
});

export const BlueprintVersionEntity = new EntitySchema<BlueprintVersionRow>({
  name: 'BlueprintVersion',
  tableName: 'blueprint_versions',
  columns: {
    key: { ...str(64), primary: true },
    version: { type: 'integer', primary: true },
    hash: str(64),
    body: json(),
    compiled: json(),
    publishedAt: { ...str(30), name: 'published_at' },
    publishedBy: { ...str(64), name: 'published_by' },
    note: str(500, true),
  },
});

export const RulesetVersionEntity = new EntitySchema<RulesetVersionRow>({
  name: 'RulesetVersion',
  tableName: 'ruleset_versions',
  columns: {
    version: { type: 'integer', primary: true },
    key: str(64),
    hash: str(64),
    body: json(),
    publishedAt: { ...str(30), name: 'published_at' },
    publishedBy: { ...str(64), name: 'published_by' },
    note: str(500, true),
  },
});

export const TicketEntity = new EntitySchema<TicketRow>({
  name: 'Ticket',
  tableName: 'tickets',
  columns: {
    id: { ...str(36), primary: true },
    blueprintKey: { ...str(64), name: 'blueprint_key' },
    blueprintVersion: { type: 'integer', name: 'blueprint_version' },
    blueprintHash: { ...str(64), name: 'blueprint_hash' },
    class: str(20),
    priority: str(20),
    team: str(64, true),
    state: str(64),
    status: str(10),
    assignedRoles: { ...str(400), name: 'assigned_roles' },
    escalatedTo: { ...str(400), name: 'escalated_to', default: ',' },
    urgencyRank: { type: 'integer', name: 'urgency_rank', default: 2 },
    nextBreach: { ...str(30), name: 'next_breach' },
    overdue: { type: 'boolean' },
    atRisk: { type: 'boolean', name: 'at_risk' },
    snapshot: json(),
    classification: json(),
    version: { type: 'integer' },
    createdAt: { ...str(30), name: 'created_at' },
    updatedAt: { ...str(30), name: 'updated_at' },
    createdBy: { ...str(64), name: 'created_by' },
    siteId: { ...str(40), name: 'site_id' },
    unitId: { ...str(36, true), name: 'unit_id' },
    areaId: { ...str(36, true), name: 'area_id' },
    locationCode: { ...str(64, true), name: 'location_code' },
    customerId: { ...str(36, true), name: 'customer_id' },
  },
});

export const TimerEntity = new EntitySchema<TimerRow>({
  name: 'Timer',
  tableName: 'timers',
  columns: {
    ticketId: { ...str(36), primary: true, name: 'ticket_id' },
    timerId: { ...str(255), primary: true, name: 'timer_id' },
    stepId: { ...str(64), name: 'step_id' },
    kind: str(10),
    due: str(30),
    status: str(12),
    escalateTo: { ...str(40, true), name: 'escalate_to' },
    createdAt: { ...str(30), name: 'created_at' },
    settledAt: { ...str(30, true), name: 'settled_at' },
  },
});

export const AuditEntryEntity = new EntitySchema<AuditRow>({
  name: 'AuditEntry',
  tableName: 'audit_entries',
  columns: {
    seq: { type: 'integer', primary: true },
    at: str(30),
    ticketId: { ...str(36, true), name: 'ticket_id' },
    actorId: { ...str(64), name: 'actor_id' },
    actorRole: { ...str(40), name: 'actor_role' },
    command: str(40),
    eventType: { ...str(64, true), name: 'event_type' },
    data: json(true),
    fromState: { ...str(64, true), name: 'from_state' },
    toState: { ...str(64, true), name: 'to_state' },
    blueprintKey: { ...str(64, true), name: 'blueprint_key' },
    blueprintVersion: { type: 'integer', nullable: true, name: 'blueprint_version' },
    outcome: str(10),
    code: str(40, true),
    trace: json(true),
    requestId: { ...str(64, true), name: 'request_id' },
    prevHash: { ...str(64), name: 'prev_hash' },
    hash: str(64),
  },
});

export const AuditHeadEntity = new EntitySchema<AuditHeadRow>({
  name: 'AuditHead',
  tableName: 'audit_head',
  columns: {
    id: { type: 'integer', primary: true },
    seq: { type: 'integer' },
    hash: str(64),
  },
});

/** A comment is stored as it is answered. */
export type CommentRow = TicketComment;

export const CommentEntity = new EntitySchema<CommentRow>({
  name: 'Comment',
  tableName: 'ticket_comments',
  columns: {
    id: { ...str(36), primary: true },
    ticketId: { ...str(36), name: 'ticket_id' },
    at: str(30),
    authorId: { ...str(64), name: 'author_id' },
    authorRole: { ...str(40), name: 'author_role' },
    body: { type: 'text' },
    auditSeq: { type: 'integer', name: 'audit_seq' },
  },
});

export const ENTITIES = [
  CommentEntity,
  UserEntity,
  BlueprintDraftEntity,
  BlueprintVersionEntity,
  RulesetVersionEntity,
  TicketEntity,
  TimerEntity,
  AuditEntryEntity,
  AuditHeadEntity,
  ...ESTATE_ENTITIES,
];
