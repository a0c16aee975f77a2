import { z } from 'zod';
import { JsonValue, Text } from '../schema/primitives.js';

// The wire shapes of the audit endpoints.

/** What an entry's trace may carry: the intake's classification, the flows taken, a refusal's details. */
export const AuditTrace = z
  .object({
    classification: z
      .object({
        class: z.string().optional(),
        priority: z.string().optional(),
        team: z.string().optional(),
        rulesetVersion: z.number().optional(),
        decidedBy: z.record(z.string(), z.string()).optional(),
        timeStandards: z.record(z.string(), z.string()).optional(),
      })
      .loose()
      .nullable()
      .optional(),
    flows: z.array(z.string()).optional(),
    effects: z.array(z.string()).optional(),
    message: Text.optional(),
  })
  .catchall(z.unknown());
export type AuditTrace = z.infer<typeof AuditTrace>;

/** One entry of the hash-chained log (`GET /api/tickets/:id/history`, `GET /api/audit`). */
export const AuditEntry = z.object({
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
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** `GET /api/audit`: a page of entries; ask for the next with `afterSeq`. */
export const AuditPage = z.object({
  items: z.array(AuditEntry),
  nextAfterSeq: z.number().int().nullable(),
});
export type AuditPage = z.infer<typeof AuditPage>;

/** Where the chain stops holding: an entry whose hash or link is wrong, one missing, or a head that disagrees. */
export const ChainBreak = z.object({
  seq: z.number().int(),
  reason: z.enum(['hash_mismatch', 'prev_hash_mismatch', 'missing_entry', 'head_mismatch']),
});
export type ChainBreak = z.infer<typeof ChainBreak>;

/** `GET /api/audit/verify`: the whole chain recomputed. */
export const ChainVerification = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  headSeq: z.number().int(),
  firstBroken: ChainBreak.optional(),
});
export type ChainVerification = z.infer<typeof ChainVerification>;

/** `GET /api/audit/replay/:id`: whether the stored ticket equals the replay of its history. */
export const ReplayVerdict = z
  .object({
    ok: z.boolean(),
    ticketId: z.string(),
    blueprint: z.string(),
    version: z.number().int(),
    reason: z.string().optional(),
    field: z.string().optional(),
    message: Text.optional(),
  })
  .loose();
export type ReplayVerdict = z.infer<typeof ReplayVerdict>;
