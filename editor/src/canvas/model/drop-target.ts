import type { Lane } from '@frontstage/engine';
import { GEOMETRY, laneAt, snapRelY, snapX, type LaneBand } from './geometry';
import type { Placement } from './layout';

/**
 * Where a step whose top-left corner is at an absolute canvas point lands: the lane under its
 * middle, and a snapped place relative to that lane's top. A drop on the evidence row lands at the
 * top of the customer row (steps never live in the evidence row). Pure; used by drag and palette.
 */
export function dropTarget(
  bands: readonly LaneBand[],
  x: number,
  y: number,
): { lane: Lane; placement: Placement } {
  const hit = laneAt(bands, y + GEOMETRY.stepHeight / 2);
  if (hit === 'evidence') return { lane: 'customer', placement: { x: snapX(x), relY: GEOMETRY.lanePadding } };
  const band = bands.find((b) => b.lane === hit)!;
  return { lane: hit, placement: { x: snapX(x), relY: snapRelY(y - band.top) } };
}
