import type { Blueprint, Flow, Step } from '@frontstage/engine';
import { layoutOf, placements } from '../../canvas/model/layout';
import { freshId } from '../../shared/fresh-id';

/** What was copied: steps, their places, and the flows among them. */
export interface Clip {
  steps: Step[];
  flows: Flow[];
  places: Record<string, { x: number; y: number }>;
}

/** Copies the chosen steps and the flows that run between them. */
export function copySteps(blueprint: Blueprint, ids: readonly string[]): Clip {
  const chosen = new Set(ids);
  const placed = placements(blueprint);
  const places: Clip['places'] = {};
  for (const id of chosen) {
    const p = placed.get(id);
    if (p) places[id] = { x: p.x, y: p.relY };
  }
  return {
    steps: blueprint.steps.filter((s) => chosen.has(s.id)),
    flows: blueprint.flows.filter((f) => chosen.has(f.from) && chosen.has(f.to)),
    places,
  };
}

/** Pastes a clip with fresh ids, shifted right so the copy does not hide the original. */
export function pasteClip(
  blueprint: Blueprint,
  clip: Clip,
  offset = 40,
): { blueprint: Blueprint; ids: string[] } {
  const stepIds = new Set(blueprint.steps.map((s) => s.id));
  const flowIds = new Set(blueprint.flows.map((f) => f.id));
  const rename = new Map<string, string>();
  for (const s of clip.steps) {
    const id = freshId(s.id, stepIds);
    stepIds.add(id);
    rename.set(s.id, id);
  }
  const steps = clip.steps.map((s) => ({ ...s, id: rename.get(s.id)! }));
  const flows = clip.flows.map((f) => {
    const id = freshId(f.id, flowIds);
    flowIds.add(id);
    return { ...f, id, from: rename.get(f.from)!, to: rename.get(f.to)! };
  });
  const next = { ...blueprint, steps: [...blueprint.steps, ...steps], flows: [...blueprint.flows, ...flows] };
  const placed = placements(blueprint);
  for (const [oldId, newId] of rename) {
    const p = clip.places[oldId];
    if (p) placed.set(newId, { x: p.x + offset, relY: p.y + offset });
  }
  return {
    blueprint: { ...next, layout: layoutOf(placements({ ...next, layout: layoutOf(placed) })) },
    ids: [...rename.values()],
  };
}
