import { z } from 'zod';
import type { CompiledBlueprint } from './compile.js';
import { TICKET_COMMAND } from './commands.js';
import { INTAKE } from './machine-config.js';
import { replay, sameTicket, type ReplayCommand } from './replay.js';
import { safeParse } from './safe-parse.js';
import { JsonValue, type Text } from './schema/primitives.js';
import type { StartOptions } from './step.js';
import type { Rejection, Ticket } from './ticket.js';

// A bigint column comes back from some drivers as a string of digits.
const Seq = z.union([
  z.number().int().nonnegative(),
  z
    .string()
    .regex(/^\d{1,15}$/)
    .transform(Number),
]);

const Classification = z
  .object({
    team: z.string().nullable().optional(),
    timeStandards: z.record(z.string(), z.string()).nullable().optional(),
  })
  .loose();

/**
 * One entry of a ticket's audit history, as `GET /api/tickets/:id/history` returns it. Only what a
 * replay reads is checked; hashes and other members pass through. A refused entry moved nothing,
 * so only its place in the log matters.
 * @example HistoryEntry.safeParse({ seq: 7, outcome: 'refused' }).success // true
 */
export const HistoryEntry = z.discriminatedUnion('outcome', [
  z
    .object({
      seq: Seq,
      outcome: z.literal('accepted'),
      at: z.iso.datetime(),
      ticketId: z.string().nullable().optional(),
      actorId: z.string().min(1),
      actorRole: z.string().min(1),
      command: z.string().optional(),
      eventType: z.string().nullable(),
      data: z.record(z.string(), JsonValue).nullable(),
      fromState: z.string().nullable().optional(),
      toState: z.string().nullable().optional(),
      trace: z.object({ classification: Classification.nullable().optional() }).loose().nullable().optional(),
    })
    .loose(),
  z
    .object({
      seq: Seq,
      outcome: z.literal('refused'),
      ticketId: z.string().nullable().optional(),
    })
    .loose(),
]);
export type HistoryEntry = z.infer<typeof HistoryEntry>;
export type AcceptedEntry = Extract<HistoryEntry, { outcome: 'accepted' }>;

export const HISTORY_ISSUE_CODES = [
  'history.invalid',
  'history.duplicate_seq',
  'history.several_tickets',
] as const;
export type HistoryIssueCode = (typeof HISTORY_ISSUE_CODES)[number];

/** A problem with the history itself; `path` starts with the entry's position in the input. */
export interface HistoryIssue {
  code: HistoryIssueCode;
  path: (string | number)[];
  message: string;
}

export type HistoryCommands =
  | { ok: true; commands: ReplayCommand[]; sources: AcceptedEntry[]; refused: number }
  | { ok: false; issues: HistoryIssue[] };

const pathOf = (path: readonly PropertyKey[]) => path.map((p) => (typeof p === 'number' ? p : String(p)));

function commandOf(entry: AcceptedEntry): ReplayCommand {
  const actor = { id: entry.actorId, role: entry.actorRole };
  if (entry.eventType === INTAKE) {
    const c = entry.trace?.classification;
    const options: StartOptions = {
      ...(c?.team ? { team: c.team } : {}),
      ...(c?.timeStandards ? { timeStandards: c.timeStandards } : {}),
    };
    return { kind: 'start', facts: entry.data ?? {}, actor, at: entry.at, ...(c ? { options } : {}) };
  }
  if (entry.command === TICKET_COMMAND.reassign && typeof entry.data?.team === 'string')
    return { kind: 'reassign', team: entry.data.team, actor, at: entry.at };
  return {
    kind: 'event',
    event: { type: entry.eventType, ...(entry.data ? { data: entry.data } : {}) },
    actor,
    at: entry.at,
  };
}

