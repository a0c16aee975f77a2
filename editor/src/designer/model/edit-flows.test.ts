import { describe, expect, it } from 'vitest';
import { validate } from '@frontstage/engine';
import { diagnosticMarks } from '../../canvas/model/marks';
import { sampleBlueprint } from '../../shared/sample-blueprint';
import { connect } from './edit-flows';
import { addStep } from './edit-steps';

describe('connect', () => {
  it('marks an unconnected new task and clears the mark once it is connected', () => {
    const added = addStep(sampleBlueprint(), 'task', 'backstage', { x: 700, relY: 120 });
    const before = diagnosticMarks(validate(added.blueprint).diagnostics, added.blueprint);
    expect(before.steps.get(added.id)).toBe('error');
    const linked = connect(
      connect(added.blueprint, 'dispatch', added.id).blueprint,
      added.id,
      'notify',
    ).blueprint;
    expect(diagnosticMarks(validate(linked).diagnostics, linked).steps.has(added.id)).toBe(false);
  });
});
