import { describe, expect, it } from 'vitest';
import { validate } from '@frontstage/engine';
import { diagnosticMarks } from '../../canvas/model/marks';
import { sampleBlueprint } from '../../shared/sample-blueprint';
import { connect } from './edit-flows';
import { addStep } from './edit-steps';

describe('connect', () => {
  it('marks an unconnected new task as an error, and only asks for its time standard once it is connected', () => {
    const added = addStep(sampleBlueprint(), 'task', 'backstage', { x: 700, relY: 120 });
    const before = diagnosticMarks(validate(added.blueprint).diagnostics, added.blueprint);
    expect(before.steps.get(added.id)).toBe('error');
    const linked = connect(
      connect(added.blueprint, 'dispatch', added.id).blueprint,
      added.id,
      'notify',
    ).blueprint;
    // Connected, only the nudge for a time standard (or a reason for none) is left on it.
    const after = validate(linked).diagnostics.filter((d) => d.stepId === added.id);
    expect(after.map((d) => [d.code, d.severity])).toEqual([['task.no_time_standard', 'warning']]);
    expect(diagnosticMarks(after, linked).steps.get(added.id)).toBe('warning');
  });
});
