import { describe, expect, it } from 'vitest';
import { sampleBlueprint } from '../../shared/sample-blueprint';
import { roleChoices, rolesOf } from './roles';

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

describe('roleChoices', () => {
  it('offers the blueprint’s roles and the roles accounts hold, saying how many hold each', () => {
    const bp = sampleBlueprint();
    const choices = roleChoices(bp, [
      { role: 'engineer', users: 3 },
      { role: 'plumber', users: 1 },
    ]);
    expect(choices.map((c) => c.role)).toEqual([...new Set([...rolesOf(bp), 'plumber'])].sort());
    expect(choices.find((c) => c.role === 'engineer')).toMatchObject({ users: 3 });
    expect(choices.find((c) => c.role === 'plumber')).toEqual({ role: 'plumber', users: 1 });
    expect(choices.find((c) => c.role === 'dispatcher')?.users).toBe(0);
    expect(choices.find((c) => c.role === 'customer')?.users).toBeUndefined();
  });

  it('says nothing of who holds a role when that is unknown', () => {
    expect(roleChoices(sampleBlueprint(), null).every((c) => c.users === undefined)).toBe(true);
  });
});
