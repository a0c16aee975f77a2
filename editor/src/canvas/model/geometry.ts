import { LANES, type Lane } from '@frontstage/engine';

/** Sizes of the drawing, in canvas pixels. Lanes are horizontal bands, labels sit in a left column. */
export const GEOMETRY = {
  labelWidth: 150,
  stepWidth: 180,
  stepHeight: 64,
  evidenceHeight: 36,
  lanePadding: 28,
  minLaneHeight: 128,
  minLaneWidth: 1400,
  gridX: 20,
  gap: 60,
} as const;

/** A lane as drawn: its band on the canvas. */
export interface LaneBand {
  lane: Lane;
  top: number;
  height: number;
}

/**
 * Stacks the five lanes top to bottom; each lane is as tall as its lowest step needs.
 * `contentBottom` maps a lane to the lowest bottom edge (relative to the lane top) of its content.
 */
export function laneBands(contentBottom: Partial<Record<Lane, number>>): LaneBand[] {
  let top = 0;
  return LANES.map((lane) => {
    const height = Math.max(GEOMETRY.minLaneHeight, (contentBottom[lane] ?? 0) + GEOMETRY.lanePadding);
    const band = { lane, top, height };
    top += height;
    return band;
  });
}

/** The lane under an absolute y, clamped to the first and last lane. */
export function laneAt(bands: readonly LaneBand[], y: number): Lane {
  const hit = bands.find((b) => y >= b.top && y < b.top + b.height);
  if (hit) return hit.lane;
  return y < 0 ? bands[0]!.lane : bands[bands.length - 1]!.lane;
}

/** Snaps x to the grid and keeps it right of the label column. */
export function snapX(x: number): number {
  return Math.max(GEOMETRY.labelWidth + GEOMETRY.gridX, Math.round(x / GEOMETRY.gridX) * GEOMETRY.gridX);
}

/** Snaps a y relative to a lane top so the step sits inside its lane, on the grid. */
export function snapRelY(y: number): number {
  return Math.max(GEOMETRY.lanePadding, Math.round(y / GEOMETRY.gridX) * GEOMETRY.gridX);
}
