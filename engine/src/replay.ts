import { canonicalJson } from './canonical.js';
import type { CompiledBlueprint } from './compile.js';
import { reassign } from './reassign.js';
import { start, step, type StartOptions } from './step.js';
import type { Rejection, Ticket } from './ticket.js';

/** One accepted command from a ticket's history, as the audit log records it. */
export type ReplayCommand =
  | { kind: 'start'; facts: Record<string, unknown>; actor: unknown; at: string; options?: StartOptions }
  | { kind: 'event'; event: unknown; actor: unknown; at: string }
  | { kind: 'reassign'; team: string; actor: unknown; at: string };

export type ReplayResult =
  | { ok: true; ticket: Ticket; trail: Ticket[] }
  | { ok: false; index: number; rejection: Rejection; trail: Ticket[] };

/**
 * Replays a ticket's accepted commands over its pinned blueprint version. Because step is a pure
 * function of its inputs, the replay must land exactly on the stored ticket; `trail` holds the
 * ticket after each command, for drawing where it was at every entry.
 * @example
 * const replayed = replay(compiled, commands);
 * replayed.ok && sameTicket(replayed.ticket, stored); // true unless the history or the row was altered
 */
export function replay(
  compiled: CompiledBlueprint,
  commands: readonly ReplayCommand[],
  options: StartOptions = {},
): ReplayResult {
  const trail: Ticket[] = [];
  let ticket: Ticket | undefined;
  for (const [index, command] of commands.entries()) {
    const result =
      command.kind === 'start'
        ? index === 0
          ? start(compiled, command.facts, command.actor, command.at, { ...options, ...command.options })
          : undefined
        : !ticket
          ? undefined
          : command.kind === 'reassign'
            ? reassign(ticket, command.team, command.at)
            : step(compiled, ticket, command.event, command.actor, command.at, options);
    if (!result)
      return {
        ok: false,
        index,
        trail,
        rejection: {
          code: 'invalid_input',
          message: {
            'zh-CN': '历史必须以开单开始，且只开单一次',
            en: 'A history starts with exactly one start command',
          },
        },
      };
    if (!result.ok) return { ok: false, index, rejection: result.rejection, trail };
    ticket = result.ticket;
    trail.push(ticket);
  }
  if (!ticket)
    return {
      ok: false,
      index: 0,
      trail,
      rejection: { code: 'invalid_input', message: { 'zh-CN': '历史为空', en: 'The history is empty' } },
    };
  return { ok: true, ticket, trail };
}

/** Whether two tickets are the same, member for member, whatever their key order. */
export function sameTicket(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
