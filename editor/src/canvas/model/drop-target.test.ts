import { describe, expect, it } from 'vitest';
import { sampleBlueprint } from '../../shared/sample-blueprint';
import { dropTarget } from './drop-target';
import { placements } from './layout';
import { bandsFor } from './to-canvas';

const bands = () => {
  const bp = sampleBlueprint();
  return bandsFor(bp, placements(bp));
};

describe('dropTarget', () => {
  it('snaps a drop to the lane under the middle of the step', () => {
    const b = bands();
    const backstage = b.find((x) => x.lane === 'backstage')!;
    const target = dropTarget(b, 503, backstage.top + 5);
    expect(target.lane).toBe('backstage');
    expect(target.placement.x % 20).toBe(0);
  });

  it('lands a drop on the evidence row in the customer row', () => {
    const target = dropTarget(bands(), 400, 2);
    expect(target.lane).toBe('customer');
  });
});
