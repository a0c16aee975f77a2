import { describe, expect, it } from 'vitest';
import { verify } from '@frontstage/engine';
import { drivePath } from './drive.js';
import { compiledOf, shippedBlueprints } from './shipped.js';
import { walkVia } from './walks.js';

// verify() lists simple paths, so a flow that loops back (rework, an unsatisfied callback, a
// supervisor sending a proposal back, missing documents) is on none of them. Each such flow is
// driven on a walk: the shortest way from the start to the flow, round it, and on to an end.
const library = shippedBlueprints().map((b) => compiledOf(b));

describe.each(library.map((c) => [c.key, c] as const))('loops of %s', (_key, compiled) => {
  const { paths } = verify(compiled);
  const covered = new Set(paths.flatMap((p) => p.flows));
  const detours = compiled.blueprint.flows.filter((f) => !covered.has(f.id)).map((f) => [f.id, f, walkVia(compiled.blueprint, [f.id])] as const);

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
