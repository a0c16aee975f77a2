import { LANES, type Blueprint, type Lane } from '@frontstage/engine';
import { GEOMETRY, snapRelY, snapX } from './geometry';

/** Where a step sits: x on the canvas, y relative to the top of its lane. */
export interface Placement {
  x: number;
  relY: number;
}

type Stored = NonNullable<Blueprint['layout']>['steps'];

/** The highest stored y of each lane that has placed steps, in lane order. */
function laneTops(blueprint: Blueprint, stored: Stored): { lane: Lane; top: number }[] {
  const tops = new Map<Lane, number>();
  for (const step of blueprint.steps) {
    const y = stored[step.id]?.y;
    if (y !== undefined) tops.set(step.lane, Math.min(tops.get(step.lane) ?? y, y));
  }
  return LANES.filter((l) => tops.has(l)).map((lane) => ({ lane, top: tops.get(lane)! }));
}

/**
 * Whether a stored layout was written with absolute y (hand-written files, the shipped ones):
 * lanes stacked top to bottom, each lane's highest step at least a step lower than the lane above
 * and below where the lanes above it would end. A lane-relative layout has its lanes' top steps
 * near the padding, so it never looks like this; one placed lane alone is read as lane-relative.
 */
export function isAbsoluteLayout(blueprint: Blueprint): boolean {
  const tops = laneTops(blueprint, blueprint.layout?.steps ?? {});
  if (tops.length < 2) return false;
  return tops.every(({ lane, top }, i) => {
    const above = LANES.indexOf(lane) * GEOMETRY.minLaneHeight * 0.75;
    const previous = tops[i - 1];
    return top >= above && (!previous || top - previous.top >= GEOMETRY.stepHeight);
  });
}

/**
 * Rewrites an absolute-y layout as lane-relative, once, when a file is opened: each lane's steps
 * are shifted together so the highest sits at the lane padding. A lane-relative layout is returned
 * as it is, so a step the designer placed low in its lane stays there.
 */
export function fromAbsoluteLayout(blueprint: Blueprint): Blueprint {
  if (!isAbsoluteLayout(blueprint)) return blueprint;
  const stored = blueprint.layout!.steps;
  const shift = new Map(laneTops(blueprint, stored).map((t) => [t.lane, t.top - GEOMETRY.lanePadding]));
  const steps: Stored = { ...stored };
  for (const step of blueprint.steps) {
    const p = stored[step.id];
    if (p) steps[step.id] = { x: p.x, y: p.y - (shift.get(step.lane) ?? 0) };
  }
  return { ...blueprint, layout: { steps } };
}

/**
 * Reads the stored (lane-relative) layout into placements, snapped to the grid and kept inside the
 * lane; steps without a position are placed after the others in document order. Reading never
 * moves a placed step elsewhere, so a drag is stored exactly where it was dropped.
 */
export function placements(blueprint: Blueprint): Map<string, Placement> {
  const stored = blueprint.layout?.steps ?? {};
  const result = new Map<string, Placement>();
  let nextX = GEOMETRY.labelWidth + GEOMETRY.gap;
  for (const p of Object.values(stored)) nextX = Math.max(nextX, p.x + GEOMETRY.stepWidth + GEOMETRY.gap);
  for (const step of blueprint.steps) {
    const p = stored[step.id];
    if (p) result.set(step.id, { x: snapX(p.x), relY: snapRelY(p.y) });
  }
  // Unplaced steps go in document order, left to right, so a layout-free file is still readable.
  for (const step of blueprint.steps) {
    if (result.has(step.id)) continue;
    result.set(step.id, { x: snapX(nextX), relY: GEOMETRY.lanePadding });
    nextX += GEOMETRY.stepWidth + GEOMETRY.gap;
  }
  return result;
}

/** The layout to store: x absolute, y relative to the lane top. */
export function layoutOf(placed: ReadonlyMap<string, Placement>): NonNullable<Blueprint['layout']> {
  const steps: Record<string, { x: number; y: number }> = {};
  for (const [id, p] of placed) steps[id] = { x: p.x, y: p.relY };
  return { steps };
}

/**
 * Gives an opened blueprint a full lane-relative layout (absolute files converted once), so every
 * later edit only moves what it touches.
 */
export function normaliseLayout(blueprint: Blueprint): Blueprint {
  const relative = fromAbsoluteLayout(blueprint);
  return { ...relative, layout: layoutOf(placements(relative)) };
}
