import type { Blueprint, Flow, Step } from './schema/blueprint.js';

/** The blueprint seen as a graph of steps joined by flows, indexed once. */
export interface StepGraph {
  steps: Map<string, Step>;
  outgoing: Map<string, Flow[]>;
  incoming: Map<string, Flow[]>;
  start: Step | undefined;
  ends: Step[];
}

/** Indexes a (schema-valid) blueprint. Flows pointing at unknown steps are left out. */
export function buildGraph(blueprint: Blueprint): StepGraph {
  const steps = new Map<string, Step>();
  for (const step of blueprint.steps) if (!steps.has(step.id)) steps.set(step.id, step);
  const outgoing = new Map<string, Flow[]>();
  const incoming = new Map<string, Flow[]>();
  for (const id of steps.keys()) {
    outgoing.set(id, []);
    incoming.set(id, []);
  }
  for (const flow of blueprint.flows) {
    if (!steps.has(flow.from) || !steps.has(flow.to)) continue;
    outgoing.get(flow.from)!.push(flow);
    incoming.get(flow.to)!.push(flow);
  }
  const starts = blueprint.steps.filter((s) => s.type === 'start');
  return {
    steps,
    outgoing,
    incoming,
    start: starts[0],
    ends: blueprint.steps.filter((s) => s.type === 'end'),
  };
}

/** Steps reachable from `from` following flows forwards, optionally only through steps `through` allows. */
export function reachableFrom(
  graph: StepGraph,
  from: string[],
  through: (step: Step) => boolean = () => true,
): Set<string> {
  const seen = new Set<string>();
  const queue = [...from];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const step = graph.steps.get(id);
    if (!step || !through(step)) continue;
    for (const flow of graph.outgoing.get(id) ?? []) if (!seen.has(flow.to)) queue.push(flow.to);
  }
  return seen;
}

/** Steps from which `to` can be reached, following flows backwards. */
export function reachingTo(graph: StepGraph, to: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...to];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const flow of graph.incoming.get(id) ?? []) if (!seen.has(flow.from)) queue.push(flow.from);
  }
  return seen;
}
