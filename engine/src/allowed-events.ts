import type { CompiledBlueprint } from './compile.js';
import { fieldsFor, runtimeFor } from './runtime.js';
import { z } from 'zod';
import { Field, SYSTEM_ROLE } from './schema/blueprint.js';
import { Text } from './schema/primitives.js';
import type { Ticket } from './ticket.js';

/** An event a ticket accepts now, who may send it and the data it needs. */
export const AllowedEvent = z.object({
  type: z.string(),
  label: Text.optional(),
  roles: z.array(z.string()),
  fields: z.array(Field),
  /** Whether the asking role may send it. */
  mine: z.boolean(),
});
export type AllowedEvent = z.infer<typeof AllowedEvent>;

/**
 * The events a ticket accepts at its current step, for building buttons and forms.
 * @example allowedEvents(compiled, ticket, 'engineer').filter((e) => e.mine).map((e) => e.type) // ['ARRIVED']
 */
export function allowedEvents(compiled: CompiledBlueprint, ticket: Ticket, role?: string): AllowedEvent[] {
  if (ticket.status === 'closed') return [];
  const runtime = runtimeFor(compiled);
  const step = runtime?.steps.get(ticket.state);
  const byEvent = runtime?.flowsByEvent.get(ticket.state);
  if (!step || !byEvent) return [];
  const breach = step.timeStandard?.onBreach?.event;
  return [...byEvent.entries()].map(([type, flows]) => {
    // A time standard's breach event is the scheduler's to send, unless a flow names people for it.
    const system = type === breach && flows.every((f) => !f.roles);
    const roles = system ? [SYSTEM_ROLE] : [...new Set(flows.flatMap((f) => f.roles ?? step.roles ?? []))];
    const label = flows[0]?.label;
    return {
      type,
      ...(label ? { label } : {}),
      roles,
      fields: fieldsFor(step, flows),
      mine: role !== undefined && roles.includes(role),
    };
  });
}
