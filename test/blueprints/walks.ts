// Walks through a blueprint that verify() does not list: verify() gives simple paths, so a flow
// that loops back (rework, an unsatisfied callback, a proposal sent back) and the steps only such a
// loop reaches are on none of them. A walk may visit a step more than once; scenarioFor() turns it
// into facts and events like any verified path.
import type { Blueprint, BlueprintPath } from '@frontstage/engine';

type Leg = Omit<BlueprintPath, 'end'>;

/** The shortest chain of flows (fewest, first in blueprint order on ties) from a step to one that `arrived` accepts. */
export function shortestLeg(blueprint: Blueprint, from: string, arrived: (stepId: string) => boolean): Leg | undefined {
  const came = new Map<string, { prev: string; flow: string } | null>([[from, null]]);
  const queue = [from];
  while (queue.length > 0) {
    const at = queue.shift()!;
    if (arrived(at)) {
      const steps = [at];
      const flows: string[] = [];
      for (let back = came.get(at); back; back = came.get(back.prev)) {
        steps.unshift(back.prev);
        flows.unshift(back.flow);
      }
      return { steps, flows };
    }
    for (const flow of blueprint.flows.filter((f) => f.from === at))
      if (!came.has(flow.to)) {
        came.set(flow.to, { prev: at, flow: flow.id });
        queue.push(flow.to);
      }
  }
  return undefined;
}

/**
 * A walk from the start to an end that takes the given flows in order, each reached by the
 * shortest way from where the walk stands.
 * @example walkVia(blueprint, ['unsatisfied', 'reaccept-rework-rework-requested'])
 */
export function walkVia(blueprint: Blueprint, flowIds: readonly string[]): BlueprintPath {
  const start = blueprint.steps.find((s) => s.type === 'start')!.id;
  const ends = new Set(blueprint.steps.filter((s) => s.type === 'end').map((s) => s.id));
  const steps = [start];
  const flows: string[] = [];
  const extend = (leg: Leg | undefined, what: string) => {
    if (!leg) throw new Error(`${blueprint.key}: no way to ${what}`);
    steps.push(...leg.steps.slice(1));
    flows.push(...leg.flows);
  };
  for (const id of flowIds) {
    const flow = blueprint.flows.find((f) => f.id === id);
    if (!flow) throw new Error(`${blueprint.key}: no flow ${id}`);
    extend(shortestLeg(blueprint, steps.at(-1)!, (s) => s === flow.from), `reach ${flow.from}`);
    steps.push(flow.to);
    flows.push(flow.id);
  }
  extend(shortestLeg(blueprint, steps.at(-1)!, (s) => ends.has(s)), 'reach an end');
  return { end: steps.at(-1)!, steps, flows };
}

/** A walk from the start to an end through a step. */
export function walkThrough(blueprint: Blueprint, stepId: string): BlueprintPath {
  const into = blueprint.flows.find((f) => f.to === stepId);
  if (!into) throw new Error(`${blueprint.key}: nothing leads to ${stepId}`);
  return walkVia(blueprint, [into.id]);
}

/** Whether `to` can be reached from `from` by one or more flows. */
export function reaches(blueprint: Blueprint, from: string, to: string): boolean {
  const next = blueprint.flows.filter((f) => f.from === from).map((f) => f.to);
  return next.some((n) => n === to || shortestLeg(blueprint, n, (s) => s === to) !== undefined);
}
