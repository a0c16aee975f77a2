import type { Blueprint, Diagnostic, Severity } from '@frontstage/engine';
import type { Marks } from './canvas-types';
import type { CanvasMarks } from './to-canvas';

/**
 * The step or flow a diagnostic is about: named in it, or else found from its JSON path
 * (schema problems only carry a path such as ['steps', 3, 'roles', 0]).
 */
export function targetOf(d: Diagnostic, blueprint?: Blueprint): { stepId?: string; flowId?: string } {
  if (d.stepId || d.flowId) return { stepId: d.stepId, flowId: d.flowId };
  const [kind, index] = d.path;
  if (typeof index !== 'number' || !blueprint) return {};
  if (kind === 'steps') return { stepId: blueprint.steps[index]?.id };
  if (kind === 'flows') return { flowId: blueprint.flows[index]?.id };
  return {};
}

/** The worst severity per step and per flow, read from diagnostics (errors beat warnings). */
export function diagnosticMarks(
  diagnostics: readonly Diagnostic[],
  blueprint?: Blueprint,
): { steps: Map<string, Severity>; flows: Map<string, Severity> } {
  const steps = new Map<string, Severity>();
  const flows = new Map<string, Severity>();
  const put = (map: Map<string, Severity>, id: string | undefined, severity: Severity) => {
    if (id && map.get(id) !== 'error') map.set(id, severity);
  };
  for (const d of diagnostics) {
    const target = targetOf(d, blueprint);
    put(steps, target.stepId, d.severity);
    put(flows, target.flowId, d.severity);
  }
  return { steps, flows };
}

/** Combines diagnostic, simulation and diff marks into the marks the canvas draws. */
export function combineMarks(
  blueprint: Blueprint,
  diagnostics: readonly Diagnostic[],
  sim: { path: readonly string[]; current?: string; flows: readonly string[] } | undefined,
  diff:
    | { steps: ReadonlyMap<string, 'added' | 'changed'>; flows: ReadonlyMap<string, 'added' | 'changed'> }
    | undefined,
): CanvasMarks {
  const issues = diagnosticMarks(diagnostics, blueprint);
  const steps = new Map<string, Marks>();
  const flows = new Map<string, Marks>();
  const at = (map: Map<string, Marks>, id: string) => {
    let m = map.get(id);
    if (!m) map.set(id, (m = {}));
    return m;
  };
  for (const [id, s] of issues.steps) at(steps, id).issue = s;
  for (const [id, s] of issues.flows) at(flows, id).issue = s;
  for (const id of sim?.path ?? []) at(steps, id).sim = 'visited';
  if (sim?.current) at(steps, sim.current).sim = 'current';
  for (const id of sim?.flows ?? []) at(flows, id).sim = 'visited';
  for (const [id, d] of diff?.steps ?? []) at(steps, id).diff = d;
  for (const [id, d] of diff?.flows ?? []) at(flows, id).diff = d;
  return { steps, flows };
}
