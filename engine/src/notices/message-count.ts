import { buildGraph } from '../graph.js';
import type { Blueprint } from '../schema/blueprint.js';
import { notifiesCustomer } from './customer-notices.js';

/** One way through a blueprint and the customer messages a ticket sends along it. */
export interface MessagePath {
  /** Step ids from the start to an end. */
  steps: string[];
  messages: number;
}

/** How many customer messages a ticket can send (WeChat asks the customer to opt in once per message). */
export interface MessageCount {
  /** The most messages on any path from start to end, each step visited once. */
  max: number;
  /** The fewest on any such path. */
  min: number;
  paths: MessagePath[];
  /**
   * True when a loop (a reopened repair, a callback sent back) passes a step that tells the
   * customer: every round sends more, so `max` counts one round only.
   */
  loops: boolean;
  /** True when enumeration stopped at `maxPaths`. */
  truncated: boolean;
}

/**
 * Counts the customer messages along every simple path of a blueprint, pure and without compiling
 * it, so the designer can show it on a draft.
 * @example customerMessageCount(blueprint) // { max: 4, min: 3, loops: true, paths: [...], truncated: false }
 */
export function customerMessageCount(
  blueprint: Pick<Blueprint, 'steps' | 'flows'>,
  { maxPaths = 200 } = {},
): MessageCount {
  const graph = buildGraph(blueprint as Blueprint);
  const paths: MessagePath[] = [];
  let loops = false;
  let truncated = false;
  const tells = (id: string) => notifiesCustomer(graph.steps.get(id)!);
  const walk = (id: string, trail: string[], onTrail: Set<string>) => {
    if (paths.length >= maxPaths) return void (truncated = true);
    const step = graph.steps.get(id)!;
    if (step.type === 'end') {
      const steps = [...trail, id];
      return void paths.push({ steps, messages: steps.filter(tells).length });
    }
    onTrail.add(id);
    trail.push(id);
    for (const flow of graph.outgoing.get(id) ?? []) {
      if (onTrail.has(flow.to)) {
        // A loop back to `flow.to`: it re-enters every step from there to here.
        const from = trail.indexOf(flow.to);
        if (trail.slice(from).some(tells)) loops = true;
        continue;
      }
      walk(flow.to, trail, onTrail);
    }
    trail.pop();
    onTrail.delete(id);
  };
  if (graph.start) walk(graph.start.id, [], new Set());
  const counts = paths.map((p) => p.messages);
  return {
    max: counts.length ? Math.max(...counts) : 0,
    min: counts.length ? Math.min(...counts) : 0,
    paths,
    loops,
    truncated,
  };
}
