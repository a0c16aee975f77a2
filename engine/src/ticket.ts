import { z } from 'zod';
import { JsonValue, Role, Text } from './schema/primitives.js';

/**
 * A clock of the ticket: a warning before, or the breach of, a step's time standard.
 * It lives in the ticket while active; the API turns it into a durable timer row.
 */
export const Timer = z
  .strictObject({
    id: z.string().min(1),
    stepId: z.string().min(1),
    kind: z.enum(['warning', 'breach']),
    due: z.iso.datetime(),
    fraction: z.number().optional(),
    escalateTo: Role.optional(),
  })
  .meta({ id: 'Timer' });
export type Timer = z.infer<typeof Timer>;

/** A warning or breach that happened, and to whom it went. */
export const Escalation = z
  .strictObject({
    timerId: z.string(),
    stepId: z.string(),
    kind: z.enum(['warning', 'breach']),
    to: Role,
    at: z.iso.datetime(),
  })
  .meta({ id: 'Escalation' });
export type Escalation = z.infer<typeof Escalation>;

/**
 * A ticket as the engine sees it: plain JSON that survives `JSON.parse(JSON.stringify(ticket))`.
 * `{ value: state, context }` is exactly the persisted XState snapshot of the blueprint machine.
 */
export const Ticket = z.strictObject({
  blueprint: z.strictObject({ key: z.string(), hash: z.string() }),
  state: z.string().min(1),
  status: z.enum(['open', 'closed']),
  context: z.strictObject({
    facts: z.record(z.string(), JsonValue),
    data: z.record(z.string(), JsonValue),
  }),
  /** Steps entered, in order. */
  path: z.array(z.string()),
  /** Accepted events so far; the next timer ids derive from it. */
  seq: z.number().int().nonnegative(),
  timers: z.array(Timer),
  escalations: z.array(Escalation),
  /** Who should act now. */
  assignment: z
    .strictObject({ stepId: z.string(), roles: z.array(Role), team: z.string().optional() })
    .nullable(),
  team: z.string().optional(),
  /** Time standards that replace the blueprint's for this ticket (from classification). */
  timeStandards: z.record(z.string(), z.string()),
  atRisk: z.boolean(),
  overdue: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Ticket = z.infer<typeof Ticket>;

/** An event sent to a ticket; `data` carries the step's required data. */
export const TicketEvent = z.strictObject({
  type: z.string().regex(/^[A-Z][A-Z0-9_]{0,63}$/),
  data: z.record(z.string(), JsonValue).optional(),
});
export type TicketEvent = z.infer<typeof TicketEvent>;

/** Who sends an event. Timers act as `{ id: 'scheduler', role: 'system' }`. */
export const Actor = z.strictObject({ id: z.string().min(1), role: Role, team: z.string().optional() });
export type Actor = z.infer<typeof Actor>;

/** The event a due timer sends, with `data.timerId`. */
export const TIMER_DUE = 'TIMER_DUE';

/** Work that must happen outside the engine after the new ticket is stored. */
export type Effect =
  | { kind: 'startTimer'; timer: Timer }
  | { kind: 'cancelTimer'; timerId: string }
  | { kind: 'assign'; stepId: string; roles: string[]; team?: string }
  | { kind: 'notify'; stepId: string; to: string; message: Text; reason: 'action' | 'warning' | 'breach' }
  | { kind: 'callSupplier'; stepId: string; supplier: string; message?: Text }
  | { kind: 'escalate'; stepId: string; to: string; timerId: string }
  | { kind: 'close'; stepId: string };

export const REJECTION_CODES = [
  'invalid_input',
  'wrong_blueprint',
  'ticket_closed',
  'event_not_allowed',
  'role_not_allowed',
  'data_invalid',
  'no_branch',
  'timer_not_active',
  'timer_not_due',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

/** Why a command was refused, in both languages, with details a client can act on. */
export interface Rejection {
  code: RejectionCode;
  message: Text;
  details?: Record<string, unknown>;
}

/** The outcome of start or step: the next ticket and its effects, or a typed rejection. */
export type StepResult =
  { ok: true; ticket: Ticket; effects: Effect[]; flows: string[] } | { ok: false; rejection: Rejection };

export function reject(
  code: RejectionCode,
  zh: string,
  en: string,
  details?: Record<string, unknown>,
): StepResult {
  return { ok: false, rejection: { code, message: { 'zh-CN': zh, en }, ...(details ? { details } : {}) } };
}