/**
 * Turns the audit history of one ticket into the commands that made it: the accepted intake
 * becomes `start` (with the team and time standards classification gave it), every other accepted
 * entry an event; refused entries and entries that carry no event are left out. Entries are
 * untrusted JSON: they are checked, ordered by `seq`, and every problem is returned, never thrown.
 * @example
 * const read = commandsFromHistory(await (await fetch(`/api/tickets/${id}/history`)).json());
 * if (read.ok) replay(compiled, read.commands);
 */
export function commandsFromHistory(entries: unknown): HistoryCommands {
  const parsed = safeParse(z.array(HistoryEntry), entries);
  if (!parsed.success)
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({
        code: 'history.invalid',
        path: pathOf(i.path),
        message: i.message,
      })),
    };
  const issues: HistoryIssue[] = [];
  const seen = new Map<number, number>();
  const tickets = new Set<string>();
  parsed.data.forEach((entry, index) => {
    if (seen.has(entry.seq))
      issues.push({
        code: 'history.duplicate_seq',
        path: [index, 'seq'],
        message: `seq ${entry.seq} appears twice (first at ${seen.get(entry.seq)})`,
      });
    seen.set(entry.seq, index);
    if (typeof entry.ticketId === 'string') tickets.add(entry.ticketId);
    if (entry.outcome === 'accepted' && entry.eventType === INTAKE && entry.data === null)
      issues.push({
        code: 'history.invalid',
        path: [index, 'data'],
        message: 'the intake entry carries no facts',
      });
  });
  if (tickets.size > 1)
    issues.push({
      code: 'history.several_tickets',
      path: [],
      message: `entries of ${tickets.size} tickets: ${[...tickets].join(', ')}`,
    });
  if (issues.length > 0) return { ok: false, issues };
  const ordered = [...parsed.data].sort((a, b) => a.seq - b.seq);
  const sources = ordered.filter((e): e is AcceptedEntry => e.outcome === 'accepted' && e.eventType !== null);
  return {
    ok: true,
    commands: sources.map(commandOf),
    sources,
    refused: ordered.filter((e) => e.outcome === 'refused').length,
  };
}

export type HistoryReplay =
  | { ok: true; ticket: Ticket; trail: Ticket[]; commands: ReplayCommand[]; sources: AcceptedEntry[] }
  | { ok: false; reason: 'history_invalid'; issues: HistoryIssue[] }
  | {
      ok: false;
      reason: 'replay_refused';
      index: number;
      seq: number | null;
      rejection: Rejection;
      trail: Ticket[];
      commands: ReplayCommand[];
      sources: AcceptedEntry[];
    };

/**
 * Replays a ticket's audit history over its pinned blueprint version: `commandsFromHistory`, then
 * `replay`. A refusal names the command's index and the entry's `seq`.
 * @example
 * const replayed = replayHistory(compiled, history, { calendar });
 * if (replayed.ok) replayed.trail.map((t) => t.state); // where the ticket was after every entry
 */
export function replayHistory(
  compiled: CompiledBlueprint,
  entries: unknown,
  options: StartOptions = {},
): HistoryReplay {
  const read = commandsFromHistory(entries);
  if (!read.ok) return { ok: false, reason: 'history_invalid', issues: read.issues };
  const { commands, sources } = read;
  const replayed = replay(compiled, commands, options);
  if (!replayed.ok)
    return {
      ok: false,
      reason: 'replay_refused',
      index: replayed.index,
      seq: sources[replayed.index]?.seq ?? null,
      rejection: replayed.rejection,
      trail: replayed.trail,
      commands,
      sources,
    };
  return { ok: true, ticket: replayed.ticket, trail: replayed.trail, commands, sources };
}

export type TicketCheck =
  | { ok: true; ticket: Ticket }
  | { ok: false; reason: 'history_invalid'; message: Text; issues: HistoryIssue[] }
  | {
      ok: false;
      reason: 'replay_refused';
      message: Text;
      index: number;
      seq: number | null;
      rejection: Rejection;
    }
  | {
      ok: false;
      reason: 'state_differs';
      message: Text;
      index: number;
      seq: number;
      field: 'fromState' | 'toState';
      recorded: string;
      replayed: string;
    }
  | { ok: false; reason: 'ticket_differs'; message: Text; field: string };

