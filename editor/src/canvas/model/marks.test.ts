import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '@frontstage/engine';
import { sampleBlueprint } from '../../shared/sample-blueprint';
import { combineMarks, diagnosticMarks, targetOf } from './marks';

describe('diagnostic marks', () => {
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
