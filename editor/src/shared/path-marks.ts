import type { Blueprint } from '@frontstage/engine';
import { combineMarks } from '../canvas/model/marks';
import type { CanvasMarks } from '../canvas/model/to-canvas';

/**
 * The flows a ticket took, read from the steps it entered in order: for each pair, the flow from
 * the one to the next (the first, when several events join the same two steps).
 * @example pathFlows(blueprint, ['start', 'record']) // ['start-record']
 */
export function pathFlows(blueprint: Pick<Blueprint, 'flows'>, path: readonly string[]): string[] {
  const taken: string[] = [];
  for (let i = 1; i < path.length; i++) {
    const flow = blueprint.flows.find((f) => f.from === path[i - 1] && f.to === path[i]);
    if (flow && !taken.includes(flow.id)) taken.push(flow.id);
  }
  return taken;
}

/** Canvas marks of a ticket: the steps and flows it passed, and the step it waits at while open. */
export function ticketMarks(blueprint: Blueprint, path: readonly string[], current?: string): CanvasMarks {
  return combineMarks(blueprint, [], { path, current, flows: pathFlows(blueprint, path) }, undefined);
}
