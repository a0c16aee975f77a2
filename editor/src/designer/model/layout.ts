import { LANES, type Blueprint, type Lane } from '@frontstage/engine';
import { GEOMETRY, snapRelY, snapX } from './geometry';

/** Where a step sits: x on the canvas, y relative to the top of its lane. */
export interface Placement {
  x: number;
  relY: number;
}

/**
 * Reads the stored layout into placements. Stored y may be absolute or lane-relative (files are
 * written by hand too), so each lane's steps are shifted to start at the lane padding; steps
 * without a position are placed after the others in flow order.
 */
export function placements(blueprint: Blueprint): Map<string, Placement> {
  const stored = blueprint.layout?.steps ?? {};
  const result = new Map<string, Placement>();
  const byLane = new Map<Lane, Blueprint['steps']>();
  for (const lane of LANES) byLane.set(lane, []);
  for (const step of blueprint.steps) byLane.get(step.lane)?.push(step);
  let nextX = GEOMETRY.labelWidth + GEOMETRY.gap;
  for (const p of Object.values(stored)) nextX = Math.max(nextX, p.x + GEOMETRY.stepWidth + GEOMETRY.gap);
  for (const lane of LANES) {
    const steps = byLane.get(lane) ?? [];
    const ys = steps.map((s) => stored[s.id]?.y).filter((y): y is number => y !== undefined);
    const minY = ys.length ? Math.min(...ys) : 0;
    for (const step of steps) {
      const p = stored[step.id];
      if (p) result.set(step.id, { x: snapX(p.x), relY: snapRelY(p.y - minY + GEOMETRY.lanePadding) });
    }
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
