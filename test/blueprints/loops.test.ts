import { describe, expect, it } from 'vitest';
import { verify, type BlueprintPath, type CompiledBlueprint, type Flow } from '@frontstage/engine';
import { drivePath } from './drive.js';
import { compiledOf, shippedBlueprints } from './shipped.js';

// verify() lists simple paths, so a flow that loops back (rework, an unsatisfied callback, a
// supervisor sending a proposal back, missing documents) is on none of them. Each such flow that
// leaves a step of a verified path is driven as a detour: along a verified path to its source,
// round the loop, and on to an end along a verified path again.
function detour(compiled: CompiledBlueprint, paths: BlueprintPath[], flow: Flow): BlueprintPath | undefined {
  const before = paths.find((p) => p.steps.includes(flow.from));
  if (!before) return undefined;
  const i = before.steps.indexOf(flow.from);
  const steps = before.steps.slice(0, i + 1);
  const flows = [...before.flows.slice(0, i), flow.id];
  let at = flow.to;
  for (let hops = 0; hops < 10; hops++) {
    const after = paths.find((p) => p.steps.includes(at));
    if (after) {
      const j = after.steps.indexOf(at);
      return { end: after.end, steps: [...steps, ...after.steps.slice(j)], flows: [...flows, ...after.flows.slice(j)] };
    }
    const next = compiled.blueprint.flows.find((f) => f.from === at)!;
    steps.push(at);
    flows.push(next.id);
    at = next.to;
  }
  return undefined;
}

const library = shippedBlueprints().map((b) => compiledOf(b));

describe.each(library.map((c) => [c.key, c] as const))('loops of %s', (_key, compiled) => {
  const { paths } = verify(compiled);
  const covered = new Set(paths.flatMap((p) => p.flows));
  const detours = compiled.blueprint.flows
    .filter((f) => !covered.has(f.id))
    .flatMap((f) => {
      const path = detour(compiled, paths, f);
      return path ? [[f.id, f, path] as const] : [];
    });

  it('takes every flow of the blueprint on a verified path or a detour', () => {
    const taken = new Set([...covered, ...detours.flatMap(([, , p]) => p.flows)]);
    expect(compiled.blueprint.flows.map((f) => f.id).filter((id) => !taken.has(id))).toEqual([]);
  });

  it.each(detours)('goes round %s and still closes', (_id, flow, path) => {
    const { ticket } = drivePath(compiled, path);
    expect(ticket.status).toBe('closed');
    expect(ticket.state).toBe(path.end);
    expect(ticket.path.some((s, k) => s === flow.from && ticket.path[k + 1] === flow.to)).toBe(true);
  });
});
