import { describe, expect, it } from 'vitest';
import { validate, type Diagnostic } from '@frontstage/engine';
import { sampleBlueprint } from '../sample-blueprint';
import { connect } from './edit-flows';
import { addStep } from './edit-steps';
import { combineMarks, diagnosticMarks, targetOf } from './marks';

describe('diagnostic marks', () => {
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

  it('lets an error beat a warning on the same step', () => {
    const d = (severity: Diagnostic['severity']): Diagnostic => ({
      code: 'task.no_role',
      severity,
      path: [],
      stepId: 'a',
      message: { 'zh-CN': 'x', en: 'x' },
    });
    expect(diagnosticMarks([d('error'), d('warning')]).steps.get('a')).toBe('error');
  });

  it('finds the step of a schema problem from its path', () => {
    const bp = sampleBlueprint();
    const d: Diagnostic = {
      code: 'schema.invalid',
      severity: 'error',
      path: ['steps', 2, 'roles', 0],
      message: { 'zh-CN': 'x', en: 'x' },
    };
    expect(targetOf(d, bp)).toEqual({ stepId: 'dispatch' });
  });

  it('combines simulation and diff marks with issues', () => {
    const bp = sampleBlueprint();
    const m = combineMarks(
      bp,
      [],
      { path: ['report', 'record'], current: 'record', flows: ['report-record'] },
      { steps: new Map([['fix', 'changed']]), flows: new Map() },
    );
    expect(m.steps.get('report')).toEqual({ sim: 'visited' });
    expect(m.steps.get('record')).toEqual({ sim: 'current' });
    expect(m.steps.get('fix')).toEqual({ diff: 'changed' });
    expect(m.flows.get('report-record')).toEqual({ sim: 'visited' });
  });
});
