import { describe, expect, it } from 'vitest';
import { sampleBlueprint } from '../../shared/sample-blueprint';
import { rolesOf } from './roles';

describe('rolesOf', () => {
  it('gathers declared roles, task owners, flow senders and escalation targets, once each, sorted', () => {
    const bp = sampleBlueprint();
    const withMore = {
      ...bp,
      roles: {},
      flows: bp.flows.map((f, i) => (i === 0 ? { ...f, roles: ['night_guard'] } : f)),
      steps: bp.steps.map((s) =>
        s.id === 'dispatch'
          ? { ...s, timeStandard: { duration: 'PT10M', onBreach: { escalateTo: 'manager' } } }
          : s,
      ),
    };
    const roles = rolesOf(withMore);
    expect(roles).toEqual([...roles].sort());
    expect(roles).toEqual(expect.arrayContaining(['dispatcher', 'engineer', 'night_guard', 'manager']));
    expect(new Set(roles).size).toBe(roles.length);
  });
});
