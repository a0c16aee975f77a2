import type { Blueprint, Flow } from '@frontstage/engine';
import { freshId } from '../../shared/fresh-id';

/**
 * Connects two steps. Out of a task the flow needs an event, so it gets a readable placeholder
 * (`DONE`, `DONE_2`…) the designer renames; out of other steps it carries none.
 */
export function connect(
  blueprint: Blueprint,
  from: string,
  to: string,
): { blueprint: Blueprint; id: string } {
  const source = blueprint.steps.find((s) => s.id === from);
  const id = freshId(`${from}-${to}`, new Set(blueprint.flows.map((f) => f.id)));
  const flow: Flow = { id, from, to };
  if (source?.type === 'task') {
    const used = new Set(blueprint.flows.filter((f) => f.from === from).map((f) => f.event));
    let event = 'DONE';
    for (let n = 2; used.has(event); n++) event = `DONE_${n}`;
    flow.event = event;
  }
  return { blueprint: { ...blueprint, flows: [...blueprint.flows, flow] }, id };
}

/** Replaces one flow (same id) with an edited copy. */
export function updateFlow(blueprint: Blueprint, id: string, patch: (flow: Flow) => Flow): Blueprint {
  return { ...blueprint, flows: blueprint.flows.map((f) => (f.id === id ? patch(f) : f)) };
}
