import { describe, expect, it } from 'vitest';
import { endStep, flow, startStep, t } from '../test-support/builders.js';
import { validate } from '../validate.js';
import type { Blueprint } from '../schema/blueprint.js';

const loop = (throughTask: boolean): Blueprint => ({
  key: 'loop',
  name: t('Loop'),
  class: 'general',
  steps: [
    startStep(),
    { id: 'check', type: 'decision', lane: 'support', label: t('Check') },
    throughTask
      ? { id: 'wait', type: 'task', lane: 'backstage', label: t('Wait'), roles: ['dispatcher'] }
      : { id: 'wait', type: 'auto', lane: 'support', label: t('Wait') },
    endStep(),
  ],
  flows: [
    flow('start', 'check'),
    flow('check', 'end', undefined, {
      condition: { all: [{ fact: 'done', operator: 'equal', value: true }] },
    }),
    flow('check', 'wait'),
    flow('wait', 'check', throughTask ? 'CHECKED' : undefined),
  ],
});

describe('automatic cycles', () => {
  it('refuses a loop of automatic steps that never waits for anyone', () => {
    const result = validate(loop(false));
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.code)).toContain('automatic.cycle');
  });

  it('accepts a loop that passes through a task', () => {
    const result = validate(loop(true));
    expect(result.diagnostics.map((d) => d.code)).not.toContain('automatic.cycle');
    expect(result.ok).toBe(true);
  });
});
