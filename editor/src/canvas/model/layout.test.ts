import { describe, expect, it } from 'vitest';
import type { Blueprint } from '@frontstage/engine';
import { sampleBlueprint } from '../../shared/sample-blueprint';
import { GEOMETRY, snapRelY } from './geometry';
import { fromAbsoluteLayout, isAbsoluteLayout, normaliseLayout, placements } from './layout';

const relY = (bp: Blueprint, id: string) => placements(bp).get(id)!.relY;

describe('placements', () => {
  it('keeps a step dragged above its lane inside it, at the padding', () => {
    const bp = sampleBlueprint();
    expect(relY({ ...bp, layout: { steps: { ...bp.layout!.steps, fix: { x: 1160, y: -40 } } } }, 'fix')).toBe(
      GEOMETRY.lanePadding,
    );
  });
});

describe('absolute layouts', () => {
  // As the shipped blueprints are written: y counted from the top of the whole drawing.
  const absolute = (): Blueprint => {
    const bp = sampleBlueprint();
    const laneY = { evidence: 0, customer: 100, frontstage: 250, backstage: 400, support: 550 };
    const steps = Object.fromEntries(
      bp.steps.map((s, i) => [s.id, { x: 200 + 240 * i, y: laneY[s.lane] + (s.id === 'fix' ? 80 : 0) }]),
    );
    return { ...bp, layout: { steps } };
  };

  it('recognises a file written with absolute y, and not a lane-relative one', () => {
    expect(isAbsoluteLayout(absolute())).toBe(true);
    expect(isAbsoluteLayout(sampleBlueprint())).toBe(false);
  });

  it('converts an absolute file once, on opening: each lane starts at the padding, stacking kept', () => {
    const bp = absolute();
    const fixLane = bp.steps.find((s) => s.id === 'fix')!.lane;
    const open = normaliseLayout(bp);
    for (const step of open.steps.filter((s) => s.lane !== fixLane))
      expect(relY(open, step.id)).toBe(GEOMETRY.lanePadding);
    // 80 below its lane's top step: 28 + 80 on the 20 px grid.
    expect(relY(open, 'fix')).toBe(100);
    expect(fromAbsoluteLayout(open)).toBe(open);
  });

  it('leaves a lane-relative file as it is', () => {
    const bp = sampleBlueprint();
    expect(fromAbsoluteLayout(bp)).toBe(bp);
  });

  it('reads every shipped blueprint as lane-relative, keeping steps placed low in their lane', () => {
    const files = import.meta.glob<{ default: Blueprint }>('../../../../blueprints/*.json', { eager: true });
    const shipped = Object.values(files)
      .map((m) => m.default)
      .filter((b) => Array.isArray(b.steps));
    expect(shipped.length).toBeGreaterThan(0);
    for (const bp of shipped) {
      expect(isAbsoluteLayout(bp), bp.key).toBe(false);
      const open = normaliseLayout(bp);
      for (const step of bp.steps) {
        const y = bp.layout?.steps[step.id]?.y;
        if (y !== undefined) expect(relY(open, step.id), `${bp.key}/${step.id}`).toBe(snapRelY(y));
      }
    }
  });
});