/** The first place, in sorted key order, where two JSON values differ, as `timers[0].due`. */
function firstDifference(a: unknown, b: unknown, path = ''): string | undefined {
  if (a === b) return undefined;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObject(a) && isObject(b)) {
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
      const d = firstDifference(
        Object.hasOwn(a, key) ? a[key] : undefined,
        Object.hasOwn(b, key) ? b[key] : undefined,
        path ? `${path}.${key}` : key,
      );
      if (d !== undefined) return d;
    }
    return undefined;
  }
  return path || '(ticket)';
}

/** Where the recorded states of the accepted entries part from the replay, if they do. */
function stateDrift(
  trail: readonly Ticket[],
  sources: readonly AcceptedEntry[],
): Extract<TicketCheck, { reason: 'state_differs' }> | undefined {
  for (const [index, ticket] of trail.entries()) {
    const entry = sources[index]!;
    const checks = [
      ['fromState', entry.fromState, index > 0 ? trail[index - 1]!.state : undefined],
      ['toState', entry.toState, ticket.state],
    ] as const;
    for (const [field, recorded, replayed] of checks)
      if (typeof recorded === 'string' && replayed !== undefined && recorded !== replayed)
        return {
          ok: false,
          reason: 'state_differs',
          index,
          seq: entry.seq,
          field,
          recorded,
          replayed,
          message: {
            'zh-CN': `第 ${entry.seq} 条记录的 ${field} 是“${recorded}”，重放得到“${replayed}”`,
            en: `Entry ${entry.seq} records ${field} "${recorded}", the replay gives "${replayed}"`,
          },
        };
  }
  return undefined;
}

/**
 * Judges a replay: the history must replay, every accepted entry's recorded from/to state must be
 * where the replay went, and (when given) the stored ticket must equal the replayed one, member
 * for member. The first difference is named.
 * @example checkReplay(replayHistory(compiled, history), storedTicket) // { ok: false, reason: 'ticket_differs', field: 'state', … }
 */
export function checkReplay(replayed: HistoryReplay, stored?: unknown): TicketCheck {
  if (!replayed.ok && replayed.reason === 'history_invalid')
    return {
      ok: false,
      reason: 'history_invalid',
      issues: replayed.issues,
      message: { 'zh-CN': '历史记录无法读取', en: 'The history cannot be read' },
    };
  const drift = stateDrift(replayed.trail, replayed.sources);
  if (drift) return drift;
  if (!replayed.ok) {
    const { index, seq, rejection } = replayed;
    const where = seq === null ? `#${index}` : `${seq}`;
    return {
      ok: false,
      reason: 'replay_refused',
      index,
      seq,
      rejection,
      message: {
        'zh-CN': `第 ${where} 条记录无法重放：${rejection.message['zh-CN']}`,
        en: `Entry ${where} does not replay: ${rejection.message.en}`,
      },
    };
  }
  if (stored !== undefined && !sameTicket(replayed.ticket, stored)) {
    const field = firstDifference(replayed.ticket, stored) ?? '(ticket)';
    return {
      ok: false,
      reason: 'ticket_differs',
      field,
      message: {
        'zh-CN': `存储的工单与重放不同：${field}`,
        en: `The stored ticket differs from the replay at ${field}`,
      },
    };
  }
  return { ok: true, ticket: replayed.ticket };
}

/**
 * Whether a stored ticket is exactly what its history produces over its pinned blueprint version.
 * @example
 * const check = checkTicket(compiled, history, row.snapshot);
 * if (!check.ok) console.log(check.reason, check.message.en); // e.g. 'ticket_differs' at 'timers[0].due'
 */
export function checkTicket(
  compiled: CompiledBlueprint,
  entries: unknown,
  storedTicket: unknown,
  options: StartOptions = {},
): TicketCheck {
  return checkReplay(replayHistory(compiled, entries, options), storedTicket);
}
