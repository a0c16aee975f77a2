import { z } from 'zod';
import { Classification } from '../classify.js';
import { JsonValue, Text } from '../schema/primitives.js';

// The wire shapes of the audit endpoints.

/**
 * What an entry's trace may carry: the intake's classification (what replay needs to start the
 * ticket again), the flows taken and effects, the escalations a timer raised, a reassignment's teams,
 * or a refusal's details (any JSON, with `field` and a bilingual `message` where there is one).
 */
export const AuditTrace = z
  .object({
    classification: Classification.pick({ class: true, priority: true, team: true, timeStandards: true })
      .extend({
        rulesetVersion: z.number().int().nullable(),
        decidedBy: z.record(z.string(), z.string()),
        explanation: Classification.shape.explanation,
      })
      .partial()
      .nullable(),
    flows: z.array(z.string()),
    effects: z.array(z.string()),
    escalations: z.array(z.string()),
    from: z.string().nullable(),
    to: z.string(),
    message: Text,
  })
  .partial()
  .catchall(JsonValue)
  .meta({ id: 'AuditTrace' });
export type AuditTrace = z.infer<typeof AuditTrace>;

/** One entry of the hash-chained log (`GET /api/tickets/:id/history`, `GET /api/audit`). */
export const AuditEntry = z
  .object({
    seq: z.number().int(),
    at: z.iso.datetime(),
    ticketId: z.string().nullable(),
    actorId: z.string(),
    actorRole: z.string(),
    /** One of AUDIT_COMMANDS; read as text, since a log outlives the names of its day. */
    command: z.string(),
    eventType: z.string().nullable(),
    data: z.record(z.string(), JsonValue).nullable(),
    fromState: z.string().nullable(),
    toState: z.string().nullable(),
    blueprintKey: z.string().nullable().optional(),
    blueprintVersion: z.number().int().nullable().optional(),
    outcome: z.enum(['accepted', 'refused']),
    code: z.string().nullable(),
    trace: AuditTrace.nullable(),
    requestId: z.string().nullable().optional(),
    prevHash: z.string().optional(),
    hash: z.string().optional(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;

/**
 * `GET /api/audit`: a page of entries; ask for the next with `cursor=nextCursor` (or, as before,
 * `afterSeq=nextAfterSeq`). Both are null on the last page.
 */
export const AuditPage = z
  .object({
    items: z.array(AuditEntry),
    nextAfterSeq: z.number().int().nullable(),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'AuditPage' });
export type AuditPage = z.infer<typeof AuditPage>;

/** Where the chain stops holding: an entry whose hash or link is wrong, one missing, or a head that disagrees. */
export const ChainBreak = z
  .object({
    seq: z.number().int(),
    reason: z.enum(['hash_mismatch', 'prev_hash_mismatch', 'missing_entry', 'head_mismatch']),
  })
  .meta({ id: 'ChainBreak' });
export type ChainBreak = z.infer<typeof ChainBreak>;

/** `GET /api/audit/verify`: the whole chain recomputed. */
export const ChainVerification = z
  .object({
    ok: z.boolean(),
    entries: z.number().int(),
    headSeq: z.number().int(),
    firstBroken: ChainBreak.optional(),
  })
  .meta({ id: 'ChainVerification' });
export type ChainVerification = z.infer<typeof ChainVerification>;

/**
 * `GET /api/audit/replay/:id`: whether the stored ticket equals the replay of its history; when not,
 * why (`reason`), in both languages, and where (`field`, the entry's `seq`).
 */
export const ReplayVerdict = z
  .object({
    ok: z.boolean(),
    ticketId: z.string(),
    blueprint: z.string(),
    version: z.number().int(),
    reason: z.enum(['history_invalid', 'replay_refused', 'state_differs', 'ticket_differs']).optional(),
    message: Text.optional(),
    field: z.string().optional(),
    index: z.number().int().optional(),
    seq: z.number().int().nullable().optional(),
    recorded: z.string().optional(),
    replayed: z.string().optional(),
    issues: z
      .array(
        z.object({ code: z.string(), path: z.array(z.union([z.string(), z.number()])), message: z.string() }),
      )
      .optional(),
    rejection: z
      .object({ code: z.string(), message: Text, details: z.record(z.string(), JsonValue).optional() })
      .optional(),
  })
  .meta({ id: 'ReplayVerdict' });
export type ReplayVerdict = z.infer<typeof ReplayVerdict>;

/**
 * `GET /api/audit/replay`: a page of tickets replayed (oldest first); the mismatches listed in full.
 * `nextCursor` asks for the next page, null on the last.
 */
export const ReplayReport = z
  .object({
    checked: z.number().int(),
    ok: z.boolean(),
    mismatches: z.array(ReplayVerdict),
    limit: z.number().int(),
    offset: z.number().int(),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'ReplayReport' });
export type ReplayReport = z.infer<typeof ReplayReport>;
