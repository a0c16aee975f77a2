import { describe, expect, it } from 'vitest';
import { sampleBlueprint } from '../../shared/sample-blueprint';
import { copySteps, pasteClip } from './clipboard';

describe('copy and paste', () => {
  it('pastes copies with fresh ids and the flows between them', () => {
    const bp = sampleBlueprint();
    const { blueprint, ids } = pasteClip(bp, copySteps(bp, ['dispatch', 'notify']));
    expect(ids).toEqual(['dispatch_2', 'notify_2']);
    expect(blueprint.flows.filter((f) => ids.includes(f.from) && ids.includes(f.to))).toHaveLength(1);
    expect(blueprint.layout?.steps.dispatch_2?.x).toBe(bp.layout!.steps.dispatch!.x + 40);
  });
});
