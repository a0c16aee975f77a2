import { getSimplePaths } from '@xstate/graph';
import { createMachine } from 'xstate';
import type { CompiledBlueprint } from './compile.js';
import { buildGraph, reachableFrom, reachingTo } from './graph.js';

/** One way through a blueprint, from start to an end. */
export interface BlueprintPath {
  end: string;
  steps: string[];
  flows: string[];
}

/** What static verification finds: reachability, dead ends, who owns what, and every simple path. */
export interface Verification {
  reachable: string[];
  unreachable: string[];
  deadEnds: string[];
  /** For each role, the task steps it may complete. */
  roleCoverage: Record<string, string[]>;
  stepsWithoutOwner: string[];
  paths: BlueprintPath[];
  /** True when path enumeration stopped at `maxPaths`. */
  truncated: boolean;
}

/**
 * Verifies a compiled blueprint. Paths come from @xstate/graph over the blueprint's skeleton: one
 * state per step and one event per flow, guards removed, so every structural path is listed
 * whatever the facts (each is then a scenario that tests can drive through step).
 * @example verify(compiled).paths.map((p) => p.steps.join(' → '))
 */
export function verify(compiled: CompiledBlueprint, { maxPaths = 500 } = {}): Verification {
  const { blueprint } = compiled;
  const graph = buildGraph(blueprint);
  const reachable = reachableFrom(graph, [compiled.machine.initial]);
  const canFinish = reachingTo(
    graph,
    graph.ends.map((e) => e.id),
  );
  const roleCoverage: Record<string, string[]> = {};
  for (const step of blueprint.steps)
    if (step.type === 'task') for (const role of step.roles ?? []) (roleCoverage[role] ??= []).push(step.id);
  const { paths, truncated } = simplePaths(compiled, maxPaths);
  return {
    reachable: [...reachable],
    unreachable: blueprint.steps.map((s) => s.id).filter((id) => !reachable.has(id)),
    deadEnds: [...reachable].filter((id) => !canFinish.has(id)),
    roleCoverage,
    stepsWithoutOwner: blueprint.steps.filter((s) => s.type === 'task' && !s.roles?.length).map((s) => s.id),
    paths,
    truncated,
  };
}

function simplePaths(
  compiled: CompiledBlueprint,
  maxPaths: number,
): { paths: BlueprintPath[]; truncated: boolean } {
  const { blueprint } = compiled;
  const ends = new Set(blueprint.steps.filter((s) => s.type === 'end').map((s) => s.id));
  const states: Record<string, { on?: Record<string, string>; type?: 'final' }> = {};
  for (const step of blueprint.steps) states[step.id] = ends.has(step.id) ? { type: 'final' } : { on: {} };
  const byFrom = new Map<string, { type: string }[]>();
  for (const flow of blueprint.flows) {
    const from = states[flow.from];
    if (!from?.on || !states[flow.to]) continue;
    from.on[`FLOW.${flow.id}`] = flow.to;
    byFrom.set(flow.from, [...(byFrom.get(flow.from) ?? []), { type: `FLOW.${flow.id}` }]);
  }
  const skeleton = createMachine({
    id: `${blueprint.key}-skeleton`,
    initial: compiled.machine.initial,
    states,
  });
  const found = getSimplePaths(skeleton, {
    events: (snapshot) => byFrom.get(String(snapshot.value)) ?? [],
    toState: (snapshot) => ends.has(String(snapshot.value)),
    limit: 100_000,
  });
  const paths = found.slice(0, maxPaths).map((p) => {
    const flows = p.steps.filter((s) => s.event.type.startsWith('FLOW.')).map((s) => s.event.type.slice(5));
    return {
      end: String(p.state.value),
      steps: [compiled.machine.initial, ...p.steps.slice(1).map((s) => String(s.state.value))],
      flows,
    };
  });
  return { paths, truncated: found.length > maxPaths };
}
