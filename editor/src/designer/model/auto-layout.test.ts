import { describe, expect, it } from 'vitest';
import { GEOMETRY } from '../../canvas/model/geometry';
import { sampleBlueprint } from '../../shared/sample-blueprint';
import { autoLayout } from './auto-layout';

describe('autoLayout', () => {
  it('orders steps left to right along the flow and keeps each in its lane without overlaps', async () => {
    const bp = sampleBlueprint();
    const shuffled = {
      ...bp,
      layout: { steps: Object.fromEntries(bp.steps.map((s, i) => [s.id, { x: 2000 - i * 200, y: 28 }])) },
    };
    const laid = (await autoLayout(shuffled))(shuffled);
    const at = laid.layout!.steps;
    expect(laid.steps).toEqual(bp.steps);
    expect(at.report!.x).toBeLessThan(at.record!.x);
    expect(at.record!.x).toBeLessThan(at.dispatch!.x);
    expect(at.fix!.x).toBeLessThan(at.callback!.x);
    for (const a of bp.steps)
      for (const b of bp.steps) {
        if (a.id >= b.id || a.lane !== b.lane) continue;
        const apart =
          Math.abs(at[a.id]!.x - at[b.id]!.x) >= GEOMETRY.stepWidth ||
          Math.abs(at[a.id]!.y - at[b.id]!.y) >= GEOMETRY.stepHeight;
        expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
      }
  });
});
