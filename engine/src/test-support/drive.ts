import { compile, type CompiledBlueprint } from '../compile.js';
import type { Blueprint } from '../schema/blueprint.js';
import { start, step, type StartOptions } from '../step.js';
import type { StepResult, Ticket } from '../ticket.js';

/** Minutes after 08:00 UTC on 2026-11-23, as an ISO instant. */
export const at = (minutes: number) =>
  new Date(Date.UTC(2026, 10, 23, 8, 0) + minutes * 60_000).toISOString();
export const actor = (role: string) => ({ id: `${role}-1`, role });
export const system = { id: 'scheduler', role: 'system' };

/** Compiles a blueprint that must be valid. */
export function compiledOf(blueprint: Blueprint): CompiledBlueprint {
  const result = compile(blueprint);
  if (!result.ok) throw new Error(JSON.stringify(result.report.diagnostics.map((d) => d.code)));
  return result;
}

/** The ticket of an accepted result; throws with the rejection code otherwise. */
export function accepted(result: StepResult): Extract<StepResult, { ok: true }> {
  if (!result.ok) throw new Error(`${result.rejection.code}: ${result.rejection.message.en}`);
  return result;
}

/** Opens a ticket and sends each [type, role, data?] in turn, a minute apart. */
export function run(
  c: CompiledBlueprint,
  events: [string, string, Record<string, unknown>?][],
  options: StartOptions = {},
  facts = {},
): Ticket {
  let ticket = accepted(start(c, facts, actor('frontdesk'), at(0), options)).ticket;
  events.forEach(([type, role, data], i) => {
    ticket = accepted(
      step(c, ticket, { type, ...(data ? { data } : {}) }, actor(role), at(i + 1), options),
    ).ticket;
  });
  return ticket;
}
